using ActorGraph.Ingestion;

namespace ActorGraph.Cli.Output;

/// <summary>What an ingest run did, counted as outcomes arrive. Keeps the first failures only, so memory stays flat.</summary>
internal sealed class IngestSummary
{
    public int Added { get; private set; }

    public int AlreadyStored { get; private set; }

    public int Persons { get; private set; }

    public int Meetings { get; private set; }

    public int Failed { get; private set; }

    public int Articles => Added + AlreadyStored + Failed;

    public List<IngestOutcome> Failures { get; } = [];

    public void Count(IngestOutcome outcome)
    {
        if (!outcome.Succeeded)
        {
            Failed++;
            if (Failures.Count < FileBatchIngestor.MaxFailuresKept)
            {
                Failures.Add(outcome);
            }

            return;
        }

        if (outcome.Created)
        {
            Added++;
            Persons += outcome.Persons;
            Meetings += outcome.Meetings;
        }
        else
        {
            AlreadyStored++;
        }
    }
}
