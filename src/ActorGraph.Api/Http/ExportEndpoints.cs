using ActorGraph.Api.GraphQL;
using ActorGraph.Core.Export;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using Microsoft.Extensions.Options;

namespace ActorGraph.Api.Http;

/// <summary>
/// <c>GET /export/meetings.csv</c> and <c>/export/meetings.jsonl</c>: the meetings as a download, with the filters of
/// the GraphQL <c>meetings</c> field as query parameters (participant, country, from, to, status, counterpartOffice).
/// </summary>
internal static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapActorGraphExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/meetings.{format}", async (HttpContext http, string format, IGraphQueries queries, IOptions<ApiOptions> options) =>
        {
            if (options.Value.RequireApiKeyForQueries && !ApiKeys.IsValid(http.Request, options.Value.ApiKey))
            {
                return Results.Problem($"This server needs an API key for every request: send it in the {ApiKeys.HeaderName} header.", statusCode: StatusCodes.Status401Unauthorized);
            }

            var kind = format switch
            {
                "csv" => ExportFormat.Csv,
                "jsonl" => ExportFormat.JsonLines,
                _ => (ExportFormat?)null,
            };
            var query = http.Request.Query;
            var status = query["status"].ToString();
            if (kind is null || (status.Length > 0 && status is not ("held" or "planned" or "cancelled")))
            {
                return Results.Problem("Ask for meetings.csv or meetings.jsonl; status is held, planned or cancelled.", statusCode: StatusCodes.Status400BadRequest);
            }

            var filter = new MeetingFilter(Value(query["participant"]), Value(query["country"]), Value(query["from"]), Value(query["to"]),
                status.Length > 0 ? EnumText.Status(status) : null, Value(query["counterpartOffice"]));
            IReadOnlyList<MeetingRecord> meetings;
            try
            {
                meetings = await queries.FindMeetingsAsync(filter, http.RequestAborted);
            }
            catch (Exception e) when (e is PersonResolutionException or ArgumentException)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
            }

            return Results.Stream(async body =>
            {
                await using var writer = new StreamWriter(body, new System.Text.UTF8Encoding(false));
                await MeetingExport.WriteAsync(queries, meetings, kind.Value, writer, http.RequestAborted);
            }, kind == ExportFormat.Csv ? "text/csv; charset=utf-8" : "application/jsonl; charset=utf-8", "meetings." + format);
        });
        return endpoints;
    }

    private static string? Value(Microsoft.Extensions.Primitives.StringValues value) => string.IsNullOrWhiteSpace(value) ? null : value.ToString();
}
