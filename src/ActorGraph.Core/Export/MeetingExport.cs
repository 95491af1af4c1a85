using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Core.Export;

/// <summary>
/// Meetings as CSV or JSON Lines, for people who go on in a spreadsheet, Gephi or pandas: the meetings the API's
/// <c>meetings</c> filter finds, oldest first, their people and sources read and written in chunks so a large store streams in bounded memory.
/// </summary>
public static class MeetingExport
{
    /// <summary>The CSV columns, in order.</summary>
    public static readonly IReadOnlyList<string> CsvColumns =
    [
        "id", "date", "end_date", "window_from", "window_to", "precision", "status", "mode", "place", "country",
        "participant_ids", "participants", "sources", "article_ids", "evidence",
    ];

    private const int Chunk = 500;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the given meetings (as found by <see cref="IGraphQueries.FindMeetingsAsync"/>) with their people and sources.</summary>
    public static async Task WriteAsync(IGraphQueries queries, IReadOnlyList<MeetingRecord> meetings, ExportFormat format, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentNullException.ThrowIfNull(output);
        if (format == ExportFormat.Csv)
        {
            await output.WriteLineAsync(string.Join(',', CsvColumns).AsMemory(), cancellationToken);
        }

        for (var start = 0; start < meetings.Count; start += Chunk)
        {
            var chunk = meetings.Skip(start).Take(Chunk).ToList();
            var people = await queries.GetPersonsByIdsAsync(chunk.SelectMany(m => m.ParticipantIds).ToHashSet(StringComparer.Ordinal), cancellationToken);
            var sources = await queries.GetSourcesByMeetingIdsAsync(chunk.ConvertAll(m => m.Id), cancellationToken);
            foreach (var meeting in chunk)
            {
                var names = meeting.ParticipantIds.Select(id => people.TryGetValue(id, out var p) ? p : new PersonSummary(id, id, null, [])).ToList();
                var reports = sources.GetValueOrDefault(meeting.Id) ?? [];
                var line = format == ExportFormat.Csv ? CsvLine(meeting, names, reports) : JsonLine(meeting, names, reports);
                await output.WriteLineAsync(line.AsMemory(), cancellationToken);
            }
        }
    }

    private static string CsvLine(MeetingRecord meeting, List<PersonSummary> people, IReadOnlyList<MeetingSource> sources) =>
        string.Join(',', new[]
        {
            meeting.Id, meeting.Date, meeting.EndDate, meeting.WindowFrom, meeting.WindowTo, EnumText.Of(meeting.Precision), EnumText.Of(meeting.Status),
            EnumText.Of(meeting.Mode), meeting.Place, meeting.Country, string.Join("; ", people.Select(p => p.Id)), string.Join("; ", people.Select(p => p.Name)),
            sources.Count.ToString(CultureInfo.InvariantCulture), string.Join("; ", sources.Select(s => s.ArticleId)), sources.FirstOrDefault(s => s.Evidence is not null)?.Evidence,
        }.Select(Cell));

    /// <summary>
    /// One RFC 4180 cell. Text from articles is untrusted: a cell a spreadsheet would run as a formula (=, +, -, @, tab,
    /// carriage return first) is prefixed with an apostrophe.
    /// </summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string JsonLine(MeetingRecord meeting, List<PersonSummary> people, IReadOnlyList<MeetingSource> sources) =>
        JsonSerializer.Serialize(new
        {
            meeting.Id,
            meeting.Date,
            meeting.EndDate,
            meeting.WindowFrom,
            meeting.WindowTo,
            Precision = EnumText.Of(meeting.Precision),
            Status = EnumText.Of(meeting.Status),
            Mode = EnumText.Of(meeting.Mode),
            meeting.Place,
            meeting.Country,
            Participants = people.Select(p => new { p.Id, p.Name, p.Country }),
            Sources = sources.Select(s => new { s.ArticleId, s.Title, s.Url, s.Source, s.PublishedAt, s.Evidence, s.RecordId }),
        }, Json);
}
