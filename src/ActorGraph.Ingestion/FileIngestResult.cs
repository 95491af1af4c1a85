namespace ActorGraph.Ingestion;

/// <param name="Stored">Articles stored over every run of the file (a resumed load counts its earlier batches too);
/// likewise <paramref name="AlreadyStored"/>, <paramref name="Failed"/> and <paramref name="Failures"/>. Persons and
/// meetings count this run only.</param>
/// <param name="ResumedAfterLine">The checkpoint this load started from (0: the top of the file).</param>
/// <param name="Completed">False when the load was stopped between batches; the checkpoint says where.</param>
/// <param name="Failures">The failed articles, the first <see cref="FileBatchIngestor.MaxFailuresKept"/> of them.</param>
public sealed record FileIngestResult(string Path, int Stored, int AlreadyStored, int Failed, int Persons, int Meetings, int ResumedAfterLine, bool Completed, IReadOnlyList<IngestOutcome> Failures)
{
    public int Read => Stored + AlreadyStored + Failed;
}
