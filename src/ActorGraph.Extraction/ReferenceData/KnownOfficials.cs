using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.Resources;

namespace ActorGraph.Extraction.ReferenceData;

/// <summary>
/// Reference data generated from the Office of the Historian's records (tools/refdata/generate-officials.sh): the US
/// Presidents' terms, and the officials the records name with their countries and offices, which the extractor
/// uses to recognise officials in articles ("Prime Minister Netanyahu" is Benjamin Netanyahu, of Israel).
/// </summary>
public sealed class KnownOfficials(PresidentTerms presidents, IReadOnlyList<KnownOfficial> officials)
{
    public const string ResourceName = "ActorGraph.Extraction.known-officials.json";

    private static readonly Lazy<KnownOfficials> LazyDefault = new(Load);

    public static KnownOfficials Default => LazyDefault.Value;

    /// <summary>No officials: recognition by the rules alone (the import itself reads records this way).</summary>
    public static KnownOfficials None { get; } = new(new PresidentTerms([]), []);

    public PresidentTerms Presidents { get; } = presidents;

    public IReadOnlyList<KnownOfficial> Officials { get; } = officials;

    public static KnownOfficials Read(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var presidents = root.GetProperty("presidents").EnumerateArray().Select(p => new PresidentTerm(
            p.GetProperty("id").GetString()!,
            p.GetProperty("name").GetString()!,
            DateOnly.ParseExact(p.GetProperty("tookOffice").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            p.GetProperty("leftOffice").GetString() is { } left ? DateOnly.ParseExact(left, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null));
        var officials = root.GetProperty("officials").Deserialize<List<KnownOfficial>>(ArticleGraphJson.Options) ?? [];
        return new KnownOfficials(new PresidentTerms(presidents), officials);
    }

    private static KnownOfficials Load()
    {
        using var stream = EmbeddedFile.Open(typeof(KnownOfficials).Assembly, ResourceName);
        return Read(stream);
    }
}
