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

    public static PersonResolutionException Unknown(string text) =>
        new($"No person called {InputEcho.Quote(text)} is in the graph. Try searchPersons to find the name as it was stored.");

    public static PersonResolutionException Ambiguous(string text, IReadOnlyList<PersonSummary> candidates) =>
        new($"{InputEcho.Quote(text)} could mean {string.Join(", ", candidates.Take(5).Select(c => $"{c.Name} ({c.Id})"))}; use a fuller name or the id.")
        {
            Candidates = candidates,
        };
}
