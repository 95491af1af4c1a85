namespace ActorGraph.Core.Annotation;

/// <summary>
/// Everything extracted from one article, in the shape of <c>actorgraph-article/1</c>
/// (shared/annotation-format.md): gold files and extractor output are both this record.
/// </summary>
public sealed record ArticleGraph(
    ArticleInfo Article,
    IReadOnlyList<PersonMention> Persons,
    IReadOnlyList<OrganizationMention> Organizations,
    IReadOnlyList<string> Countries,
    IReadOnlyList<PlaceMention> Places,
    IReadOnlyList<MeetingMention> Meetings)
{
    public const string SchemaName = "actorgraph-article/1";

    public string Schema { get; init; } = SchemaName;
}
