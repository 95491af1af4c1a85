namespace ActorGraph.Core.Storage;

/// <summary>A person argument that names nobody, or more than one person.</summary>
public sealed class PersonResolutionException : Exception
{
    public PersonResolutionException()
    {
    }

    public PersonResolutionException(string message)
        : base(message)
    {
    }

    public PersonResolutionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IReadOnlyList<PersonSummary> Candidates { get; init; } = [];

    /// <param name="suggestions">People with a name a few edits away (<see cref="PersonSuggestions"/>), offered as "did you mean".</param>
    public static PersonResolutionException Unknown(string text, IReadOnlyList<PersonSummary>? suggestions = null) =>
        new($"No person called {InputEcho.Quote(text)} is in the graph. " + (suggestions is { Count: > 0 }
            ? $"Did you mean {string.Join(" or ", suggestions.Select(Describe))}?"
            : "Try searchPersons to find the name as it was stored."))
        {
            Candidates = suggestions ?? [],
        };

    /// <summary>
    /// Names the candidates by name, country and office (the latest term of the office-holders table, else the last
    /// office a source stated), the way a reader tells them apart; their ids last, to ask again with.
    /// </summary>
    public static PersonResolutionException Ambiguous(string text, IReadOnlyList<PersonSummary> candidates,
        IReadOnlyDictionary<string, IReadOnlyList<OfficeHeld>>? offices = null) =>
        new($"{InputEcho.Quote(text)} could mean {string.Join(", ", candidates.Take(5).Select(c => Describe(c, offices?.GetValueOrDefault(c.Id))))}" +
            $"{(candidates.Count > 5 ? $" and {candidates.Count - 5} more" : "")}; " +
            $"use a fuller name, or an id: {string.Join(", ", candidates.Take(5).Select(c => c.Id))}.")
        {
            Candidates = candidates,
        };

    private static string Describe(PersonSummary person) => Describe(person, null);

    private static string Describe(PersonSummary person, IReadOnlyList<OfficeHeld>? offices)
    {
        var ordered = offices is null ? [] : OfficeAnswers.InOrder(offices);
        var office = (ordered.LastOrDefault(o => o.Source != OfficeHeld.ArticleSource) ?? (ordered.Count > 0 ? ordered[^1] : null))?.Title;
        string?[] parts = [person.Country is { } code ? ReferenceData.ReferenceCatalog.Default.FindCountry(code)?.Name ?? code : null, office];
        var known = parts.OfType<string>().ToList();
        return known.Count == 0 ? person.Name : $"{person.Name} ({string.Join(", ", known)})";
    }
}
