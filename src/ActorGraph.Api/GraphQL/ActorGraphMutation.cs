using ActorGraph.Api.GraphQL.Types;
using ActorGraph.Core;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.Storage;
using ActorGraph.Ingestion;
using GraphQL;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL;

/// <summary>The write side: every mutation needs the API key (see <see cref="Http.MutationsNeedApiKeyRule"/>).</summary>
public sealed class ActorGraphMutation : ObjectGraphType
{
    public ActorGraphMutation(ArticleIngestor ingestor, IGraphStore store, IGraphQueries queries, ReferenceCatalog catalog)
    {
        Name = "Mutation";

        Field<NonNullGraphType<SubmittedArticleType>>("submitArticle")
            .Description("Extracts an article and stores it with everything found in it, like a file dropped in the inbox. Idempotent: the same text again changes nothing.")
            .Argument<NonNullGraphType<ArticleSubmissionInputType>>("article")
            .ResolveAsync(async c =>
            {
                var submission = c.GetArgument<ArticleSubmission>("article");
                var article = await submission.ToArticleAsync(ingestor.Reader, c.CancellationToken);
                var outcome = await ingestor.IngestAsync(article, $"api: {article.Url ?? article.Title}", c.CancellationToken);
                return outcome.Succeeded ? outcome : throw new ExecutionError($"The article was not stored: {outcome.Error}") { Code = "INVALID_ARTICLE" };
            });

        Field<NonNullGraphType<MeetingEditType>>("mergeMeetings")
            .Description("Makes meetings of the same people one meeting (a wrong split corrected). Recorded: later ingests keep them together.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .ResolveAsync(async c => await EditAsync(() => store.MergeMeetingsAsync(c.GetArgument<List<string>>("ids"), c.CancellationToken)));

        Field<NonNullGraphType<MeetingEditType>>("splitMeeting")
            .Description("Takes the reports of the given articles out of a meeting as a meeting of their own (a wrong merge corrected); with no articles, " +
                "splits a meeting of two sources in two. Recorded: later ingests keep them apart.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("articles", "Article ids, as in the meeting's sources.")
            .ResolveAsync(async c => await EditAsync(() =>
                store.SplitMeetingAsync(c.GetArgument<string>("id"), c.GetArgument<List<string>?>("articles") ?? [], c.CancellationToken)));

        Field<NonNullGraphType<PersonType>>("mergePersons")
            .Description("Makes two people one (names the rules did not join): the kept person takes the other's names, offices, mentions and meetings. " +
                "Recorded: later articles naming either find the kept person.")
            .Argument<NonNullGraphType<StringGraphType>>("kept", "An id, or a name that resolves to one person.")
            .Argument<NonNullGraphType<StringGraphType>>("gone", "An id, or a name that resolves to one person.")
            .ResolveAsync(async c => await EditAsync(async () =>
            {
                var kept = await queries.ResolvePersonAsync(c.GetArgument<string>("kept"), c.CancellationToken);
                var gone = await queries.ResolvePersonAsync(c.GetArgument<string>("gone"), c.CancellationToken);
                await store.MergePersonsAsync(kept.Id, gone.Id, c.CancellationToken);
                return await queries.ResolvePersonAsync(kept.Id, c.CancellationToken);
            }));

        Field<NonNullGraphType<PersonType>>("splitPerson")
            .Description("Makes one person two (the rules joined two people of one name): the given articles' mentions, offices and meetings go to a new person, " +
                "which is returned. Recorded; give it a name or country that tells the two apart, so later articles find the right one.")
            .Argument<NonNullGraphType<StringGraphType>>("person", "An id, or a name that resolves to one person.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("articles", "The articles whose mention is the other person, as in a meeting's sources.")
            .Argument<StringGraphType>("name", "The other person's name (default: the same).")
            .Argument<StringGraphType>("country", "The other person's country, by code or name (default: the person's).")
            .ResolveAsync(async c => await EditAsync(async () =>
            {
                var person = await queries.ResolvePersonAsync(c.GetArgument<string>("person"), c.CancellationToken);
                var country = c.GetArgument<string?>("country") is { } given
                    ? catalog.FindCountryByAnyName(given)?.Code ?? throw new GraphEditException($"{InputEcho.Quote(given)} is not a country code or name the catalog knows.")
                    : null;
                var split = await store.SplitPersonAsync(person.Id, c.GetArgument<List<string>>("articles"), c.GetArgument<string?>("name"), country, c.CancellationToken);
                return await queries.ResolvePersonAsync(split.NewPersonId, c.CancellationToken);
            }));
    }

    private static async Task<T> EditAsync<T>(Func<Task<T>> edit)
    {
        try
        {
            return await edit();
        }
        catch (GraphEditException e)
        {
            throw new ExecutionError($"Nothing was changed: {e.Message}") { Code = "INVALID_EDIT" };
        }
    }
}
