namespace ActorGraph.Core.Storage;

public sealed record CountryContacts(string Code, string Name, IReadOnlyList<CountryContact> Contacts);
