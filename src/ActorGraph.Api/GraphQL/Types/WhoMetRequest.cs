using ActorGraph.Core.Storage;

namespace ActorGraph.Api.GraphQL.Types;

/// <summary>A <c>whoMet</c> question with its person resolved; the counterparts are read page by page when asked for.</summary>
internal sealed record WhoMetRequest(PersonSummary Person, string? From, string? To, string? CounterpartOffice);
