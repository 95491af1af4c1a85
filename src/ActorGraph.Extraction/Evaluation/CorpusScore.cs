namespace ActorGraph.Extraction.Evaluation;

/// <summary>The scores of one article or, added up, of a corpus.</summary>
public sealed record CorpusScore(
    int Articles,
    MetricScore Persons,
    MetricScore Offices,
    MetricScore Countries,
    MetricScore Organizations,
    MetricScore MeetingPairs,
    AccuracyScore MeetingStatus,
    AccuracyScore MeetingDate,
    AccuracyScore MeetingPlace)
{
    public static CorpusScore Empty { get; } = new(
        0,
        new("persons", 0, 0, 0),
        new("offices", 0, 0, 0),
        new("countries", 0, 0, 0),
        new("organizations", 0, 0, 0),
        new("meeting pairs", 0, 0, 0),
        new("meeting status", 0, 0),
        new("meeting date", 0, 0),
        new("meeting place", 0, 0));

    /// <summary>Offices compared on their folded titles alone, without normalising variants (a stricter view of <see cref="Offices"/>).</summary>
    public MetricScore OfficesAsWritten { get; init; } = new("offices as written", 0, 0, 0);

    public IEnumerable<MetricScore> Metrics => [Persons, Offices, OfficesAsWritten, Countries, Organizations, MeetingPairs];

    public IEnumerable<AccuracyScore> Accuracies => [MeetingStatus, MeetingDate, MeetingPlace];

    public CorpusScore Add(CorpusScore other) => new(
        Articles + other.Articles,
        Persons.Add(other.Persons),
        Offices.Add(other.Offices),
        Countries.Add(other.Countries),
        Organizations.Add(other.Organizations),
        MeetingPairs.Add(other.MeetingPairs),
        MeetingStatus.Add(other.MeetingStatus),
        MeetingDate.Add(other.MeetingDate),
        MeetingPlace.Add(other.MeetingPlace))
    {
        OfficesAsWritten = OfficesAsWritten.Add(other.OfficesAsWritten),
    };
}
