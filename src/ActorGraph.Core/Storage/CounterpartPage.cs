namespace ActorGraph.Core.Storage;

/// <summary>One page of a person's counterparts, ranked as <see cref="IGraphQueries.WhoMetAsync"/> ranks them, and how many there are in all.</summary>
public sealed record CounterpartPage(IReadOnlyList<Counterpart> Counterparts, int Total)
{
    /// <summary>The page of a whole ranked list: from <paramref name="offset"/> on, at most <paramref name="take"/>.</summary>
    public static CounterpartPage Of(IReadOnlyList<Counterpart> all, int offset, int take)
    {
        ArgumentNullException.ThrowIfNull(all);
        return new CounterpartPage(all.Skip(offset).Take(take).ToList(), all.Count);
    }
}
