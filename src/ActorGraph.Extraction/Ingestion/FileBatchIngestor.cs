namespace ActorGraph.Extraction.Ingestion;

/// <summary>
/// Streams one file (a JSON Lines file of any size, or a single article) into the store in batches of
/// <c>batchSize</c> articles, one transaction each, saving a checkpoint after every committed batch so a stopped or
/// killed load resumes after the last committed batch. Memory is one batch, whatever the file's size.
/// </summary>
public sealed class FileBatchIngestor(ArticleIngestor ingestor, TimeProvider time)
{
    public const int MaxFailuresKept = 1000;

    /// <param name="checkpoints">Where to keep checkpoints; null loads without resuming.</param>
    /// <param name="onBatch">Called after each committed batch.</param>
    /// <param name="stopToken">Ends the load at the next batch boundary (graceful stop): the batch in hand is finished.</param>
    /// <param name="cancellationToken">Aborts at once; the batch in hand is rolled back.</param>
    public async Task<FileIngestResult> IngestAsync(string path, int batchSize, IngestCheckpoints? checkpoints, Action<IngestBatchDone>? onBatch,
        CancellationToken stopToken, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var checkpoint = checkpoints is null ? null : await checkpoints.OpenAsync(path, cancellationToken);
        var resumedAfter = checkpoint?.Line ?? 0;
        var (stored, already, failed, persons, meetings) = (checkpoint?.Stored ?? 0, checkpoint?.AlreadyStored ?? 0, checkpoint?.Failed ?? 0, 0, 0);
        var failures = new List<IngestOutcome>(checkpoint?.Failures ?? []);
        var batch = new List<Reading.ArticleRecord>(batchSize);

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        async Task CommitAsync()
        {
            var outcomes = await ingestor.IngestBatchAsync(batch, cancellationToken);
            foreach (var outcome in outcomes)
            {
                if (!outcome.Succeeded)
                {
                    failed++;
                    if (failures.Count < MaxFailuresKept)
                    {
                        failures.Add(outcome);
                    }
                }
                else
                {
                    _ = outcome.Created ? stored++ : already++;
                    persons += outcome.Persons;
                    meetings += outcome.Meetings;
                }
            }

            var lastLine = batch[^1].Line;
            if (checkpoint is not null && lastLine > 0)
            {
                await checkpoint.SaveAsync(lastLine, (stored, already, failed), failures, time.GetUtcNow(), cancellationToken);
            }

            batch.Clear();
            onBatch?.Invoke(new IngestBatchDone(path, outcomes, stream.Position, stream.Length));
        }

        var completed = true;
        await foreach (var record in ingestor.Reader.ReadStreamAsync(stream, path, cancellationToken, resumedAfter))
        {
            batch.Add(record);
            if (batch.Count < batchSize)
            {
                continue;
            }

            await CommitAsync();
            if (stopToken.IsCancellationRequested)
            {
                completed = false;
                break;
            }
        }

        if (completed && batch.Count > 0)
        {
            await CommitAsync();
        }

        if (completed)
        {
            checkpoint?.Complete();
        }

        return new FileIngestResult(path, stored, already, failed, persons, meetings, resumedAfter, completed, failures);
    }
}
