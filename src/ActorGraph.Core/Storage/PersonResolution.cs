namespace ActorGraph.Core.Storage;

/// <summary>
/// How every store picks the person a name means among the people it matches: the one match; or, when several
/// match, the one the sources name (the office-holders table knows many namesakes no article mentions).
/// </summary>
public static class PersonResolution
{
    /// <param name="officesOf">The offices of people by id, read only when the name is ambiguous, to tell the candidates apart.</param>
    public static async Task<PersonSummary> ChooseAsync(string text, IReadOnlyList<(PersonSummary Person, bool InSources)> matches,
        Func<IReadOnlyCollection<string>, Task<Dictionary<string, IReadOnlyList<OfficeHeld>>>> officesOf)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(officesOf);
        if (matches.Count == 1)
        {
            return matches[0].Person;
        }

        if (matches.Count == 0)
        {
            throw PersonResolutionException.Unknown(text);
        }

        var named = matches.Where(m => m.InSources).ToList();
        if (named.Count == 1)
        {
            return named[0].Person;
        }

        var candidates = (named.Count > 1 ? named : matches).Select(m => m.Person).ToList();
        throw PersonResolutionException.Ambiguous(text, candidates, await officesOf(candidates.Select(c => c.Id).ToList()));
    }
}
