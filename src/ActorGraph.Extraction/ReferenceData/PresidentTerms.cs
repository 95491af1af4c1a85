using ActorGraph.Core.Identity;

namespace ActorGraph.Extraction.ReferenceData;

/// <summary>
/// Who was President of the United States on a given day, from <c>travels/presidents/presidents.xml</c>: a visit to
/// the United States is a meeting with the President in office when it began.
/// </summary>
public sealed class PresidentTerms
{
    private readonly List<PresidentTerm> _terms;
    private readonly HashSet<string> _ambiguousShortNames;

    public PresidentTerms(IEnumerable<PresidentTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        _terms = terms.OrderBy(t => t.TookOffice).ToList();
        Surnames = _terms.Select(t => NameFolding.Surname(NameFolding.Fold(t.Name))).ToHashSet(StringComparer.Ordinal);

        // "George Bush" is two presidents: such a short form must not become an alias of either.
        _ambiguousShortNames = _terms.DistinctBy(t => t.Id).GroupBy(t => OfficialNames.ShortForm(t.Name), StringComparer.Ordinal)
            .Where(g => g.Key is not null && g.Count() > 1).Select(g => g.Key!).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<PresidentTerm> Terms => _terms;

    /// <summary>Every president's folded surname ("bush", "roosevelt").</summary>
    public IReadOnlySet<string> Surnames { get; }

    /// <summary>
    /// The President on <paramref name="day"/>. On an inauguration day the incoming President is the one, since both
    /// terms name that day; null before the first term or in a gap the data leaves.
    /// </summary>
    public PresidentTerm? InOffice(DateOnly day) =>
        _terms.LastOrDefault(t => t.TookOffice <= day && (t.LeftOffice is null || day <= t.LeftOffice));

    /// <summary>True when the "First Last" form of a name is shared by two presidents.</summary>
    public bool IsAmbiguousShortName(string shortName) => _ambiguousShortNames.Contains(shortName);
}
