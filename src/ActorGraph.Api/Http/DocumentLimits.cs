using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace ActorGraph.Api.Http;

/// <summary>
/// Counts a document's fragments, spreads and fields in one linear pass before validation, whose cost grows much faster
/// than that with fragment chains (1,900 fragments, each spreading the next, took 29 s of CPU). A document within the
/// limits goes on to the usual validation and complexity analysis, already parsed.
/// </summary>
internal static class DocumentLimits
{
    public const int MaxFragments = 100;
    public const int MaxFragmentSpreads = 500;
    public const int MaxFields = 5_000;

    /// <summary>
    /// The parsed document and null, or null and why it is refused. A document that does not parse is returned as
    /// (null, null): the executer parses it again and reports the syntax error as usual.
    /// </summary>
    /// <param name="maxDepth">The endpoint's depth limit, named when the parser gives up on a deeper document.</param>
    public static (GraphQLDocument? Document, string? Problem) Check(string query, int maxDepth)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            // Without this the executer's own parse says only "Error executing document.".
            return (null, $"The query is nested too deeply to read (past the parser's limit); this endpoint allows {maxDepth} levels.");
        }
        catch (GraphQLParserException)
        {
            return (null, null);
        }

        var counts = new Counts();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLFragmentDefinition fragment:
                    counts.Fragments++;
                    counts.Walk(fragment.SelectionSet);
                    break;
                case GraphQLOperationDefinition operation:
                    counts.Walk(operation.SelectionSet);
                    break;
            }

            if (counts.Problem() is { } problem)
            {
                return (null, problem);
            }
        }

        return (document, null);
    }

    private sealed class Counts
    {
        public int Fragments { get; set; }

        private int Spreads { get; set; }

        private int Fields { get; set; }

        /// <summary>Counts the selections; nesting is bounded by the parser's depth limit.</summary>
        public void Walk(GraphQLSelectionSet? selections)
        {
            foreach (var selection in selections?.Selections ?? [])
            {
                switch (selection)
                {
                    case GraphQLField field:
                        Fields++;
                        Walk(field.SelectionSet);
                        break;
                    case GraphQLFragmentSpread:
                        Spreads++;
                        break;
                    case GraphQLInlineFragment inline:
                        Walk(inline.SelectionSet);
                        break;
                }
            }
        }

        public string? Problem() =>
            Fragments > MaxFragments ? $"The document defines more than {MaxFragments} fragments."
            : Spreads > MaxFragmentSpreads ? $"The document spreads fragments more than {MaxFragmentSpreads} times."
            : Fields > MaxFields ? $"The document selects more than {MaxFields} fields."
            : null;
    }
}
