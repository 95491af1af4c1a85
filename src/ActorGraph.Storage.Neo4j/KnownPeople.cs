using ActorGraph.Core.Identity;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Neo4j.Http;

namespace ActorGraph.Storage.Neo4j;

/// <summary>
/// The stored people a batch's mentions could be, as the lookups returned them, kept up to date while the
/// batch's people are resolved one after another (so a later "Blinken" finds the "Antony Blinken" before it).
/// </summary>
internal sealed class KnownPeople
{
    private readonly Dictionary<string, Entry> _byId = new(StringComparer.Ordinal);
    private readonly HashSet<string> _takenIds = new(StringComparer.Ordinal);

    public KnownPeople(IReadOnlyList<CypherResult> lookups)
    {
        // Lookups (Neo4jBatchWriter.Lookups): 0 articles stored, 1 by name key, 2 by alias key, 3 ids taken, 4 by Wikidata item, 5 by surname.
        foreach (var result in lookups.Skip(1).Take(2).Concat(lookups.Skip(4)))
        {
            foreach (var row in result.Rows)
            {
                var id = row[0].RequiredString();
                _byId[id] = new Entry(new StoredPerson(id, row[1].RequiredString(), row[2].NullableString(), row[6].NullableString()), row[3].RequiredString(),
                    row[4].RequiredString(), [.. row[5].StringList()]);
            }
        }

        foreach (var row in lookups[3].Rows)
        {
            _takenIds.Add(row[0].RequiredString());
        }
    }

    public IEnumerable<StoredPerson> ByKeys(IReadOnlyCollection<string> keys) =>
        _byId.Values.Where(e => keys.Contains(e.NameKey) || e.AliasKeys.Overlaps(keys)).Select(e => e.Person).OrderBy(p => p.Id, StringComparer.Ordinal);

    public IEnumerable<StoredPerson> ByWikidataId(string? wikidataId) =>
        wikidataId is null ? [] : _byId.Values.Where(e => e.Person.WikidataId == wikidataId).Select(e => e.Person);

    public IEnumerable<StoredPerson> BySurname(string key) =>
        _byId.Values.Where(e => e.SurnameKey == key).Select(e => e.Person).OrderBy(p => p.Id, StringComparer.Ordinal);

    public bool IsTaken(string id) => _takenIds.Contains(id) || _byId.ContainsKey(id);

    /// <summary>Records what this article has just decided about a person, as the store will hold it after commit.</summary>
    /// <param name="newNameKey">The name key when the name changes (a new person, or a fuller name); null to keep it.</param>
    public void Remember(string id, string name, string? newNameKey, string? country, string? wikidataId, IEnumerable<string> aliasKeys)
    {
        if (_byId.TryGetValue(id, out var entry))
        {
            entry.AliasKeys.UnionWith(aliasKeys);
            var nameKey = newNameKey ?? entry.NameKey;
            _byId[id] = entry with
            {
                Person = entry.Person with { Name = name, Country = entry.Person.Country ?? country, WikidataId = entry.Person.WikidataId ?? wikidataId },
                NameKey = nameKey,
                SurnameKey = newNameKey is null ? entry.SurnameKey : NameFolding.Surname(nameKey),
            };
            return;
        }

        var key = newNameKey ?? "";
        _byId[id] = new Entry(new StoredPerson(id, name, country, wikidataId), key, NameFolding.Surname(key), [.. aliasKeys]);
    }

    private sealed record Entry(StoredPerson Person, string NameKey, string SurnameKey, HashSet<string> AliasKeys);
}
