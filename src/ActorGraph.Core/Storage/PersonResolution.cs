namespace ActorGraph.Core.Storage;

/// <summary>
/// How every store picks the person a name means among the people it matches: the one match; or, when several
/// match, the one the sources name (the office-holders table knows many namesakes no article mentions).
/// </summary>
public static class PersonResolution
{
    public static PersonSummary Choose(string text, IReadOnlyList<(PersonSummary Person, bool InSources)> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        if (matches.Count == 1)
        {
            return matches[0].Person;
        }

        if (matches.Count == 0)
        {
            throw PersonResolutionException.Unknown(text);
        }

        var named = matches.Where(m => m.InSources).ToList();
        return named.Count == 1 ? named[0].Person : throw PersonResolutionException.Ambiguous(text, (named.Count > 1 ? named : matches).Select(m => m.Person).ToList());
    }
}
