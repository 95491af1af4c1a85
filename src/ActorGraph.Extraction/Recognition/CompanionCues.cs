namespace ActorGraph.Extraction.Recognition;

/// <summary>
/// Where a sentence names people who join the meeting just reported: after <see cref="After"/> ("accompanied by A")
/// or before <see cref="Before"/> ("A also took part"); -1 when the sentence has no such cue.
/// </summary>
internal readonly record struct CompanionCues(int After, int Before)
{
    /// <summary>A run of name words in a companion position is a person even without a title ("accompanied by Jane Doe").</summary>
    public bool Names(NameSpan span) => (After >= 0 && span.Start >= After) || (Before >= 0 && span.End <= Before && span.Start < Before);

    public List<PersonEntity> Companions(IReadOnlyList<PersonOccurrence> people)
    {
        var (after, before) = (After, Before);
        return people
            .Where(p => (after >= 0 && p.Start >= after) || (before >= 0 && p.End <= before))
            .Select(p => p.Person)
            .Distinct()
            .ToList();
    }
}
