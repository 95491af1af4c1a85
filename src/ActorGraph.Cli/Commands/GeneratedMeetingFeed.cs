using System.Globalization;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.Model;

namespace ActorGraph.Cli.Commands;

/// <summary>
/// Extracted graphs for a store of many meetings, generated without text (<c>bench --query-store</c>): reports that
/// each state a few meetings between people drawn by popularity, as news is (a few people meet very often, most
/// rarely), from a population that grows with the number of meetings, so a store ten times larger has more people
/// and not only busier ones. The same seed and size always give the same graphs.
/// </summary>
internal sealed class GeneratedMeetingFeed
{
    public const int MeetingsPerArticle = 4;

    /// <summary>Four meetings per person at most 160,000 people: the unique surnames four syllables of twenty make.</summary>
    public const int MaxMeetings = 640_000;

    private static readonly string[] GivenNames =
    [
        "Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kofi", "Lena", "Marco", "Nadia", "Omar", "Petra",
        "Quentin", "Rosa", "Sami", "Tomas", "Ula", "Viktor", "Wanda", "Xavier", "Yara", "Zoran",
    ];

    private static readonly string[] Syllables = ["ka", "lo", "mir", "ten", "sa", "vel", "dor", "ni", "ban", "ru", "zet", "mo", "ha", "pel", "gri", "os", "tu", "lan", "ve", "cor"];

    private static readonly (string City, string Country)[] Places =
    [
        ("Geneva", "CH"), ("Vienna", "AT"), ("Brussels", "BE"), ("Paris", "FR"), ("Berlin", "DE"), ("Rome", "IT"), ("Madrid", "ES"), ("London", "GB"),
        ("Washington", "US"), ("New York", "US"), ("Tokyo", "JP"), ("Beijing", "CN"), ("Seoul", "KR"), ("New Delhi", "IN"), ("Jakarta", "ID"),
        ("Canberra", "AU"), ("Ottawa", "CA"), ("Mexico City", "MX"), ("Brasília", "BR"), ("Buenos Aires", "AR"), ("Cairo", "EG"), ("Nairobi", "KE"),
        ("Pretoria", "ZA"), ("Ankara", "TR"), ("Riyadh", "SA"), ("Doha", "QA"), ("Moscow", "RU"), ("Kyiv", "UA"), ("Warsaw", "PL"), ("Stockholm", "SE"),
    ];

    private static readonly DateOnly FirstDay = new(1990, 1, 1);
    private static readonly int Days = new DateOnly(2025, 12, 31).DayNumber - FirstDay.DayNumber;

    private readonly int _meetings;
    private readonly double[] _cumulativeWeights;

    public GeneratedMeetingFeed(int meetings)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(meetings, MeetingsPerArticle);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(meetings, MaxMeetings);
        _meetings = meetings;
        People = Math.Max(200, meetings / 4);
        _cumulativeWeights = new double[People];
        var total = 0.0;
        for (var rank = 0; rank < People; rank++)
        {
            // Zipf-like popularity: the person of rank r is in about 1/r^0.8 as many meetings as the busiest.
            total += 1.0 / Math.Pow(rank + 1, 0.8);
            _cumulativeWeights[rank] = total;
        }
    }

    public int People { get; }

    public int Articles => _meetings / MeetingsPerArticle;

    /// <summary>The name of the person of a popularity rank (0 is the busiest): unique, with a surname no one else has.</summary>
    public static string NameOf(int rank)
    {
        // Ranks are spread over the 20^4 syllable combinations by a multiplier prime to their count, so each is unique.
        var code = (int)((rank * 7919L + 54_321) % 160_000);
        var surname = string.Concat(Enumerable.Range(0, 4).Select(i => Syllables[code / (int)Math.Pow(Syllables.Length, i) % Syllables.Length]));
        return GivenNames[rank % GivenNames.Length] + " " + char.ToUpperInvariant(surname[0]) + surname[1..];
    }

    public static string CountryOf(int rank) => Places[(rank * 7) % Places.Length].Country;

    public IEnumerable<ArticleGraph> Graphs(int seed = 7)
    {
        var random = new Random(seed);
        for (var article = 0; article < Articles; article++)
        {
            var meetings = new List<MeetingMention>(MeetingsPerArticle);
            var persons = new Dictionary<int, PersonMention>();
            var places = new Dictionary<string, PlaceMention>(StringComparer.Ordinal);
            var sentences = new List<string>(MeetingsPerArticle);
            for (var i = 0; i < MeetingsPerArticle; i++)
            {
                var count = random.NextDouble() < 0.8 ? 2 : 3;
                var ranks = new HashSet<int>();
                while (ranks.Count < count)
                {
                    ranks.Add(Draw(random));
                }

                var names = ranks.Select(NameOf).ToList();
                foreach (var rank in ranks)
                {
                    persons.TryAdd(rank, new PersonMention(NameOf(rank), [], CountryOf(rank), []));
                }

                var (city, country) = Places[random.Next(Places.Length)];
                places.TryAdd(city, new PlaceMention(city, country));
                var date = FirstDay.AddDays(random.Next(Days)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var roll = random.NextDouble();
                var status = roll < 0.9 ? MeetingStatus.Held : roll < 0.95 ? MeetingStatus.Planned : MeetingStatus.Cancelled;
                var mode = random.NextDouble() < 0.8 ? MeetingMode.InPerson : MeetingMode.Call;
                var sentence = string.Create(CultureInfo.InvariantCulture, $"{string.Join(" and ", names)} met in {city} on {date}.");
                sentences.Add(sentence);
                meetings.Add(new MeetingMention(names, status, mode, date, city, country, sentence));
            }

            var text = string.Join(' ', sentences);
            var info = new ArticleInfo(
                string.Create(CultureInfo.InvariantCulture, $"Generated report {article}"), text,
                string.Create(CultureInfo.InvariantCulture, $"https://bench.invalid/report/{article}"), "generated",
                meetings.Max(m => m.Date));
            yield return new ArticleGraph(info, persons.Values.ToList(), [], places.Values.Select(p => p.Country!).Distinct(StringComparer.Ordinal).ToList(),
                places.Values.ToList(), meetings);
        }
    }

    private int Draw(Random random)
    {
        var target = random.NextDouble() * _cumulativeWeights[^1];
        var index = Array.BinarySearch(_cumulativeWeights, target);
        return index >= 0 ? index : Math.Min(~index, People - 1);
    }
}
