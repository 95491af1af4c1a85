using ActorGraph.Core.Identity;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Recognition;

/// <summary>
/// Readouts name their principal once and then by title: "Deputy Secretary of State Wendy Sherman will travel … The
/// Deputy Secretary will meet …", "Victoria Nuland and an interagency delegation visited … The delegation met …".
/// "The" and a title with no name after it is the person last named with an office that title begins; "the
/// delegation" is whoever was named leading or with one ("X led a delegation"), else whoever the article named first. Reads the article in order (<see cref="Saw"/> after each sentence).
/// </summary>
internal sealed class TitleAnaphors
{
    private readonly List<PersonEntity> _recent = []; // most recently named last
    private PersonEntity? _first;
    private PersonEntity? _delegationLead;

    public IEnumerable<PersonOccurrence> Resolve(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, IReadOnlyList<PersonOccurrence> named)
    {
        foreach (var title in mentions.Where(m => m.Kind == MentionKind.Title && m.Start > 0 && tokens[m.Start - 1].Lower == "the"))
        {
            if (named.Any(o => o.Start < title.End + 2 && o.End > title.Start) || (title.End < tokens.Count && tokens[title.End].Lower is "of" or "for" or "to"))
            {
                continue; // a name follows or overlaps it, or the title goes on ("the Secretary of Commerce")
            }

            var written = NameFolding.Fold(string.Join(' ', tokens.Skip(title.Start).Take(title.Length).Select(t => t.Text)));
            if (_recent.FindLast(p => p.Offices.Exists(o => Begins(NameFolding.Fold(o.Title), written))) is { } holder)
            {
                yield return new PersonOccurrence(holder, title.Start, title.End);
            }
        }

        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].Lower == "delegation" && tokens[k - 1].Lower == "the" && (_delegationLead ?? _first) is { } lead && !named.Any(o => o.Start <= k && k < o.End))
            {
                yield return new PersonOccurrence(lead, k - 1, k + 1);
            }
        }
    }

    public void Saw(IReadOnlyList<Token> tokens, IReadOnlyList<PersonOccurrence> occurrences)
    {
        // "X led an interagency delegation", "X and a delegation visited": X is the delegation from here on.
        for (var k = 1; k < tokens.Count && occurrences.Count > 0; k++)
        {
            if (tokens[k].Lower == "delegation" && tokens[k - 1].Lower is "a" or "an" or "interagency" or "his" or "her" or "high-level")
            {
                _delegationLead = occurrences[0].Person;
                break;
            }
        }

        foreach (var occurrence in occurrences)
        {
            _first ??= occurrence.Person;
            _recent.Remove(occurrence.Person);
            _recent.Add(occurrence.Person);
        }
    }

    private static bool Begins(string office, string title) =>
        office == title || office.StartsWith(title + " ", StringComparison.Ordinal);
}
