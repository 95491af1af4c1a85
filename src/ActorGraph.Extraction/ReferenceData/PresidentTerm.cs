namespace ActorGraph.Extraction.ReferenceData;

/// <param name="LeftOffice">Null while still in office.</param>
public sealed record PresidentTerm(string Id, string Name, DateOnly TookOffice, DateOnly? LeftOffice);
