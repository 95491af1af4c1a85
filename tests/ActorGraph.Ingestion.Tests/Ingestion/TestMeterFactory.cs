using System.Diagnostics.Metrics;

namespace ActorGraph.Ingestion.Tests.Ingestion;

/// <summary>Meters for the ingestion metrics of a test, disposed with it.</summary>
internal sealed class TestMeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options);
        _meters.Add(meter);
        return meter;
    }

    public void Dispose() => _meters.ForEach(m => m.Dispose());
}
