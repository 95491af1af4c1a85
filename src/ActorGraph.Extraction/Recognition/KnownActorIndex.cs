using System.Collections;
using System.Collections.Immutable;
using ActorGraph.Core.Identity;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.Storage;

namespace ActorGraph.Extraction.Recognition;

/// <summary>
/// The people already in the graph, by every folded form an article may name them with (name, alias, surname).
/// Immutable: <see cref="With"/> returns a new index sharing the old one's structure, so the ingestor adds a batch's
/// people article by article without copying, and an extraction running meanwhile keeps the snapshot it was given.
/// Before the index, every article copied the whole known list and folded every known name again.
/// </summary>
public sealed class KnownActorIndex : IReadOnlyList<KnownActor>
{
    private readonly ReferenceCatalog _catalog;
    private readonly ImmutableList<KnownActor> _actors;
    private readonly ImmutableDictionary<string, ImmutableList<KnownActor>> _byForm;
    private readonly ImmutableHashSet<string> _names;

    private KnownActorIndex(ReferenceCatalog catalog, ImmutableList<KnownActor> actors, ImmutableDictionary<string, ImmutableList<KnownActor>> byForm,
        ImmutableHashSet<string> names)
    {
        _catalog = catalog;
        _actors = actors;
        _byForm = byForm;
        _names = names;
    }

    public static KnownActorIndex Empty(ReferenceCatalog catalog) =>
        new(catalog, [], ImmutableDictionary.Create<string, ImmutableList<KnownActor>>(StringComparer.Ordinal),
            ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>The index of <paramref name="actors"/>, reusing it when it is one already folded with the same catalog.</summary>
    public static KnownActorIndex Of(ReferenceCatalog catalog, IReadOnlyList<KnownActor> actors) =>
        actors is KnownActorIndex index && ReferenceEquals(index._catalog, catalog) ? index : Empty(catalog).With(actors);

    public int Count => _actors.Count;

    public KnownActor this[int index] => _actors[index];

    /// <summary>True when a known person has this name (ignoring case).</summary>
    public bool HasName(string name) => _names.Contains(name);

    /// <summary>The one known person a folded form names, or null when none or several do.</summary>
    public KnownActor? Find(string folded)
    {
        if (!_byForm.TryGetValue(folded, out var actors))
        {
            return null;
        }

        return actors.Count == 1 ? actors[0] : null;
    }

    public KnownActorIndex With(IEnumerable<KnownActor> added)
    {
        var actors = _actors.ToBuilder();
        var byForm = _byForm.ToBuilder();
        var names = _names.ToBuilder();
        foreach (var actor in added)
        {
            actors.Add(actor);
            names.Add(actor.Name);
            foreach (var form in FormsOf(actor))
            {
                var list = byForm.GetValueOrDefault(form) ?? [];
                if (!list.Contains(actor))
                {
                    byForm[form] = list.Add(actor);
                }
            }
        }

        return new KnownActorIndex(_catalog, actors.ToImmutable(), byForm.ToImmutable(), names.ToImmutable());
    }

    public IEnumerator<KnownActor> GetEnumerator() => _actors.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerable<string> FormsOf(KnownActor actor)
    {
        var name = _catalog.FoldPersonName(actor.Name);
        return actor.Aliases.Select(_catalog.FoldPersonName).Append(name).Append(NameFolding.Surname(name)).Where(form => form.Length > 0).Distinct(StringComparer.Ordinal);
    }
}
