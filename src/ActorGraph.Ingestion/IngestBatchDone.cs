namespace ActorGraph.Ingestion;

/// <summary>A committed batch of one file, for progress reports.</summary>
/// <param name="Position">Bytes of the file read so far (with the reader's buffer, so slightly ahead).</param>
public sealed record IngestBatchDone(string Path, IReadOnlyList<IngestOutcome> Outcomes, long Position, long Length);
