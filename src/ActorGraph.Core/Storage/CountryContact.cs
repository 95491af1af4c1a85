namespace ActorGraph.Core.Storage;

/// <summary>A counterpart country and the number of meetings between people acting for the two countries.</summary>
public sealed record CountryContact(string Code, string Name, int Meetings);
