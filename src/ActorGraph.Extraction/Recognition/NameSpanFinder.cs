using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Recognition;

/// <summary>
/// Finds runs of capitalised words not already recognised as something else, allowing the particles of Arabic,
/// Dutch, German, Spanish and Portuguese names ("Mohammed bin Salman", "Ursula von der Leyen", "Abdel Fattah el-Sisi").
/// </summary>
internal static class NameSpanFinder
{
    private const int MaxNameTokens = 5;

    /// <summary>Arabic names chain given name, father's and grandfather's names and the family: "Mohamed bin Zayed bin Sultan Al Nahyan".</summary>
    private const int MaxNameTokensWithParticles = 8;

    private static readonly HashSet<string> OpeningQuotes = new(StringComparer.Ordinal) { "“", "\"", "‘", "'" };

    private static readonly HashSet<string> ClosingQuotes = new(StringComparer.Ordinal) { "”", "\"", "’", "'" };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "bin", "bint", "ibn", "al", "el", "von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "dos", "das", "del", "y", "abu",
    };

    /// <summary>Capitalised words that start sentences or name days, months and things, but never people.</summary>
    internal static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "After", "Before", "During", "Upon", "On", "In", "At", "But", "And", "Or", "When", "While", "As", "Since",
        "Following", "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "This", "That", "These", "Those",
        "There", "Here", "Earlier", "Later", "Last", "Next", "Meanwhile", "However", "Also", "Both", "Some", "Many", "Most", "All",
        "Asked", "According", "Speaking", "Under", "With", "Without", "For", "From", "To", "By", "Of", "If", "Despite", "Although",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Yesterday", "Tomorrow",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
        "Middle", "East", "West", "North", "South", "Western", "Eastern", "Northern", "Southern", "Central", "Arab", "Muslim",
        "Jewish", "Christian", "Islamic", "Holocaust", "God", "Allah", "Covid", "COVID-19", "Summit", "Talks", "Ministers", "Minister",
        "Officials", "Official", "Leaders", "Leader", "Government", "Administration", "Office", "Council", "Forum", "Conference",
        "War", "Strip", "Bank", "City", "Sea", "Ocean", "Gulf", "Palace", "House", "Hall", "Street", "Square", "Hotel", "Airport",
        "Agency", "Group", "Party", "Force", "Forces", "Army", "Navy", "Union", "Republic", "Kingdom", "State", "States", "Sheikh",
        "Mr.", "Mrs.", "Ms.", "Dr.", "Reuters", "Photo", "File", "Getty", "Images", "Editing", "Reporting", "Writing",
        "Assembly", "Foundation", "Institute", "Committee", "Commission", "Envoys", "Delegation", "Delegations",
        // Headline verbs and nouns, capitalised in title case: "Blinken Travels to Kuwait", "Lenderking Concludes Regional Trip".
        "Travels", "Travel", "Concludes", "Conclude", "Regional", "Trip", "Visit", "Visits", "Meets", "Readout", "Statement",
        "Remarks", "Call", "Calls", "Phone", "Meeting", "Meetings", "Hosts", "Welcomes", "Holds", "Speaks", "Discusses", "Announces",
        "Launches", "Signs", "Attends", "Departs", "Arrives", "Joint",
        // Sentence adverbs: "Finally, on May 7, …".
        "Finally", "Additionally", "Separately", "Together", "Previously", "Currently", "Recently", "Subsequently", "Then",
        "Furthermore", "Moreover", "Ultimately", "Instead", "Yet", "Still", "Further", "Lastly", "First", "Second", "Third",
    };

    /// <summary>Words of <see cref="NotNames"/> that are also family names, so they may end a name: "Thomas West", "Oliver North".</summary>
    private static readonly HashSet<string> AlsoSurnames = new(StringComparer.Ordinal) { "West", "North", "South", "East", "May", "June" };

    public static List<NameSpan> Find(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        var covered = new bool[tokens.Count];
        foreach (var m in mentions)
        {
            // "Mori Takeo": a one-word town right after a name word is the name's end, not a place.
            if (m is { Kind: MentionKind.Place, Length: 1, IsCapital: false } && m.Place?.Kind == "city" && m.Start > 0 && IsNameWord(tokens[m.Start - 1])
                && !NotNames.Contains(tokens[m.Start - 1].Text) && !mentions.Any(o => o.Start <= m.Start - 1 && m.Start - 1 < o.End))
            {
                continue;
            }

            for (var k = m.Start; k < m.End; k++)
            {
                covered[k] = true;
            }
        }

        var spans = new List<NameSpan>();
        for (var i = 0; i < tokens.Count;)
        {
            if (covered[i] || !IsNameStart(tokens[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            var words = new List<string> { tokens[i].Text };
            var particles = false;
            while (end < tokens.Count && !covered[end] && end - i < (particles ? MaxNameTokensWithParticles : MaxNameTokens))
            {
                // "He" right after a one-word name is a given name, not the pronoun, which is capitalised only at a
                // sentence's start: "Vice Premier Liu He and senior diplomat Yang Jiechi".
                if (IsNameWord(tokens[end]) || (AlsoSurnames.Contains(tokens[end].Text) && (end + 1 == tokens.Count || !tokens[end + 1].IsCapitalized))
                    || (tokens[end].Text == "He" && end == i + 1))
                {
                    words.Add(tokens[end++].Text);
                }
                else if (ParticlesThenName(tokens, end))
                {
                    particles = true;
                    words.Add(tokens[end++].Text);
                }
                else if (NicknameEnd(tokens, end) is { } after && after < tokens.Count && !covered[after] && IsNameWord(tokens[after]))
                {
                    end = after; // Josaia Voreqe “Frank” Bainimarama: the nickname is not part of the name
                }
                else
                {
                    break;
                }
            }

            spans.Add(new NameSpan(i, end, string.Join(' ', words)));
            i = end;
        }

        return spans;
    }

    public static bool IsParticle(Token token) => Particles.Contains(token.Text);

    /// <summary>Where a quoted one- or two-word nickname starting at <paramref name="index"/> ends: “Frank”.</summary>
    private static int? NicknameEnd(IReadOnlyList<Token> tokens, int index)
    {
        if (!OpeningQuotes.Contains(tokens[index].Text))
        {
            return null;
        }

        for (var k = index + 1; k < Math.Min(tokens.Count, index + 4); k++)
        {
            if (ClosingQuotes.Contains(tokens[k].Text))
            {
                return k > index + 1 ? k + 1 : null;
            }

            if (!IsNameWord(tokens[k]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>One or more particles followed by a name word: "von der Leyen", "bin Salman".</summary>
    private static bool ParticlesThenName(IReadOnlyList<Token> tokens, int index)
    {
        var k = index;
        while (k < tokens.Count && IsParticle(tokens[k]))
        {
            k++;
        }

        return k > index && k < tokens.Count && IsNameWord(tokens[k]);
    }

    private static bool IsNameStart(Token token) =>
        IsNameWord(token) && !NotNames.Contains(token.Text) && !(token.Text.Length > 1 && token.Text.All(char.IsUpper) && token.Text.Length > 4);

    private static bool IsNameWord(Token token)
    {
        // An initial: "S. Jaishankar", "George W. Bush".
        if (token.Text.Length == 2 && char.IsUpper(token.Text[0]) && token.Text[1] == '.')
        {
            return true;
        }

        if (!token.IsWord || token.Text.Any(char.IsDigit))
        {
            return false;
        }

        if (token.IsCapitalized)
        {
            return !NotNames.Contains(token.Text) || token.Text is "May" or "June";
        }

        // "al-Sudani", "el-Sisi": a lower-case particle joined to a capitalised name.
        var hyphen = token.Text.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen + 1 < token.Text.Length && char.IsUpper(token.Text[hyphen + 1]) && Particles.Contains(token.Text[..hyphen]);
    }
}
