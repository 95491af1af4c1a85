using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Extraction.Dates;
using ActorGraph.Extraction.Recognition;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Meetings;

/// <summary>
/// Finds meetings in one sentence: a meeting word, the people before it (subject, coordinated subjects, passive
/// subjects) and after it (objects), the status from tense and cue words, the mode, the date and the place.
/// Negated meetings ("did not meet") yield nothing.
/// </summary>
internal static partial class MeetingExtractor
{
    public static IEnumerable<MeetingDraft> Extract(
        Sentence sentence,
        IReadOnlyList<Mention> mentions,
        IReadOnlyList<PersonOccurrence> people,
        PersonEntity? previousSubject,
        DateOnly? published)
    {
        var tokens = sentence.Tokens;
        var pronounSubject = tokens.Count > 0 && tokens[0].Text is "He" or "She" ? previousSubject : null;
        if (!SeveralPeople(people, pronounSubject))
        {
            yield break;
        }

        // A sentence may report several encounters ("A met B on Monday, three days after C met D"): one per clause.
        var searchFrom = 0;
        while (FindTrigger(tokens, people, mentions, searchFrom) is var trigger && trigger >= 0)
        {
            var (left, right) = ClauseAround(tokens, trigger, searchFrom);
            searchFrom = Math.Max(right, trigger + 1);
            foreach (var draft in FromClause(sentence, mentions, people, pronounSubject, published, trigger, left, right))
            {
                yield return draft;
            }
        }
    }

