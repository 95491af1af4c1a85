using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Linq;
using ActorGraph.Extraction.Records;
using ActorGraph.Extraction.ReferenceData;

namespace ActorGraph.Ingestion.Records;

/// <summary>
/// Streams the Office of the Historian's XML (visits and trips) one element at a time, so memory holds one record
/// whatever the file's size. A record with a missing or malformed field is reported and skipped; a file that stops
/// being well-formed XML is reported from that point on. DTDs and external entities are refused.
/// </summary>
public static class HistoryStateReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        Async = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        MaxCharactersFromEntities = 1024,
    };

    /// <summary>True when the file's root element is <c>visits</c> or <c>trips</c> (the worker's test for an inbox .xml file).</summary>
    public static bool IsRecordFile(string path)
    {
        try
        {
            var settings = Settings.Clone();
            settings.Async = false;
            using var reader = XmlReader.Create(path, settings);
            return reader.MoveToContent() == XmlNodeType.Element && reader.LocalName is "visits" or "trips";
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static async IAsyncEnumerable<OfficialRecordRead> ReadFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        using var reader = XmlReader.Create(stream, Settings);
        var name = Path.GetFileName(path);
        var index = 0;
        string? error = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            XElement? element;
            try
            {
                element = await NextElementAsync(reader, cancellationToken);
            }
            catch (XmlException e)
            {
                error = $"not well-formed XML at line {e.LineNumber}, column {e.LinePosition}: {e.Message}";
                element = null;
            }

            if (element is null)
            {
                if (error is not null)
                {
                    yield return new OfficialRecordRead(null, error, $"{name} after record {index}", stream.Length);
                }

                yield break;
            }

            index++;
            var origin = $"{name} record {index}";
            OfficialRecord? record = null;
            string? problem = null;
            try
            {
                record = Parse(element, origin);
            }
            catch (InvalidDataException e)
            {
                // Parse names the record in its message; here the origin travels beside the problem, so it is said once.
                var prefix = origin + ": ";
                problem = e.Message.StartsWith(prefix, StringComparison.Ordinal) ? e.Message[prefix.Length..] : e.Message;
            }

            yield return new OfficialRecordRead(record, problem, origin, stream.Position);
        }
    }

    /// <summary>Reads <c>presidents.xml</c>: each president's id, name and term dates.</summary>
    public static async Task<PresidentTerms> ReadPresidentsAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        await using var stream = File.OpenRead(path);
        using var reader = XmlReader.Create(stream, Settings);
        var terms = new List<PresidentTerm>();
        while (await NextElementAsync(reader, cancellationToken) is { } element)
        {
            if (element.Name.LocalName != "president")
            {
                continue;
            }

            var origin = $"{Path.GetFileName(path)} president {Text(element, "id") ?? "?"}";
            terms.Add(new PresidentTerm(
                Required(element, "id", origin),
                Required(element, "name", origin),
                Date(element, "took-office-date", origin),
                Text(element, "left-office-date") is { Length: > 0 } ? Date(element, "left-office-date", origin) : null));
        }

        return new PresidentTerms(terms);
    }

    /// <summary>The next child element of the root, read whole (a record is small); null at the end.</summary>
    private static async Task<XElement?> NextElementAsync(XmlReader reader, CancellationToken cancellationToken)
    {
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1)
            {
                return (XElement)await XNode.ReadFromAsync(reader, cancellationToken);
            }

            if (!await reader.ReadAsync())
            {
                break;
            }
        }

        return null;
    }

    private static OfficialRecord Parse(XElement element, string origin)
    {
        var kind = element.Name.LocalName switch
        {
            "visit" => OfficialRecordKind.Visit,
            "trip" when (string?)element.Attribute("role") == "president" => OfficialRecordKind.PresidentTrip,
            "trip" when (string?)element.Attribute("role") == "secretary" => OfficialRecordKind.SecretaryTrip,
            "trip" => throw new InvalidDataException($"{origin}: trip role \"{(string?)element.Attribute("role")}\" is neither president nor secretary."),
            var other => throw new InvalidDataException($"{origin}: <{other}> is not a visit or trip."),
        };
        var visit = kind == OfficialRecordKind.Visit;
        var country = element.Element(visit ? "from" : "country") ?? throw new InvalidDataException($"{origin}: no <{(visit ? "from" : "country")}>.");
        var start = Date(element, "start-date", origin);
        var end = Text(element, "end-date") is { Length: > 0 } ? Date(element, "end-date", origin) : start;
        return new OfficialRecord(
            kind,
            Required(element, "id", origin),
            visit ? null : (string?)element.Attribute("who"),
            Required(element, visit ? "visitor" : "name", origin),
            start,
            end < start ? start : end,
            (string?)country.Attribute("id") ?? "",
            Normalize(country.Value),
            visit ? null : Text(element, "locale"),
            Text(element, visit ? "description" : "remarks") ?? "",
            origin);
    }

    private static string? Text(XElement element, string name) => element.Element(name) is { } child ? Normalize(child.Value) : null;

    private static string Required(XElement element, string name, string origin) =>
        Text(element, name) is { Length: > 0 } text ? text : throw new InvalidDataException($"{origin}: <{name}> is missing or empty.");

    private static DateOnly Date(XElement element, string name, string origin)
    {
        var text = Required(element, name, origin);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidDataException($"{origin}: <{name}> \"{text}\" is not a yyyy-MM-dd date.");
    }

    /// <summary>Record text wraps across lines in the XML: one space between words.</summary>
    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
