namespace ActorGraph.Ingestion;

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
        var (opened, openError) = Reading.ArticleReader.OpenFile(path);
        if (opened is null)
        {
            // Reported like any unreadable article (logged, counted), as reading the file whole would report it.
            var outcome = (await ingestor.IngestBatchAsync([Reading.ArticleRecord.Failed(path, openError!)], cancellationToken))[0];
            return new FileIngestResult(path, 0, 0, 1, 0, 0, 0, true, [outcome]);
        }

        await using var stream = opened;

        // Only JSON Lines files have lines to resume after; a file holding one article is simply read again.
        var resumable = checkpoints is not null && Reading.ArticleReader.FormatOf(path, []) == Reading.ArticleFormat.JsonLines;
        var checkpoint = resumable ? await checkpoints!.OpenAsync(stream, cancellationToken) : null;
        var resumedAfter = checkpoint?.Line ?? 0;
        var (stored, already, failed, persons, meetings) = (checkpoint?.Stored ?? 0, checkpoint?.AlreadyStored ?? 0, checkpoint?.Failed ?? 0, 0, 0);
        var failures = new List<IngestOutcome>(checkpoint?.Failures ?? []);
        var batch = new List<Reading.ArticleRecord>(batchSize);

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