    /// <summary>Whether the sentence names at least two different people (the pronoun's referent counting as one).</summary>
    private static bool SeveralPeople(IReadOnlyList<PersonOccurrence> people, PersonEntity? pronounSubject)
    {
        var first = pronounSubject;
        foreach (var occurrence in people)
        {
            if (first is null)
            {
                first = occurrence.Person;
            }
            else if (!ReferenceEquals(occurrence.Person, first))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<MeetingDraft> FromClause(
        Sentence sentence,
        IReadOnlyList<Mention> mentions,
        IReadOnlyList<PersonOccurrence> people,
        PersonEntity? pronounSubject,
        DateOnly? published,
        int trigger,
        int left,
        int right)
    {
        var tokens = sentence.Tokens;
        var clause = " " + string.Join(' ', tokens.Skip(left).Take(right - left).Select(t => t.Lower)) + " ";
        if (MeetingLexicon.HasCue(MeetingLexicon.NegationCues, clause))
        {
            yield break;
        }

        // A clause names a handful of people: a list compared by reference, no hash set (a new person's first hash
        // code is the slow path, and each article's people are new).
        var subjects = new List<PersonEntity>();
        var objects = new List<PersonEntity>();
        foreach (var p in people)
        {
            if (p.End <= trigger && p.Start >= left && !subjects.Contains(p.Person))
            {
                subjects.Add(p.Person);
            }
        }

        foreach (var p in people)
        {
            if (p.Start > trigger && p.End <= right && !subjects.Contains(p.Person) && !objects.Contains(p.Person))
            {
                objects.Add(p.Person);
            }
        }
        if (subjects.Count == 0 && pronounSubject is not null && left == 0 && !objects.Contains(pronounSubject))
        {
            subjects.Add(pronounSubject);
        }

        // "Zelensky said … that he was ready to meet Vance", "X met Y, a day after holding talks with Z": the subject of
        // a later clause without one of its own is the sentence's first person.
        if (subjects.Count == 0 && left > 0 && people.FirstOrDefault(p => p.End <= left) is { } opener && !objects.Contains(opener.Person)
            && tokens.Skip(left).Take(trigger - left + 1).Any(t => t.Lower is "he" or "she" or "after" or "before" || t.Lower.EndsWith("ing", StringComparison.Ordinal)))
        {
            subjects.Add(opener.Person);
        }

        var status = StatusOf(tokens, trigger, clause);
        var scheduled = IsScheduleEntry(sentence.Text, tokens[trigger]);
        if (scheduled && status == MeetingStatus.Held)
        {
            status = MeetingStatus.Planned;
        }

        var mode = MeetingLexicon.HasCueStart(MeetingLexicon.VirtualCues, clause) ? MeetingMode.Virtual
            : tokens[trigger].Lower is "called" or "phoned" or "telephoned" || MeetingLexicon.HasCue(MeetingLexicon.CallCues, clause) ? MeetingMode.Call
            : MeetingMode.InPerson;
        var peopleAfter = people.Any(p => p.Start >= right);
        var (place, country) = PlaceOf(tokens, mentions.Where(m => m.Start >= left && (m.End <= right || !peopleAfter)).ToList());
        var date = DateOf(sentence, tokens, left, right, peopleAfter, published, status) ?? (scheduled ? published : null);
        // "met with A, B and C": one meeting when the text says so, when several people went together, or when the
        // people met are peers of several countries ("the Costa Rican, Dominican and Panamanian foreign ministers");
        // a visitor's calls on one government's officials, or on a king and another country's president, are
        // separate meetings, as is anything done "bilaterally" or "separately".
        var separately = MeetingLexicon.HasCue(MeetingLexicon.SeparateCues, clause);
        var together = !separately && (Array.Exists(MeetingLexicon.TogetherCues, c => clause.Contains(c, StringComparison.Ordinal))
            || subjects.Count >= 2
            || PeersOfSeveralCountries(objects));

        IEnumerable<List<PersonEntity>> groups = (subjects.Count, objects.Count) switch
        {
            ( >= 1, 1) => [[.. subjects, .. objects]],
            ( >= 1, > 1) when together => [[.. subjects, .. objects]],
            ( >= 1, > 1) => objects.Select(o => subjects.Append(o).ToList()),
            ( >= 2, 0) => [subjects],
            (0, >= 2) => [objects],
            _ => [],
        };

        var frame = (subjects.Count, objects.Count) switch
        {
            ( >= 1, 1) => "subject meets object",
            ( >= 1, > 1) when together => "subject meets several together",
            ( >= 1, > 1) => "one meeting per person met",
            ( >= 2, 0) => "coordinated subjects meet",
            _ => "people met, no subject",
        };
        var rule = $"'{tokens[trigger].Text}': {frame}; {status}{(scheduled ? " (schedule line)" : "")}; {mode}";
        foreach (var group in groups)
        {
            yield return new MeetingDraft(group, status, mode, date, place, country, sentence.Text)
            {
                Rule = rule,
                ModeStated = mode != MeetingMode.InPerson || place is not null || !MeetingLexicon.ModeOpenVerbs.Contains(tokens[trigger].Lower),
            };
        }
    }

    /// <summary>
    /// "9:15 a.m. LOCAL Secretary Blinken meets with …": a line of a public schedule announces the day's engagements,
    /// planned for the schedule's date, unless it is written in the past tense.
    /// </summary>
    private static bool IsScheduleEntry(string sentence, Token trigger) =>
        !MeetingLexicon.PastTriggers.Contains(trigger.Lower) && ClockTime().IsMatch(sentence);

    [GeneratedRegex(@"^\s*\d{1,2}(:\d{2})?\s*([ap]\.\s?m\.|[ap]m\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^\s*(?:-|–|to|through|until)\s*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayRangeAfter();

    /// <summary>Three countries or more, or two whose people hold the same office: a round, not calls on a host.</summary>
    private static bool PeersOfSeveralCountries(List<PersonEntity> people)
    {
        var countries = people.Select(p => p.Country).OfType<string>().Distinct(StringComparer.Ordinal).Count();
        return countries >= 3
            || (countries == 2 && people.All(p => p.Offices.Count > 0)
                && people.Skip(1).All(p => p.Offices.Exists(o => people[0].Offices.Exists(f => string.Equals(f.Title, o.Title, StringComparison.OrdinalIgnoreCase)))));
    }

    private static int FindTrigger(IReadOnlyList<Token> tokens, IReadOnlyList<PersonOccurrence> people, IReadOnlyList<Mention> mentions, int from)
    {
        for (var i = from; i < tokens.Count; i++)
        {
            var word = tokens[i].Lower;
            if (!MeetingLexicon.Triggers.Contains(word) || people.Any(p => p.Start <= i && i < p.End))
            {
                continue;
            }

            if (word is "sat" or "sit" && (i + 2 >= tokens.Count || tokens[i + 1].Lower != "down" || tokens[i + 2].Lower != "with"))
            {
                continue;
            }

            if (word is "shook" or "shake" or "shakes" && (i + 1 >= tokens.Count || tokens[i + 1].Lower != "hands"))
            {
                continue;
            }

            // "video conference" is a meeting; a press conference is not.
            if (word == "conference" && (i == 0 || tokens[i - 1].Lower is not ("video" or "virtual" or "phone")))
            {
                continue;
            }

            // "the BRICS summit", "next month's summit", "the 2024 summit" name an event, not an encounter of the people named.
            if (word is "summit" or "summits" && i > 0 && (tokens[i - 1].Text == "'s" || Characters.HasDigit(tokens[i - 1].Text)
                || mentions.Any(m => m.End == i && m.Kind == MentionKind.Organization)))
            {
                continue;
            }

            if (MeetingLexicon.NeedsAdjacentPerson.Contains(word) && !PersonSoonAfter(tokens, people, mentions, i))
            {
                continue;
            }

            return i;
        }

        return -1;
    }

    /// <summary>A person within the next few words, with no comma between: "called Netanyahu", "spoke by phone with Lavrov".</summary>
    private static bool PersonSoonAfter(IReadOnlyList<Token> tokens, IReadOnlyList<PersonOccurrence> people, IReadOnlyList<Mention> mentions, int index)
    {
        // Titles, countries and honorifics may stand between: "received Russian Foreign Minister Sergei Lavrov".
        for (var k = index + 1; k < Math.Min(tokens.Count, index + 9); k++)
        {
            if (people.Any(p => p.Start == k))
            {
                return true;
            }

            if (mentions.FirstOrDefault(m => m.Start == k && m.Kind is MentionKind.Title or MentionKind.Country or MentionKind.Honorific) is { } skipped)
            {
                k = skipped.End - 1;
                continue;
            }

            if (tokens[k].Text is "," or "." || tokens[k].IsCapitalized)
            {
                return false;
            }
        }

        return false;
    }

    private static (int Left, int Right) ClauseAround(IReadOnlyList<Token> tokens, int trigger, int from)
    {
        // Leftwards only hard breaks end the clause: the subject of "Blinken, who landed on Sunday, met Netanyahu"
        // and of "Blinken's visit had started on Sunday, when he held talks" stands before the comma.
        var left = from;
        for (var k = trigger - 1; k >= from; k--)
        {
            if (MeetingLexicon.ClauseBreaks.Contains(tokens[k].Text) || IsNewClauseStart(tokens, k))
            {
                left = k + 1;
                break;
            }
        }

        var right = tokens.Count;
        for (var k = trigger + 1; k < tokens.Count; k++)
        {
            if (IsClauseBreak(tokens, k))
            {
                right = k;
                break;
            }
        }

        return (left, right);
    }

    private static bool IsClauseBreak(IReadOnlyList<Token> tokens, int k) =>
        MeetingLexicon.ClauseBreaks.Contains(tokens[k].Text)
        || (tokens[k].Text == "," && k + 1 < tokens.Count && MeetingLexicon.ClauseBreakWordsAfterComma.Contains(tokens[k + 1].Lower))
        || IsNewClauseStart(tokens, k);

    /// <summary>Breaks that start a clause with its own subject or time, so they bound a clause on either side.</summary>
    private static bool IsNewClauseStart(IReadOnlyList<Token> tokens, int k)
    {
        string Next(int n) => k + n < tokens.Count ? tokens[k + n].Lower : "";
        // ", and a White House official said", ", and he will": a new clause with its own subject.
        return (tokens[k].Text == "," && Next(1) == "and" && MeetingLexicon.ClauseSubjectStarts.Contains(Next(2)))
            || (tokens[k].Lower == "and" && Next(1) == "that")
            // "Kishida visits Kyiv as Xi meets Putin": "as" before a name starts another event, unlike "such as", "as well as".
            || (tokens[k].Lower == "as" && k > 0 && tokens[k - 1].Lower is not ("such" or "well" or "as") && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized)
            // ", three days after", ", a day before": what follows happened at another time.
            || (tokens[k].Text == "," && MeetingLexicon.TimeUnits.Contains(Next(2)) && Next(3) is "after" or "before" or "later" or "earlier")
            || (tokens[k].Text == "," && MeetingLexicon.TimeUnits.Contains(Next(1)) && Next(2) is "after" or "before" or "later" or "earlier");
    }

    private static MeetingStatus StatusOf(IReadOnlyList<Token> tokens, int trigger, string clause)
    {
        if (MeetingLexicon.HasCue(MeetingLexicon.CancelCues, clause))
        {
            return MeetingStatus.Cancelled;
        }

        var futureBefore = false;
        for (var k = Math.Max(0, trigger - 3); k < trigger; k++)
        {
            futureBefore |= MeetingLexicon.FutureMarkers.Contains(tokens[k].Lower);
        }

        if (futureBefore)
        {
            return MeetingStatus.Planned;
        }

        if (MeetingLexicon.PastTriggers.Contains(tokens[trigger].Lower))
        {
            return MeetingStatus.Held;
        }

        return MeetingLexicon.HasCue(MeetingLexicon.PlannedCues, clause)
            ? MeetingStatus.Planned
            : MeetingStatus.Held;
    }

    private static DateOnly? DateOf(Sentence sentence, IReadOnlyList<Token> tokens, int left, int right, bool peopleAfter, DateOnly? published, MeetingStatus status)
    {
        var text = sentence.Text;
        // "said on Wednesday", "on Friday postponed": the day of the report or of the decision, not of the meeting.
        var dates = DateFinder.Find(text, published?.Year)
            .Where(d => !MeetingLexicon.ReportVerbBefore.Any(v => text.AsSpan(0, d.Start).TrimEnd().EndsWith(v, StringComparison.OrdinalIgnoreCase)))
            .Where(d => !MeetingLexicon.CancelCues.Any(c => text.AsSpan(d.Start + d.Length).TrimStart().StartsWith(c, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var clauseStart = left < tokens.Count ? tokens[left].Start : 0;
        var clauseEnd = right < tokens.Count ? tokens[right].Start : text.Length;
        // A date earlier in the sentence sets the time for what follows ("On Monday, X met Y"); a later clause's does not.
        // A trailing date with no other people after the clause is this meeting's ("…, after their meeting in Tel Aviv, Thursday").
        var chosen = dates.FirstOrDefault(d => d.Start >= clauseStart && d.Start < clauseEnd)
            ?? dates.LastOrDefault(d => d.Start < clauseStart)
            ?? (peopleAfter ? null : dates.FirstOrDefault(d => d.Start >= clauseEnd));
        // A called-off meeting was, like a planned one, still ahead when it was arranged. A span of days ("from May 4
        // to 5", "June 27-30") names no one day.
        return chosen is null || DayRangeAfter().IsMatch(text.AsSpan(chosen.Start + chosen.Length))
            ? null
            : DateFinder.Resolve(chosen, published, future: status != MeetingStatus.Held);
    }

    /// <summary>
    /// Where: a city after "in"/"at" first ("in Tel Aviv"), then a venue or capital ("inside The Kirya", "in Amman"),
    /// else a country the clause puts the meeting in or travels to ("visit Jordan to meet").
    /// </summary>
    private static (string? Place, string? Country) PlaceOf(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        string Before(Mention m)
        {
            var k = m.Start - 1;
            if (k >= 0 && tokens[k].Lower == "the")
            {
                k--;
            }

            return k >= 0 ? tokens[k].Lower : "";
        }

        var located = mentions.Where(m => MeetingLexicon.PlacePrepositions.Contains(Before(m))
            && (m.Kind == MentionKind.Place || (m.Kind == MentionKind.Country && m.IsCapital) || (m.Kind == MentionKind.Organization && m.Place is not null))).ToList();
        // The most precise place the clause gives: a venue ("at the Kremlin"), then a city, then a capital.
        var best = located.Find(m => m.Place?.Kind == "venue" && Before(m) is "at" or "on" or "to")
            ?? located.Find(m => m.Kind == MentionKind.Place && m.Place?.Kind == "city" && Before(m) is "in" or "at")
            ?? located.Find(m => m.IsCapital && Before(m) is "in" or "at")
            ?? located.Find(m => m.Kind != MentionKind.Organization && Before(m) != "on");
        if (best is not null)
        {
            return (best.Place?.Name ?? best.Text, best.Country ?? best.Place?.Country);
        }

        var country = mentions.FirstOrDefault(m => m.Kind == MentionKind.Country && !m.IsCapital && (MeetingLexicon.CountryPrepositions.Contains(Before(m)) || Before(m) == "trip"));
        return (null, country?.Country);
    }
}
