using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;

namespace ActorGraph.Extraction.ReferenceData;

/// <summary>
/// Reads the office-holders folder (shared/data/officeholders: countries/*/holders21.csv with meta.json, the 2021+
/// leaders, current foreign ministers and international posts; ABOUT.md gives each file's last change) into
/// classified rows and the name labels seen for each person.
/// </summary>
internal sealed partial class OfficeHolderSources(ReferenceCatalog catalog, OfficeKinds kinds, OfficeHolderReport report)
{
    /// <summary>Repositories whose jurisdiction name the catalog does not know, by what they are.</summary>
    private static readonly Dictionary<string, string> JurisdictionCodes = new(StringComparer.Ordinal)
    {
        ["madagascar-ministers"] = "MG",     // meta.json is an unfilled template
        ["paraguay-ministers"] = "PY",       // "Paraguary"
        ["congo-brazzaville"] = "CG",
        ["congo-kinshasa-ministers"] = "CD",
        ["ivory-coast"] = "CI",
        ["micronesia-ministers"] = "FM",
        ["denmark-cabinet"] = "DK",
        ["netherlands-cabinet"] = "NL",
        ["bvi-ministers"] = "VG",
        ["caymans-ministers"] = "KY",
        ["turks-and-caicos-ministers"] = "TC",
        ["st-kitts-and-nevis-cabinet"] = "KN",
        ["st-lucia-cabinet"] = "LC",
        ["st-vincent-and-the-grenadines"] = "VC",
        ["sao-tome-and-principe"] = "ST",
        ["timor-leste-ministers"] = "TL",
        ["palestine"] = "PS",
        ["kosovo-cabinet"] = "XK",
        ["hong-kong"] = "HK",
        ["taiwan"] = "TW",
        ["aland-cabinet"] = "AX",
        ["anguilla-cabinet"] = "AI",
        ["aruba-ministers"] = "AW",
        ["bermuda-cabinet"] = "BM",
        ["cabo-verde"] = "CV",
        ["faroes-ministers"] = "FO",
        ["isle-of-man-cabinet"] = "IM",
        ["jersey-cabinet"] = "JE",
        ["montserrat-ministers"] = "MS",
    };

    /// <summary>Sub-national and disputed entities: no ISO 3166-1 code, and their officials do not act for a state.</summary>
    private static readonly HashSet<string> SkippedRepositories = new(StringComparer.Ordinal)
    {
        "scotland-cabinet", "wales-cabinet", "northern-ireland-ministers", "abkhazia-ministers", "south-ossetia", "artsakh-ministers",
        "donetsk", "luhansk-ministers", "northern-cyprus", "somaliland",
    };

    public List<SourceTerm> Primary { get; } = [];

    /// <summary>Leaders of 2021+ (years only) and current foreign ministers: added where the primary rows lack them.</summary>
    public List<SourceTerm> Secondary { get; } = [];

    /// <summary>Every name label each person has in any file (Wikidata labels change between runs), with the English Wikipedia title.</summary>
    public Dictionary<string, List<string>> Labels { get; } = new(StringComparer.Ordinal);

    public void Read(string folder, CancellationToken cancellationToken)
    {
        var changed = ReadChangeDates(Path.Combine(folder, "ABOUT.md"));
        foreach (var repo in Directory.EnumerateDirectories(Path.Combine(folder, "countries")).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(repo);
            var file = Path.Combine(repo, "holders21.csv");
            if (!File.Exists(file))
            {
                continue;
            }

            if (CountryOf(repo) is not { } country)
            {
                report.SkippedJurisdictions.Add(name);
                continue;
            }

            ReadHolders(file, $"countries/{name}", country, changed.GetValueOrDefault(name), cancellationToken);
        }

        ReadHolders(Path.Combine(folder, "world", "holders21.csv"), "world", null, changed.GetValueOrDefault("world/holders21.csv"), cancellationToken);
        ReadLeaders(Path.Combine(folder, "world-leaders-2021.csv"), changed.GetValueOrDefault("world-leaders-2021.csv"), cancellationToken);
        ReadForeignMinisters(Path.Combine(folder, "world", "foreign-ministers.csv"), changed.GetValueOrDefault("world/foreign-ministers.csv"), cancellationToken);
    }

