namespace ActorGraph.Core.Storage;

/// <summary>
/// What both stores check before a person splits one person in two (the rules joined two people of one name): the
/// named articles' mentions, offices and meeting reports go to a new person, the rest stay.
/// </summary>
public static class PersonSplit
{
    /// <param name="personId">The person to split.</param>
    /// <param name="name">The stored person's name, or null when no person has the id.</param>
    /// <param name="articlesOfPerson">The articles that mention the person.</param>
    /// <param name="articles">The articles whose mentions are the other person.</param>
    public static void Check(string personId, string? name, IReadOnlyCollection<string> articlesOfPerson, IReadOnlyCollection<string> articles)
    {
        ArgumentNullException.ThrowIfNull(articlesOfPerson);
        ArgumentNullException.ThrowIfNull(articles);
        if (name is null)
        {
            throw new GraphEditException($"no person has the id {InputEcho.Quote(personId)}.");
        }

        if (articles.Count == 0)
        {
            throw new GraphEditException("name the articles whose mentions are the other person.");
        }

        var mentioning = articlesOfPerson.ToHashSet(StringComparer.Ordinal);
        if (articles.FirstOrDefault(a => !mentioning.Contains(a)) is { } missing)
        {
            throw new GraphEditException($"{InputEcho.Quote(missing)} does not mention {personId}.");
        }

        if (mentioning.All(articles.Contains))
        {
            throw new GraphEditException($"those are all the articles that mention {personId}: nothing would stay with {name}.");
        }
    }
}
