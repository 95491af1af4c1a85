using System.Globalization;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.Identity;
using ActorGraph.Core.ReferenceData;
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

    public ArticleExtractor(ReferenceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _gazetteer = new Gazetteer(catalog);
    }

    public ArticleGraph Extract(ArticleInfo article, IReadOnlyList<KnownActor> knownActors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = TextNormalizer.Normalize(article.Text);
        var published = PublicationDateResolver.Resolve(article.PublishedAt, text);
        var sentences = SentenceSplitter.Split(text).Where(s => !IsByline(s)).DistinctBy(s => s.Text).ToList();

        // Pass 1: what each sentence says on its own; people with strong evidence (titles, appositives, "said").
        var registry = new PersonRegistry(_gazetteer.Catalog, knownActors);
        var analysed = new List<(Sentence Sentence, List<Mention> Mentions, List<NameSpan> Spans, List<PersonOccurrence> People)>();
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mentions = _gazetteer.Find(sentence.Tokens);
            OrganizationPatterns.Apply(sentence.Tokens, mentions);
            var spans = NameSpanFinder.Find(sentence.Tokens, mentions);
            var occurrences = PersonRecognizer.Find(sentence.Tokens, mentions, spans)
                .Select(c => new PersonOccurrence(registry.Add(c, sentence.Text), c.Span.Start, c.Span.End))
                .ToList();
            analysed.Add((sentence, mentions, spans, occurrences));
        }

        // Pass 2: bare names ("Blinken") resolve to people met in pass 1 or already in the graph.
        foreach (var (sentence, _, spans, occurrences) in analysed)
        {
            foreach (var span in spans.Where(s => !occurrences.Exists(o => o.Start == s.Start)))
            {
                if (ResolveSpan(registry, sentence, span) is { } occurrence)
                {
                    occurrences.Add(occurrence);
                }
            }

            occurrences.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        var meetings = new List<MeetingDraft>();
        PersonEntity? previousSubject = null;
        foreach (var (sentence, mentions, _, occurrences) in analysed)
        {
            meetings.AddRange(MeetingExtractor.Extract(sentence, mentions, occurrences, previousSubject, published));
            previousSubject = occurrences.Count > 0 ? occurrences[0].Person : previousSubject;
        }

        AssignHostCountries(meetings);
        var allMentions = analysed.SelectMany(a => a.Mentions).ToList();
        var mentioned = registry.People.Where(p => analysed.Exists(a => a.People.Exists(o => o.Person == p))).ToList();
        return new ArticleGraph(
            article with { PublishedAt = published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? article.PublishedAt },
            mentioned.Select(p => p.ToMention()).ToList(),
            Organizations(allMentions),
            Countries(allMentions),
            Places(allMentions),
            MergeMeetings(meetings));
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

    /// <summary>A titled person with no stated country who is met on a visit to a country is taken to be its host there.</summary>
    private static void AssignHostCountries(List<MeetingDraft> meetings)
    {
        foreach (var meeting in meetings.Where(m => m.Country is not null))
        {
            foreach (var person in meeting.Participants.Where(p => p.Country is null && p.Offices.Count > 0))
            {
                person.Country = meeting.Country;
                for (var i = 0; i < person.Offices.Count; i++)
                {
                    person.Offices[i] = person.Offices[i] with { Country = person.Offices[i].Country ?? meeting.Country };
                }
            }
        }
    }

    private List<OrganizationMention> Organizations(List<Mention> mentions) =>
        mentions.Where(m => m.Kind == MentionKind.Organization)
            .GroupBy(m => NameFolding.Fold(m.Text))
            .Select(g => new OrganizationMention(g.First().Text, [], g.Select(m => m.Country ?? _gazetteer.CountryIn(m.Text)).FirstOrDefault(c => c is not null)))
            .ToList();

    private List<string> Countries(List<Mention> mentions) =>
        mentions.Where(m => m.Kind == MentionKind.Country || (m.Kind == MentionKind.Place && m.IsCapital)).Select(m => m.Country)
            .Concat(mentions.Where(m => m.Kind == MentionKind.Organization).Select(m => _gazetteer.CountryIn(m.Text)))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static List<PlaceMention> Places(List<Mention> mentions) =>
        mentions.Where(m => m.Kind == MentionKind.Place && m.Place is not null)
            .DistinctBy(m => m.Text)
            .Select(m => new PlaceMention(m.Text, m.Country, m.Place!.Kind))
            .ToList();

    private static List<MeetingMention> MergeMeetings(List<MeetingDraft> drafts)
    {
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
            merged[index] = existing.Date is null && draft.Date is not null ? draft : existing with { Date = existing.Date ?? draft.Date };
        }

        return merged.Select(m => new MeetingMention(
            m.Participants.Select(p => p.Name).ToList(),
            m.Status,
            m.Mode,
            m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            m.Place,
            m.Country,
            m.Evidence)).ToList();
    }

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
