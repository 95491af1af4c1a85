using ActorGraph.Core.Annotation;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Recognition;

/// <summary>
/// Decides which name spans of a sentence are people from the sentence alone: a title before the name ("US Secretary
/// of State Antony Blinken", "Israel's Prime Minister Benjamin Netanyahu", "King Abdullah", "President of Egypt
/// Abdel Fattah el-Sisi"), an appositive after it ("Mahmoud Abbas, the Palestinian president"), an honorific
/// ("Mr. Lavrov"), or a verb only people take ("Wang Yi said", "met Olaf Scholz").
/// </summary>
internal static class PersonRecognizer
{

    /// <param name="tokens">The sentence.</param>
    /// <param name="mentions">What the gazetteer found in it.</param>
    /// <param name="spans">Its runs of name words.</param>
    /// <param name="aboutMeeting">The sentence has a meeting word, so "with Vladimir Putin" names a person.</param>
    /// <param name="companions">Where the sentence names people joining a meeting ("accompanied by Jane Doe").</param>
    public static List<PersonCandidate> Find(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, IReadOnlyList<NameSpan> spans, bool aboutMeeting, CompanionCues companions)
    {
        var found = new List<PersonCandidate>();
        (int End, string Country)? listed = null;
        foreach (var span in spans)
        {
            if (FromTitleBefore(tokens, mentions, span, listed) is { } titled)
            {
                found.Add(titled with { Rule = titled.Office is { } office ? $"title before the name ({office.Title})" : "role word before the name" });
                var country = titled.Office?.Country ?? titled.Country;
                listed = country is null ? null : (span.End, country);
            }
            else if (FromCounterpart(tokens, mentions, span) is { } counterpart)
            {
                found.Add(counterpart with { Rule = "'counterpart' of the sentence's office holder" });
            }
            else if (FromAppositive(tokens, mentions, span) is { } described)
            {
                found.Add(described with { Rule = "title in apposition ('Name, the … minister')" });
            }
            else if (mentions.Any(m => m.Kind == MentionKind.Honorific && m.End == span.Start))
            {
                found.Add(new PersonCandidate(span, span.Text, null, null) { Rule = "honorific before the name" });
            }
            else if (span.Length >= 2 && CueOf(tokens, span, aboutMeeting, companions) is { } cue)
            {
                found.Add(new PersonCandidate(span, span.Text, null, null) { Rule = cue });
            }
        }

        return found;
    }

    private static string? CueOf(IReadOnlyList<Token> tokens, NameSpan span, bool aboutMeeting, CompanionCues companions) =>
        IsSpeaker(tokens, span) ? "speaker ('… said')"
        : FollowsPersonVerb(tokens, span) ? "subject or object of a verb said of people"
        : aboutMeeting && span.Start > 0 && tokens[span.Start - 1].Lower == "with" ? "'with' in a meeting sentence"
        : companions.Names(span) ? "named among a visit's companions"
        : null;

