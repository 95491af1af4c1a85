namespace ActorGraph.Core.ReferenceData;

/// <summary>An office title and its surface forms.</summary>
/// <param name="Title">The normalised English form stored in the graph.</param>
/// <param name="Forms">How news writes it.</param>
/// <param name="Royal">A royal title that precedes a single given name ("King Abdullah").</param>
/// <param name="Role">Names a person without being an office ("leader", "top diplomat", "wife").</param>
/// <param name="Country">The country the title means when news writes it without one ("Secretary of State" is the US one).</param>
/// <param name="CapitalOnly">Counts only when capitalised: a generic head ("Director", "Chief") in running text is no title.</param>
/// <param name="International">An international body's office ("Commission President"): its holder acts for no country.</param>
public sealed record TitleEntry(string Title, IReadOnlyList<string> Forms, bool Royal = false, bool Role = false, string? Country = null, bool CapitalOnly = false, bool International = false);
