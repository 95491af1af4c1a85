using ActorGraph.Core.Identity;

namespace ActorGraph.Core.ReferenceData.OfficeHolders;

/// <summary>
/// An office a user asks about. A term matches when its title is the one asked for, or, failing any such title in
/// the country on that day, when it is of <see cref="Kind"/> (and its title has <see cref="TitleWord"/>, if given).
/// </summary>
/// <param name="Text">As the user wrote it.</param>
/// <param name="TitleKey">The folded title asked for.</param>
/// <param name="Kind">The kind the words name, if any.</param>
/// <param name="TitleWord">A word the title must contain ("president" asks for presidents, not for kings).</param>
public sealed record OfficeQuery(string Text, string TitleKey, OfficeKind? Kind, string? TitleWord)
{
    public bool HasTitle(string title) => NameFolding.Fold(title) == TitleKey;

    public bool HasKind(OfficeKind kind, string title) =>
        Kind == kind && (TitleWord is null || $" {NameFolding.Fold(title)} ".Contains($" {TitleWord} ", StringComparison.Ordinal));

    /// <summary>
    /// The terms among <paramref name="candidates"/> that the query asks for: those with the title asked for if any
    /// has it, else those of the kind.
    /// </summary>
    public IReadOnlyList<T> Select<T>(IEnumerable<T> candidates, Func<T, string> title, Func<T, OfficeKind> kind)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(kind);
        var list = candidates.ToList();
        var byTitle = list.Where(c => HasTitle(title(c))).ToList();
        return byTitle.Count > 0 ? byTitle : list.Where(c => HasKind(kind(c), title(c))).ToList();
    }
}