    /// <param name="listed">Where the last titled name with a country ended, and that country: in "Cambodian Prime Minister
    /// Hun Sen and Deputy Prime Minister Prak Sokhonn" the adjective covers the whole list.</param>
    private static PersonCandidate? FromTitleBefore(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, NameSpan span, (int End, string Country)? listed)
    {
        // Skip honorifics and a comma between title and name: "President Sheikh Mohamed", "the foreign minister, Ayman Safadi".
        var at = span.Start;
        while (at > 0 && (mentions.Any(m => m.Kind == MentionKind.Honorific && m.End == at) || tokens[at - 1].Text == ","))
        {
            at = tokens[at - 1].Text == "," ? at - 1 : mentions.First(m => m.Kind == MentionKind.Honorific && m.End == at).Start;
        }

        string? country = null;
        var titleEnd = at;

        // "President of Egypt Abdel Fattah el-Sisi", "President of the Islamic Republic of Afghanistan Mohammad Ashraf Ghani"
        if (mentions.FirstOrDefault(m => m.End == at && m.Kind == MentionKind.Country && !m.IsCapital) is { } ofCountry)
        {
            var of = ofCountry.Start >= 3 && tokens[ofCountry.Start - 1].Lower == "the" ? ofCountry.Start - 2 : ofCountry.Start - 1;
            if (of >= 1 && tokens[of].Lower == "of")
            {
                country = ofCountry.Country;
                titleEnd = of;
            }
        }

        var title = mentions.FirstOrDefault(m => m.Kind == MentionKind.Title && m.End == titleEnd);
        if (title?.Title is null)
        {
            return null;
        }

        // A lower-case title before a comma is an appositive pair only when the title follows "the" or a country's
        // possessive: "the foreign minister, X", "Brazil's foreign minister, X".
        if (at < span.Start && tokens[title.Start].Text == tokens[title.Start].Lower && (title.Start == 0 || (tokens[title.Start - 1].Lower is not ("the" or "'s"))))
        {
            return null;
        }

        // "Kenyan Cabinet Secretary for Foreign Affairs Ambassador Raychelle Omamo", "Chief Executive and Secretary of
        // Foreign Affairs and Trade Chris Seed": titles written one after another all belong to the name.
        var earlier = new List<Mention>();
        var first = title;
        while (first.Start > 0 && mentions.FirstOrDefault(m => m.Kind == MentionKind.Title && m.Title is { Royal: false }
                   && (m.End == first.Start || (m.End == first.Start - 1 && tokens[first.Start - 1].Text == "and"))) is { } before)
        {
            earlier.Insert(0, before);
            first = before;
        }

        var owner = OwnerBefore(tokens, mentions, first.Start);
        var forOrganization = country is null && (owner is { Kind: MentionKind.Organization, Country: null } || (owner is null && title.Title.International));
        country ??= owner?.Country ?? (owner is null ? first.Title!.Country ?? title.Title.Country : null);
        country ??= owner is null ? OfCountryAfter(tokens, mentions, span.End) : null; // "Foreign Minister Solano of Costa Rica"
        if (country is null && owner is null && !forOrganization && listed is { } list && list.End < first.Start
            && tokens.Skip(list.End).Take(first.Start - list.End).All(t => t.Text is "," or "and" or ";"))
        {
            country = list.Country;
        }
        if (title.Title.Role)
        {
            // "Venezuelan leader Nicolas Maduro", "his wife, Rachel Ruto": a person, but no office.
            return new PersonCandidate(span, span.Text, null, null) { Country = country, ForOrganization = forOrganization };
        }

        var office = new OfficeMention(OfficeTitles.Written(tokens, title), country);
        if (title.Title.Royal)
        {
            var surface = string.Join(' ', tokens.Skip(title.Start).Take(span.End - title.Start).Select(t => t.Text));
            return new PersonCandidate(span, span.Text, surface, office);
        }

        return new PersonCandidate(span, span.Text, null, office)
        {
            ForOrganization = forOrganization,
            MoreOffices = earlier.Where(m => !m.Title!.Role).Select(m => new OfficeMention(OfficeTitles.Written(tokens, m), country)).ToList(),
        };
    }

