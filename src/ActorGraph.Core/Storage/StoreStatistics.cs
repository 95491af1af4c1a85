namespace ActorGraph.Core.Storage;

public sealed record StoreStatistics(int Articles, int Persons, int Meetings, int Countries, int Organizations, int Places);
