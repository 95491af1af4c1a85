using ActorGraph.Core.Annotation;

namespace ActorGraph.Extraction.Recognition;

/// <summary>A name span that the sentence itself shows to be a person (a title, an honorific, "said").</summary>
/// <param name="Alias">The surface form with a royal title ("King Abdullah") when the name is the bare given name.</param>
internal sealed record PersonCandidate(NameSpan Span, string Name, string? Alias, OfficeMention? Office)
{
    /// <summary>
    /// "his Chinese counterpart Wang Yi": the person holds the same office as the sentence's other office holder,
    /// for this country. Resolved once bare names are known (<see cref="ArticleExtractor"/>).
    /// </summary>
    public string? CounterpartOf { get; init; }

    /// <summary>The country the person acts for when no office says it ("Venezuelan leader Nicolas Maduro").</summary>
    public string? Country { get; init; }

    /// <summary>True when the office is an international body's ("NATO Secretary-General"): the person acts for no country.</summary>
    public bool ForOrganization { get; init; }

    /// <summary>Further titles written before the one next to the name ("Cabinet Secretary for Foreign Affairs Ambassador X").</summary>
    public IReadOnlyList<OfficeMention> MoreOffices { get; init; } = [];

    /// <summary>Which rule found the person, for <c>extract --explain</c>.</summary>
    public string Rule { get; init; } = "name";

    /// <summary>The office-holders table's person, when a title without a name named them ("the Chinese foreign minister").</summary>
    public Core.ReferenceData.OfficeHolders.OfficeHolder? Holder { get; init; }
}