    /// <summary>"Mahmoud Abbas, the Palestinian president", "Ayman Safadi, Jordan's foreign minister", "X, foreign minister of Japan".</summary>
    private static PersonCandidate? FromAppositive(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, NameSpan span)
    {
        var at = span.End;
        if (at >= tokens.Count || tokens[at].Text != ",")
        {
            return null;
        }

        at++;
        if (at < tokens.Count && tokens[at].Lower is "the" or "a")
        {
            at++;
        }

        string? country = null;
        if (mentions.FirstOrDefault(m => m.Start == at && m.Kind is MentionKind.Country or MentionKind.Organization) is { } owner)
        {
            country = owner.Country;
            at = owner.End;
            if (at < tokens.Count && tokens[at].Text == "'s")
            {
                at++;
            }
        }

        // One or two describing words may stand between: "Israel's hardline prime minister", "China's most senior diplomat".
        var title = mentions.FirstOrDefault(m => m.Kind == MentionKind.Title
            && (m.Start == at || (m.Start > at && m.Start <= at + 2 && tokens.Skip(at).Take(m.Start - at).All(t => t.IsWord && !t.IsCapitalized))));
        // "Albanese, Indian Prime Minister Narendra Modi": the title belongs to the name after it, not before.
        if (title is null || (title.End < tokens.Count && tokens[title.End].IsCapitalized && tokens[title.End].IsWord
            && !mentions.Any(m => m.Start == title.End)))
        {
            return null;
        }

        var ofAt = title.End + 2 < tokens.Count && tokens[title.End + 1].Lower == "the" ? title.End + 2 : title.End + 1;
        if (country is null && ofAt < tokens.Count && tokens[title.End].Text == "of"
            && mentions.FirstOrDefault(m => m.Start == ofAt && m.Kind == MentionKind.Country) is { } ofCountry)
        {
            country = ofCountry.Country;
        }

        return title.Title!.Role
            ? new PersonCandidate(span, span.Text, null, null) { Country = country }
            : new PersonCandidate(span, span.Text, null, new OfficeMention(OfficeTitles.Written(tokens, title), country))
            {
                ForOrganization = country is null && title.Title.International,
            };
    }

    /// <summary>"of Costa Rica", "of the Dominican Republic" right after a name: the country the person acts for.</summary>
    private static string? OfCountryAfter(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, int at)
    {
        if (at + 1 >= tokens.Count || tokens[at].Lower != "of")
        {
            return null;
        }

        var start = tokens[at + 1].Lower == "the" ? at + 2 : at + 1;
        return mentions.FirstOrDefault(m => m.Start == start && m.Kind == MentionKind.Country && !m.IsCapital)?.Country;
    }

    /// <summary>The country or body standing before a title: "US Secretary", "Israel's Prime Minister", "NATO Secretary-General".</summary>
    private static Mention? OwnerBefore(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, int titleStart)
    {
        var at = titleStart;
        if (at > 0 && tokens[at - 1].Text == "'s")
        {
            at--;
        }

        return mentions.FirstOrDefault(m => m.End == at && m.Kind is MentionKind.Country or MentionKind.Organization);
    }

    /// <summary>"his Chinese counterpart Wang Yi", "her Ukrainian counterpart, Dmytro Kuleba".</summary>
    private static PersonCandidate? FromCounterpart(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, NameSpan span)
    {
        var at = span.Start;
        if (at > 0 && tokens[at - 1].Text == ",")
        {
            at--;
        }

        if (at < 2 || tokens[at - 1].Lower is not ("counterpart" or "counterparts"))
        {
            return null;
        }

        var country = mentions.FirstOrDefault(m => m.End == at - 1 && m.Kind == MentionKind.Country)?.Country;
        return country is null ? null : new PersonCandidate(span, span.Text, null, null) { CounterpartOf = country };
    }

    private static bool IsSpeaker(IReadOnlyList<Token> tokens, NameSpan span) =>
        (span.End < tokens.Count && RecognitionLexicon.SpeechVerbs.Contains(tokens[span.End].Lower))
        || (span.Start >= 2 && RecognitionLexicon.SpeechVerbs.Contains(tokens[span.Start - 1].Lower) && tokens[span.Start - 2].Text is "," or "\"");

    private static bool FollowsPersonVerb(IReadOnlyList<Token> tokens, NameSpan span)
    {
        var before = span.Start - 1;
        if (before >= 0 && tokens[before].Lower == "with" && before >= 1)
        {
            before--;
            return before >= 0 && tokens[before].Lower is "met" or "meet" or "meets" or "meeting" or "talks" or "spoke" or "call" or "conversation" or "down";
        }

        return before >= 0 && RecognitionLexicon.PersonVerbsBefore.Contains(tokens[before].Lower);
    }
}
