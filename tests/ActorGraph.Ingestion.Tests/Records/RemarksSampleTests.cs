using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Extraction.Records;
using ActorGraph.Ingestion.Records;
using ActorGraph.TestSupport;

namespace ActorGraph.Ingestion.Tests.Records;

/// <summary>
/// How well the import reads the people a trip's remarks name. remarks-sample.jsonl holds 100 trips drawn at random
/// (seed 20261124) from all 4,326 trips, each with the foreign people its remarks say the traveller met, written down
/// by hand as the remarks name them (see docs/history-state.md). A name counts only when it is exactly right.
/// </summary>
public sealed class RemarksSampleTests(ITestOutputHelper output)
{
    // Measured 2026-11-24: see docs/history-state.md. Floors sit just under, so a regression fails.
    private const double PrecisionFloor = 0.90;
    private const double RecallFloor = 0.82;
    private const double CountryAccuracyFloor = 0.95;

    private static readonly ReferenceCatalog Catalog = ReferenceCatalog.Default;

    [Fact]
    public async Task PeopleMet_MatchTheHandCheckedSample_AtOrAboveTheFloors()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var root = RepositoryFolders.Root;
        var presidents = await HistoryStateReader.ReadPresidentsAsync(Path.Combine(root, "samples", "history-state", HistoryStateLayout.PresidentsPath), cancellation);
        var mapper = new OfficialRecordMapper(Catalog);
        var lines = await File.ReadAllLinesAsync(Path.Combine(root, "tests", "ActorGraph.Ingestion.Tests", "Records", "remarks-sample.jsonl"), cancellation);
        Assert.Equal(100, lines.Length);

        int predicted = 0, gold = 0, correct = 0, countryRight = 0;
        foreach (var line in lines)
        {
            var sample = JsonSerializer.Deserialize<SampleTrip>(line, ArticleGraphJson.Options)!;
            var found = mapper.PeopleMet(sample.ToRecord(), presidents, cancellation);
            predicted += found.Count;
            gold += sample.People.Count;
            var unmatched = found.ToList();
            foreach (var person in sample.People)
            {
                var match = unmatched.FirstOrDefault(f => Catalog.FoldPersonName(f.Name) == Catalog.FoldPersonName(person.Name));
                if (match is null)
                {
                    output.WriteLine($"{sample.Id}: missed {person.Name}");
                    continue;
                }

                unmatched.Remove(match);
                correct++;
                if (match.Country == person.Country)
                {
                    countryRight++;
                }
                else
                {
                    output.WriteLine($"{sample.Id}: {person.Name} is {person.Country}, read as {match.Country ?? "no country"}");
                }
            }

            foreach (var extra in unmatched)
            {
                output.WriteLine($"{sample.Id}: added {extra.Name}");
            }
        }

        var precision = (double)correct / predicted;
        var recall = (double)correct / gold;
        var countryAccuracy = (double)countryRight / correct;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gold {gold}, extracted {predicted}, correct {correct}: precision {precision:F3}, recall {recall:F3}, F1 {2 * precision * recall / (precision + recall):F3}, country accuracy {countryAccuracy:F3}"));
        Assert.True(precision >= PrecisionFloor, $"precision {precision:F3} < {PrecisionFloor}");
        Assert.True(recall >= RecallFloor, $"recall {recall:F3} < {RecallFloor}");
        Assert.True(countryAccuracy >= CountryAccuracyFloor, $"country accuracy {countryAccuracy:F3} < {CountryAccuracyFloor}");
    }

    private sealed record SamplePerson(string Name, string Country);

    private sealed record SampleTrip(string Id, string Role, string Who, string Name, string StartDate, string EndDate, string CountryId, string Country,
        string Locale, string Remarks, IReadOnlyList<SamplePerson> People)
    {
        public OfficialRecord ToRecord() => new(
            Role == "president" ? OfficialRecordKind.PresidentTrip : OfficialRecordKind.SecretaryTrip, Id, Who, Name,
            DateOnly.ParseExact(StartDate, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(EndDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            CountryId, Country, Locale, Remarks, "remarks-sample.jsonl " + Id);
    }
}
