using ActorGraph.Core.Annotation;
using ActorGraph.Core.Storage;

namespace ActorGraph.Extraction;

public interface IArticleExtractor
{
    /// <param name="knownActors">People already in the graph, recognised by name alone; empty when there is no store.</param>
    ArticleGraph Extract(ArticleInfo article, IReadOnlyList<KnownActor> knownActors, CancellationToken cancellationToken);

    /// <summary>Extracts as <see cref="Extract"/> does and says which rule produced each person, office and meeting.</summary>
    ExplainedExtraction Explain(ArticleInfo article, IReadOnlyList<KnownActor> knownActors, CancellationToken cancellationToken);
}