    /// <summary>"Prime Minister of Montenegro" → "Prime Minister", "Minister of Foreign Affairs (Myanmar)" → "Minister of Foreign Affairs".</summary>
    public static string CleanTitle(string title, CountryEntry? country)
    {
        var cleaned = Parenthetical().Replace(title.Trim(), "").Trim();
        if (country is not null)
        {
            foreach (var name in country.Names.Append(country.Name).Distinct().OrderByDescending(n => n.Length))
            {
                foreach (var suffix in new[] { " of the " + name, " of " + name })
                {
                    if (cleaned.Length > suffix.Length && cleaned.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                    {
                        cleaned = cleaned[..^suffix.Length].Trim();
                    }
                }
            }
        }

        return cleaned.Length > 0 ? char.ToUpperInvariant(cleaned[0]) + cleaned[1..] : title;
    }

    private void ReadHolders(string file, string origin, string? country, DateOnly? changed, CancellationToken cancellationToken)
    {
        var entry = country is null ? null : catalog.FindCountry(country);
        using var reader = File.OpenText(file);
        var line = 1;
        foreach (var row in CsvRows.Read(reader))
        {
            cancellationToken.ThrowIfCancellationRequested();
            line++;
            report.RowsRead++;
            var qid = row.GetValueOrDefault("personID", "").Trim();
            var label = row.GetValueOrDefault("person", "").Trim();
            var position = row.GetValueOrDefault("position", "").Trim();
            if (qid.Length == 0 || label.Length == 0 || position.Length == 0)
            {
                continue;
            }

            AddLabel(qid, label);
            if (row.GetValueOrDefault("enwiki") is { Length: > 0 } enwiki)
            {
                AddLabel(qid, Parenthetical().Replace(enwiki, "").Trim());
            }

            if (country is null && position.StartsWith("Permanent Representative", StringComparison.Ordinal))
            {
                report.RowsWithoutCountry++; // which state they represented is not said
                continue;
            }

            var title = CleanTitle(position, entry);
            var kind = country is null ? OfficeKind.InternationalOfficial : kinds.Classify(title, country);
            Primary.Add(Term(qid, label, kind, title, country, row.GetValueOrDefault("start"), row.GetValueOrDefault("end"), changed, "wikidata", $"{origin}:{line}"));
        }
    }

    private void ReadLeaders(string file, DateOnly? changed, CancellationToken cancellationToken)
    {
        using var reader = File.OpenText(file);
        var line = 1;
        foreach (var row in CsvRows.Read(reader))
        {
            cancellationToken.ThrowIfCancellationRequested();
            line++;
            report.RowsRead++;
            var qid = row.GetValueOrDefault("officeholder", "").Trim();
            var label = row.GetValueOrDefault("officeholderLabel", "").Trim();
            if (qid.Length == 0 || label.Length == 0 || catalog.FindCountryByAnyName(row.GetValueOrDefault("country", "")) is not { } entry)
            {
                continue;
            }

            AddLabel(qid, label);
            var title = CleanTitle(row.GetValueOrDefault("positionLabel", ""), entry);
            var kind = kinds.Classify(title, entry.Code);
            if (kind is not (OfficeKind.HeadOfState or OfficeKind.HeadOfGovernment))
            {
                continue; // the file lists heads of state and government only; a title we cannot tell apart stays out
            }

            Secondary.Add(Term(qid, label, kind, title, entry.Code, row.GetValueOrDefault("start_year"), row.GetValueOrDefault("end_year"), changed, "wikidata", $"world-leaders-2021.csv:{line}"));
        }
    }

    private void ReadForeignMinisters(string file, DateOnly? changed, CancellationToken cancellationToken)
    {
        using var reader = File.OpenText(file);
        var line = 1;
        foreach (var row in CsvRows.Read(reader))
        {
            cancellationToken.ThrowIfCancellationRequested();
            line++;
            report.RowsRead++;
            var qid = row.GetValueOrDefault("person", "").Trim();
            var label = row.GetValueOrDefault("name", "").Trim();
            if (qid.Length == 0 || label.Length == 0 || catalog.FindCountryByAnyName(row.GetValueOrDefault("countryLabel", "")) is not { } entry)
            {
                continue;
            }

            AddLabel(qid, label);
            var title = CleanTitle(row.GetValueOrDefault("positionLabel", "Minister of Foreign Affairs"), entry);
            Secondary.Add(Term(qid, label, OfficeKind.ForeignMinister, title, entry.Code, row.GetValueOrDefault("start"), null, changed, "wikidata", $"world/foreign-ministers.csv:{line}"));
        }
    }

    private SourceTerm Term(string qid, string label, OfficeKind kind, string title, string? country, string? start, string? end, DateOnly? changed, string source, string origin)
    {
        var from = ReadDate(start);
        var to = ReadDate(end);
        if (from is { } f && to is { } t && t < f)
        {
            // A start and an end entered in each other's field: most such rows read right swapped.
            (from, to) = (t, f);
            report.SwappedDates++;
        }

        return new SourceTerm(qid, label, kind, title, country, from, to, to is null ? changed : null, source, origin);
    }

    private PartialDate? ReadDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date))
        {
            return date;
        }

        report.UnreadableDates++; // e.g. "2014s": a decade is no bound
        return null;
    }

    private void AddLabel(string qid, string label)
    {
        if (label.Length == 0)
        {
            return;
        }

        if (!Labels.TryGetValue(qid, out var list))
        {
            Labels[qid] = list = [];
        }

        list.Add(label);
    }

    private string? CountryOf(string repo)
    {
        var name = Path.GetFileName(repo);
        if (SkippedRepositories.Contains(name))
        {
            return null;
        }

        if (JurisdictionCodes.TryGetValue(name, out var code))
        {
            return code;
        }

        var meta = Path.Combine(repo, "meta.json");
        if (!File.Exists(meta))
        {
            return null;
        }

        using var stream = File.OpenRead(meta);
        using var document = JsonDocument.Parse(stream);
        var jurisdiction = document.RootElement.TryGetProperty("jurisdiction", out var j) && j.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
        var trimmed = jurisdiction.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? jurisdiction[4..] : jurisdiction;
        return catalog.FindCountryByAnyName(trimmed)?.Code ?? catalog.FindCountryByAnyName(jurisdiction)?.Code;
    }

    /// <summary>The "changed" column of ABOUT.md's coverage table (repository → date its holders21.csv last changed) and of its file table.</summary>
    private static Dictionary<string, DateOnly> ReadChangeDates(string about)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        if (!File.Exists(about))
        {
            return dates;
        }

        foreach (var line in File.ReadAllLines(about))
        {
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            // Coverage rows: | repo | jurisdiction | QID | rows | cols | changed | commit |
            if (cells.Length >= 8 && DateOnly.TryParseExact(cells[6], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var changed))
            {
                dates[cells[1]] = changed;
            }

            // File rows: | `file` | upstream | rows | last changed upstream |, e.g. "2022-10-10 (commit be7039c)".
            else if (cells.Length >= 6 && DateOnly.TryParseExact(cells[4].Split(' ')[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var fileChanged))
            {
                dates[cells[1].Trim('`')] = fileChanged;
            }
        }

        return dates;
    }

    [GeneratedRegex(@"\s*\([^)]*\)\s*$")]
    private static partial Regex Parenthetical();
}
