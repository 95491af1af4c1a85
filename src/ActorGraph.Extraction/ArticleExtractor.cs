using System.Globalization;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.Identity;
using ActorGraph.Core.Model;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Core.Storage;
using ActorGraph.Extraction.Dates;
using ActorGraph.Extraction.Meetings;
using ActorGraph.Extraction.Recognition;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction;

/// <summary>
/// Turns an article into an <see cref="ArticleGraph"/>: people with their offices and countries, organizations,
/// countries, places and meetings, each with the sentence that states it. Rules, not a model: see docs/extraction.md.
/// </summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    private readonly Gazetteer _gazetteer;
    private readonly OfficeHolderLinker _officeHolders;

    /// <param name="officeHolders">Who held which office when (<see cref="OfficeHolderTable.Empty"/> for the rules alone).</param>
    public ArticleExtractor(ReferenceCatalog catalog, OfficeHolderTable officeHolders)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(officeHolders);
        _gazetteer = new Gazetteer(catalog);
        _officeHolders = new OfficeHolderLinker(officeHolders, catalog);
    }

    public ArticleGraph Extract(ArticleInfo article, IReadOnlyList<KnownActor> knownActors, CancellationToken cancellationToken) =>
        Run(article, knownActors, reasons: null, cancellationToken);

    /// <summary>Extracts as <see cref="Extract"/> does, and says which rule produced each person, office and meeting.</summary>
    public ExplainedExtraction Explain(ArticleInfo article, IReadOnlyList<KnownActor> knownActors, CancellationToken cancellationToken)
    {
        var reasons = new List<ExtractionReason>();
        return new ExplainedExtraction(Run(article, knownActors, reasons, cancellationToken), reasons);
    }

    private ArticleGraph Run(ArticleInfo article, IReadOnlyList<KnownActor> knownActors, List<ExtractionReason>? reasons, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = TextNormalizer.Normalize(article.Text);
        var published = PublicationDateResolver.Resolve(article.PublishedAt, text);
        var sentences = SentenceSplitter.Split(text).Where(s => !IsByline(s)).DistinctBy(s => s.Text).ToList();

        // Pass 1: what each sentence says on its own; people with strong evidence (titles, appositives, "said").
        var registry = new PersonRegistry(_gazetteer.Catalog, knownActors);
        var analysed = new List<AnalysedSentence>();
        var counterparts = new List<(PersonOccurrence Occurrence, string Country, List<PersonOccurrence> Sentence)>();
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mentions = _gazetteer.Find(sentence.Tokens);
            OrganizationPatterns.Apply(sentence.Tokens, mentions);
            TitleChains.Default.Apply(sentence.Tokens, mentions, _gazetteer.Catalog);
            var spans = NameSpanFinder.Find(sentence.Tokens, mentions);
            var aboutMeeting = sentence.Tokens.Any(t => MeetingLexicon.Triggers.Contains(t.Lower));
            var companionCues = MeetingCompanions.Find(sentence.Tokens);
            var occurrences = new List<PersonOccurrence>();
            var recognised = PersonRecognizer.Find(sentence.Tokens, mentions, spans, aboutMeeting, companionCues);
            foreach (var candidate in recognised.Concat(KnownOfficials(spans, recognised)).Concat(TitleHolders(sentence.Tokens, mentions, spans, published)))
            {
                var occurrence = new PersonOccurrence(registry.Add(candidate, sentence.Text), candidate.Span.Start, candidate.Span.End);
                occurrences.Add(occurrence);
                if (candidate.CounterpartOf is { } country)
                {
                    counterparts.Add((occurrence, country, occurrences));
                }
            }

            analysed.Add(new AnalysedSentence(sentence, mentions, spans, occurrences, companionCues));
        }

        // Pass 2: bare names ("Blinken") resolve to people met in pass 1 or already in the graph; "the Deputy
        // Secretary" and "the delegation" to the people the article has named so.
        var anaphors = new TitleAnaphors();
        foreach (var (sentence, mentions, spans, occurrences, _) in analysed)
        {
            foreach (var span in spans.Where(s => !occurrences.Exists(o => o.Start == s.Start)))
            {
                if (ResolveSpan(registry, sentence, span) is { } occurrence)
                {
                    occurrences.Add(occurrence);
                }
            }

            occurrences.AddRange(anaphors.Resolve(sentence.Tokens, mentions, occurrences));
            occurrences.Sort((a, b) => a.Start.CompareTo(b.Start));
            anaphors.Saw(sentence.Tokens, occurrences);
        }

        foreach (var (occurrence, country, inSentence) in counterparts)
        {
            AssignCounterpartOffice(occurrence, country, inSentence);
        }

        var fromText = reasons is null ? null : registry.People.ToDictionary(p => p, p => p.Offices.Select(o => o.Title).ToList());
        _officeHolders.Link(registry.People, published);
        if (registry.MergeSameHolders() is { Count: > 0 } merged)
        {
            foreach (var (_, _, _, occurrences, _) in analysed)
            {
                for (var i = 0; i < occurrences.Count; i++)
                {
                    if (merged.TryGetValue(occurrences[i].Person, out var same))
                    {
                        occurrences[i] = occurrences[i] with { Person = same };
                    }
                }
            }
        }
        var dateline = FindDateline(analysed.Select(a => a.Sentence));
        var meetings = new List<MeetingDraft>();
        PersonEntity? previousSubject = null;
        var lastMeetingAt = -1;
        SceneDate? scene = null;
        for (var index = 0; index < analysed.Count; index++)
        {
            var (sentence, mentions, _, occurrences, companionCues) = analysed[index];
            var found = MeetingExtractor.Extract(sentence, mentions, occurrences, previousSubject, published).ToList();
            if (found.Count > 0 && scene is { } set && index - set.Sentence <= SceneDate.Reach && SceneDate.Continues(sentence.Tokens))
            {
                // "… visited Kyiv yesterday. While in Kyiv, they met with …": the visit's day is the meeting's.
                found = found.Select(m => m.Date is null ? m with { Date = set.Date } : m).ToList();
            }

            scene = SceneDate.Of(sentence, index, published) ?? scene;
            if (found.Count > 0)
            {
                meetings.AddRange(found);
                lastMeetingAt = index;
            }
            else if (lastMeetingAt >= 0 && index - lastMeetingAt <= MeetingCompanions.Reach
                     && companionCues.Companions(occurrences) is { Count: > 0 } companions)
            {
                JoinLastMeetings(meetings, analysed[lastMeetingAt].Sentence.Text, companions);
            }

            previousSubject = occurrences.Count > 0 ? occurrences[0].Person : previousSubject;
        }

        if (dateline is not null)
        {
            AssignDatelineCountry(registry.People, dateline.Value.Place.Country);
            meetings = meetings.Select(m => m.Place is null && m.Mode == MeetingMode.InPerson && m.Evidence == dateline.Value.Sentence.Text
                ? m with { Place = dateline.Value.Place.Name, Country = m.Country ?? dateline.Value.Place.Country }
                : m).ToList();
        }

        AssignHostCountries(meetings);
        // A town inside a name ("Mori Takeo") is no place of the article.
        var allMentions = analysed.SelectMany(a => a.Mentions.Where(m => m.Kind != MentionKind.Place || !a.People.Exists(o => o.Start <= m.Start && m.End <= o.End))).ToList();
        var mentioned = analysed.SelectMany(a => a.People.Select(o => o.Person)).Distinct().ToList();
        AssignVoiceCountry(mentioned);
        var headline = article.Title is null ? null : TextNormalizer.Normalize(article.Title);
        var headlineCall = headline is not null && MeetingLexicon.HasCue(MeetingLexicon.CallCues, " " + headline.ToLowerInvariant() + " ")
            ? analysed.Where(a => a.Sentence.Text == headline.Trim()).SelectMany(a => a.People.Select(o => o.Person)).ToHashSet()
            : [];
        var reported = MergeMeetings(meetings, headline, headlineCall);
        if (reasons is not null)
        {
            Explain(reasons, mentioned, fromText!, reported, published);
        }

        return new ArticleGraph(
            article with { PublishedAt = published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? article.PublishedAt },
            mentioned.Select(p => p.ToMention()).ToList(),
            Organizations(allMentions),
            Countries(allMentions),
            Places(allMentions),
            reported.Select(ToMention).ToList());
    }

    private static PersonOccurrence? ResolveSpan(PersonRegistry registry, Sentence sentence, NameSpan span)
    {
        if (registry.Resolve(span.Text, sentence.Text) is { } whole)
        {
            return new PersonOccurrence(whole, span.Start, span.End);
        }

        // "Blinken Netanyahu" cannot happen, but "Thursday Blinken" after a missed split can: try the last word alone.
        if (span.Length > 1)
        {
            var last = sentence.Tokens[span.End - 1].Text;
            if (registry.Resolve(last, sentence.Text) is { } tail && tail.Surname == NameFolding.Fold(last))
            {
                return new PersonOccurrence(tail, span.End - 1, span.End);
            }
        }

        return null;
    }

    /// <summary>"The mission also included A and B": the companions join every meeting of the last meeting sentence.</summary>
    private static void JoinLastMeetings(List<MeetingDraft> meetings, string evidence, List<PersonEntity> companions)
    {
        for (var i = 0; i < meetings.Count; i++)
        {
            if (meetings[i].Evidence == evidence)
            {
                meetings[i] = meetings[i] with
                {
                    Participants = meetings[i].Participants.Concat(companions).Distinct().ToList(),
                    Rule = meetings[i].Rule + "; companions of a later sentence joined",
                };
            }
        }
    }

    /// <summary>
    /// "Lavrov held talks with his Chinese counterpart Wang Yi": Wang holds the office of the sentence's other office
    /// holder (foreign minister), for the country the sentence gives him.
    /// </summary>
    private static void AssignCounterpartOffice(PersonOccurrence counterpart, string country, List<PersonOccurrence> sentence)
    {
        var person = counterpart.Person;
        person.Country ??= country;
        var model = sentence.Where(o => o.Person != person && o.Person.Offices.Count > 0)
            .OrderBy(o => Math.Abs(o.Start - counterpart.Start))
            .Select(o => o.Person.Offices[0])
            .FirstOrDefault();
        if (model is not null)
        {
            person.AddOffice(new OfficeMention(model.Title, country));
        }
    }

    /// <summary>
    /// A dateline ("OTTAWA —", "NIAMEY, Niger —", "TOKYO (March 16) —") says where the article was written: a title
    /// written without a country there is that country's ("Prime Minister Justin Trudeau" in an Ottawa story).
    /// </summary>
    private (PlaceEntry Place, Sentence Sentence)? FindDateline(IEnumerable<Sentence> sentences)
    {
        foreach (var sentence in sentences.Take(3))
        {
            var tokens = sentence.Tokens;
            var caps = 0;
            while (caps < Math.Min(4, tokens.Count) && tokens[caps].IsWord && tokens[caps].Text.Length > 1
                   && tokens[caps].Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            {
                caps++;
            }

            var hasDash = tokens.Take(20).Any(t => t.Text is "—" or "–" or "--");
            for (var n = caps; n >= 1 && hasDash; n--)
            {
                if (tokens.Count > n && tokens[n].Text is "," or "—" or "–" or "--" or "("
                    && _gazetteer.FindPlace(string.Join(' ', tokens.Take(n).Select(t => t.Text))) is { } place)
                {
                    return (place, sentence);
                }
            }
        }

        return null;
    }

    /// <summary>"Vladimir Putin had a telephone conversation with …": an official's full name is a person wherever it stands.</summary>
    private IEnumerable<PersonCandidate> KnownOfficials(List<NameSpan> spans, List<PersonCandidate> recognised) =>
        spans.Where(s => s.Length >= 2 && !recognised.Exists(c => c.Span.Start == s.Start) && _officeHolders.IsKnownFullName(s.Text))
            .Select(s => new PersonCandidate(s, s.Text, null, null) { Rule = "full name of an official in the office-holders table" });

    /// <summary>
    /// "The Chinese foreign minister met …", "India's national security adviser said": a title with a country and no
    /// name after it is the person who held that office on the article's day, when the office-holders table knows
    /// exactly one. A title alone ("the Foreign Secretary") names no one: which country's is not written.
    /// </summary>
    private IEnumerable<PersonCandidate> TitleHolders(IReadOnlyList<Token> tokens, List<Mention> mentions, List<NameSpan> spans, DateOnly? published)
    {
        if (published is not { } day)
        {
            yield break;
        }

        foreach (var title in mentions.Where(m => m.Kind == MentionKind.Title && m.Title is { Role: false, Royal: false }).ToList())
        {
            var next = title.End;
            if (spans.Any(s => s.Start == next) || mentions.Any(m => m.Start == next && m.Kind is MentionKind.Honorific or MentionKind.Title)
                || (next + 1 < tokens.Count && tokens[next].Text == "," && spans.Any(s => s.Start == next + 1)))
            {
                continue; // a name follows: the title-before rule reads it
            }

            var at = title.Start > 0 && tokens[title.Start - 1].Text == "'s" ? title.Start - 1 : title.Start;
            if (mentions.FirstOrDefault(m => m.End == at && m.Kind == MentionKind.Country && !m.IsCapital) is not { Country: { } country } owner
                || (owner.Start > 0 && tokens[owner.Start - 1].Lower is "former" or "then" or "late" or "ex" or "next" or "new" or "future" or "previous"))
            {
                continue;
            }

            // "Dara Quill, the Irish foreign minister": the title describes the name before it.
            var before = owner.Start > 0 && tokens[owner.Start - 1].Lower is "the" or "a" ? owner.Start - 1 : owner.Start;
            if (before > 0 && tokens[before - 1].Text == "," && spans.Any(s => s.End == before - 1))
            {
                continue;
            }

            if (_officeHolders.HolderOf(title.Title!.Title, country, day) is { } holder)
            {
                var surface = string.Join(' ', tokens.Skip(owner.Start).Take(title.End - owner.Start).Select(t => t.Text));
                yield return new PersonCandidate(new NameSpan(owner.Start, title.End, surface), holder.Name, null, new OfficeMention(OfficeTitles.Written(tokens, title), country)) { Holder = holder, Rule = "title without a name: its holder on the day, from the office-holders table" };
            }
        }
    }

    /// <summary>
    /// A readout's spokesperson named without a country speaks for the government whose official the article names
    /// first with one: "The following is attributable to Spokesperson Ned Price: Secretary of State Antony J. Blinken
    /// met …". Only where the text attributes itself to them: a news story's spokesperson may be anyone's.
    /// </summary>
    private static void AssignVoiceCountry(List<PersonEntity> inOrder)
    {
        if (inOrder.Find(p => p.Country is not null && !p.ForOrganization && p.Offices.Count > 0) is not { Country: { } voice })
        {
            return;
        }

        foreach (var person in inOrder.Where(p => p.Country is null && !p.ForOrganization && p.Offices.Count > 0
                     && p.Evidence is { } said && (said.Contains("attributable to", StringComparison.OrdinalIgnoreCase) || said.Contains("attributed to", StringComparison.OrdinalIgnoreCase))
                     && p.Offices.TrueForAll(o => o.Country is null && OfficeTitles.IsSpokesperson(o.Title))))
        {
            person.AssumeCountry(voice);
        }
    }

    private static void AssignDatelineCountry(IEnumerable<PersonEntity> people, string country)
    {
        foreach (var person in people.Where(p => !p.ForOrganization && p.Offices.Count > 0 && p.Offices.TrueForAll(o => o.Country is null)))
        {
            person.AssumeCountry(country);
        }
    }

    /// <summary>
    /// A titled person with no stated country who is met on a visit to a country is taken to be its host there. The
    /// first participant is the one who travels or acts ("Trump cancelled a summit with Putin in Budapest"), not a host.
    /// </summary>
    private static void AssignHostCountries(List<MeetingDraft> meetings)
    {
        foreach (var meeting in meetings.Where(m => m.Country is not null))
        {
            foreach (var person in meeting.Participants.Skip(1).Where(p => p.Country is null && p.Offices.Count > 0 && !p.ForOrganization))
            {
                person.AssumeCountry(meeting.Country!);
            }
        }
    }

    /// <summary>
    /// Each body once: a listed body by its listed name (one node in the graph however articles write it), with the
    /// forms the article used and the body's other names as aliases; any other by its first form.
    /// </summary>
    private List<OrganizationMention> Organizations(List<Mention> mentions) =>
        mentions.Where(m => m.Kind == MentionKind.Organization)
            .GroupBy(m => m.Organization?.Name ?? NameFolding.Fold(m.Text))
            .Select(g =>
            {
                var name = g.First().Organization?.Name ?? g.First().Text;
                var forms = g.Select(m => m.Text).Concat(g.First().Organization?.Aliases ?? []);
                return new OrganizationMention(
                    name,
                    forms.Distinct(StringComparer.Ordinal).Where(f => f != name).ToList(),
                    g.Select(m => m.Country ?? _gazetteer.CountryIn(m.Text)).FirstOrDefault(c => c is not null));
            })
            .ToList();

    private List<string> Countries(List<Mention> mentions) =>
        mentions.Where(m => m.Kind == MentionKind.Country || (m.Kind == MentionKind.Place && m.IsCapital)).Select(m => m.Country)
            .Concat(mentions.Where(m => m.Kind == MentionKind.Organization).Select(m => m.Country ?? _gazetteer.CountryIn(m.Text)))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static List<PlaceMention> Places(List<Mention> mentions) =>
        mentions.Where(m => m.Kind == MentionKind.Place && m.Place is not null)
            .DistinctBy(m => m.Text)
            .Select(m => new PlaceMention(m.Text, m.Country, m.Place!.Kind))
            .ToList();

    /// <param name="headlineCall">The people of a headline that reports a call ("PM call with President Ruto").</param>
    private static List<MeetingDraft> MergeMeetings(List<MeetingDraft> drafts, string? headline, HashSet<PersonEntity> headlineCall)
    {
        // A headline's tense is not the story's ("Zelensky makes trip to meet Biden" reports a held meeting), nor its
        // grouping ("Biden hosts Kishida and Yoon" over a three-way summit): when the body reports the same people
        // meeting, the body's report stands alone.
        var body = drafts.Where(d => !IsHeadline(d)).ToList();
        // "PM call with President Ruto" over "The Prime Minister spoke to President Ruto today": the body's report
        // was the headline's call.
        for (var i = 0; i < drafts.Count; i++)
        {
            if (!drafts[i].ModeStated && drafts[i].Participants.Any(headlineCall.Contains))
            {
                drafts[i] = drafts[i] with { Mode = MeetingMode.Call, Place = null, Country = null, Rule = drafts[i].Rule + "; a call, by the headline" };
            }
        }

        drafts = drafts.Where(d => !IsHeadline(d) || !body.Exists(b => b.Participants.ToHashSet().IsSupersetOf(d.Participants))).ToList();
        bool IsHeadline(MeetingDraft draft) => headline is not null && draft.Evidence == headline.Trim();

        // "Trilateral Meeting with A and B" over "X met with A and B today in Tokyo": the body's meetings of the
        // headline's group are that one meeting, on the body's day and at its place.
        foreach (var group in drafts.Where(d => IsHeadline(d) && d.Participants.Count >= 3).ToList())
        {
            var parts = drafts.Where(d => !IsHeadline(d) && d.Status == group.Status && group.Participants.ToHashSet().IsSupersetOf(d.Participants)).ToList();
            if (parts.Count >= 2)
            {
                drafts.RemoveAll(parts.Contains);
                drafts[drafts.IndexOf(group)] = group with
                {
                    Date = parts[0].Date, Place = parts[0].Place, Country = parts[0].Country, Evidence = parts[0].Evidence,
                    Rule = group.Rule + $"; the headline's group over the body's {parts.Count} reports",
                };
            }
        }

        var merged = new List<MeetingDraft>();
        foreach (var draft in drafts)
        {
            var index = merged.FindIndex(m => m.Participants.ToHashSet().SetEquals(draft.Participants) && (m.Date == draft.Date || m.Date is null || draft.Date is null) && m.Status == draft.Status);
            if (index < 0)
            {
                merged.Add(draft);
                continue;
            }

            var existing = merged[index];
            // A headline states the meeting first, the dated body sentence states it fully: keep the fuller report.
            // Otherwise only the date carries over, since a place named in another sentence may be another event's.
            merged[index] = (existing.Date is null && draft.Date is not null ? draft : existing with { Date = existing.Date ?? draft.Date })
                with { Rule = existing.Rule + "; reported again: " + draft.Rule };
        }

        return merged;
    }

    private static void Explain(List<ExtractionReason> reasons, List<PersonEntity> people, Dictionary<PersonEntity, List<string>> fromText, List<MeetingDraft> meetings, DateOnly? published)
    {
        foreach (var person in people)
        {
            reasons.Add(new ExtractionReason("person", person.Name, string.Join("; ", person.Rules.DefaultIfEmpty("a bare name resolved to a person named earlier or already in the graph"))));
            if (person.Holder is { } holder)
            {
                reasons.Add(new ExtractionReason("person", person.Name, $"linked to office-holder {holder.Name} ({holder.Id})"));
            }

            var written = fromText.TryGetValue(person, out var titles) ? titles : [];
            foreach (var office in person.Offices)
            {
                var source = written.Contains(office.Title, StringComparer.OrdinalIgnoreCase)
                    ? "as the text writes it"
                    : $"from the office-holders table, held on {published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "an unknown day"}";
                reasons.Add(new ExtractionReason("office", $"{person.Name}: {office.Title}{(office.Country is null ? "" : " of " + office.Country)}", source));
            }
        }

        foreach (var meeting in meetings)
        {
            reasons.Add(new ExtractionReason("meeting", string.Join(" + ", meeting.Participants.Select(p => p.Name)), meeting.Rule));
        }
    }

    private static MeetingMention ToMention(MeetingDraft m) => new(
        m.Participants.Select(p => p.Name).ToList(),
        m.Status,
        m.Mode,
        m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        m.Place,
        m.Country,
        m.Evidence);

    /// <summary>Bylines and credits name journalists and agencies, not actors: "By Jane Doe", "By", "Web Desk".</summary>
    private bool IsByline(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        if (tokens.Count == 0)
        {
            return true;
        }

        if (tokens[0].Text == "By" && tokens.Count <= 8 && !tokens.Any(t => t.Text is "." && t != tokens[^1]))
        {
            return true;
        }

        // Only a sentence as short as an agency name ("Agence France-Presse") can be a bare credit; skip the
        // gazetteer for the rest, which the analysis pass runs anyway.
        var words = tokens.Count(t => t.IsWord);
        if (words > 4)
        {
            return false;
        }

        var found = _gazetteer.Find(tokens);
        return found.Count == 1 && found[0].Kind == MentionKind.NewsAgency && found[0].Length == words;
    }
}
