using ActorGraph.Core.ReferenceData;

namespace ActorGraph.Extraction.Recognition;

/// <summary>
/// A recognised phrase in a sentence, over tokens [<see cref="Start"/>, <see cref="End"/>), with <see cref="Text"/>
/// the form of it the graph uses (a title's normalised form, an organization's form as written).
/// <see cref="Country"/> is the ISO code the phrase refers to or belongs to, when it has one.
/// </summary>
internal sealed record Mention(MentionKind Kind, int Start, int End, string Text, string? Country)
{
    public TitleEntry? Title { get; init; }

    public PlaceEntry? Place { get; init; }

    /// <summary>The listed body an organization mention names, whatever form the text used ("UN" for the United Nations).</summary>
    public OrganizationEntry? Organization { get; init; }

    /// <summary>True for a country named by a capital city ("Tehran"), which is also a place.</summary>
    public bool IsCapital { get; init; }

    public int Length => End - Start;
}
