using ActorGraph.Extraction.Records;

namespace ActorGraph.Ingestion.Records;

/// <summary>One element read from a records file: the record, or why it could not be read (nothing else is lost).</summary>
/// <param name="Position">Bytes of the file read so far, for progress.</param>
public sealed record OfficialRecordRead(OfficialRecord? Record, string? Error, string Origin, long Position);
