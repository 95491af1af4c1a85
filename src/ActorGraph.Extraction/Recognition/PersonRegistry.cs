using ActorGraph.Core.Identity;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.Storage;

namespace ActorGraph.Extraction.Recognition;

/// <summary>
/// The people of one article. Strong mentions create or extend a person; later bare forms ("Blinken",
/// "Mr. Blinken") resolve to them by name, alias or a surname that only one of them has. People already in
/// the graph (<see cref="KnownActor"/>) are recognised when the article names them.
/// </summary>
internal sealed class PersonRegistry(ReferenceCatalog catalog, IReadOnlyList<KnownActor> knownActors)
{
    private readonly List<PersonEntity> _people = [];

    // Folding normalises Unicode and strips titles: an article asks for the same few names hundreds of times.
    private readonly Dictionary<string, string> _folded = new(StringComparer.Ordinal);
    private readonly KnownActorIndex _known = KnownActorIndex.Of(catalog, knownActors);

    public IReadOnlyList<PersonEntity> People => _people;

    public PersonEntity Add(PersonCandidate candidate, string evidence)
    {
        var folded = Fold(candidate.Name);
        var office = candidate.Office;
        var person = FindForCandidate(folded, office?.Country);
        if (person is null)
        {
            person = new PersonEntity(candidate.Name, folded) { Evidence = evidence };
            if (FindKnown(folded) is { } known && known.Name.Length > candidate.Name.Length)
            {
                person.Rename(known.Name, catalog.FoldPersonName(known.Name));
                person.Country ??= known.Country;
            }

            _people.Add(person);
        }
        else if (folded.Split(' ').Length > person.WordCount)
        {
            person.Rename(candidate.Name, folded);
        }
        else if (candidate.Name != person.Name)
        {
            person.Aliases.Add(candidate.Name);
        }

        if (candidate.Alias is not null)
        {
            person.Aliases.Add(candidate.Alias);
        }

        if (office is not null)
        {
            person.AddOffice(office);
        }

        foreach (var more in candidate.MoreOffices)
        {
            person.AddOffice(more);
        }

        person.Country ??= candidate.Country;
        person.ForOrganization |= candidate.ForOrganization;
        if (!person.Rules.Contains(candidate.Rule))
        {
            person.Rules.Add(candidate.Rule);
        }

        person.Holder ??= candidate.Holder;
        return person;
    }

    /// <summary>
    /// People of the article linked to the same office-holder are one person ("Tánaiste Simon Coveney" and "the Irish
    /// Foreign Minister"); returns which entity each merged one became.
    /// </summary>
    public Dictionary<PersonEntity, PersonEntity> MergeSameHolders()
    {
        var replaced = new Dictionary<PersonEntity, PersonEntity>();
        foreach (var group in _people.Where(p => p.Holder is not null).GroupBy(p => p.Holder!.Id, StringComparer.Ordinal).Where(g => g.Skip(1).Any()).ToList())
        {
            var keep = group.First();
            foreach (var other in group.Skip(1))
            {
                keep.Absorb(other);
                replaced[other] = keep;
                _people.Remove(other);
            }
        }

        return replaced;
    }

    /// <summary>A name span without a title: an alias of someone already in the article, or a known actor.</summary>
    public PersonEntity? Resolve(string surface, string evidence)
    {
        var folded = Fold(surface);
        if (folded.Length == 0)
        {
            return null;
        }

        var person = FindForCandidate(folded, null);
        if (person is not null)
        {
            if (surface != person.Name && folded != person.FoldedName)
            {
                person.Aliases.Add(surface);
            }

            return person;
        }

        if (FindKnown(folded) is not { } known)
        {
            return null;
        }

        person = new PersonEntity(known.Name, catalog.FoldPersonName(known.Name)) { Country = known.Country, Evidence = evidence };
        if (surface != known.Name)
        {
            person.Aliases.Add(surface);
        }

        _people.Add(person);
        return person;
    }

    private PersonEntity? FindForCandidate(string folded, string? country)
    {
        var exact = _people.Find(p => p.FoldedName == folded || p.Aliases.Any(a => Fold(a) == folded));
        if (exact is not null)
        {
            return exact;
        }

        var surname = NameFolding.Surname(folded);
        var isSingleWord = !folded.Contains(' ', StringComparison.Ordinal);
        var sameSurname = _people
            .Where(p => isSingleWord ? p.Surname == folded : (p.WordCount == 1 && p.FoldedName == surname))
            .ToList();
        if (sameSurname.Count == 0)
        {
            // Chinese, Japanese and Korean names put the family name first ("Xi" is Xi Jinping, "Mori" is Mori Takeo);
            // Spanish names carry two family names ("Solano" is Rodolfo Solano Quirós).
            var words = folded.Split(' ');
            sameSurname = isSingleWord
                ? _people.Where(p => p.WordCount >= 2 && p.Words.Contains(folded, StringComparer.Ordinal)).ToList()
                : _people.Where(p => p.WordCount == 1 && words.Contains(p.FoldedName, StringComparer.Ordinal)).ToList();
        }

        sameSurname = sameSurname
            .Where(p => country is null || p.Country is null || p.Country == country)
            .ToList();
        return sameSurname.Count == 1 ? sameSurname[0] : null;
    }

    private string Fold(string name)
    {
        if (!_folded.TryGetValue(name, out var folded))
        {
            folded = catalog.FoldPersonName(name);
            _folded[name] = folded;
        }

        return folded;
    }

    private KnownActor? FindKnown(string folded) => _known.Find(folded);
}
