using ActorGraph.Api.GraphQL.Loaders;
using ActorGraph.Core.Storage;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class MeetingType : ObjectGraphType<MeetingRecord>
{
    public MeetingType()
    {
        Name = "Meeting";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<StringGraphType>("date").Description("ISO date (the first day of a visit); null when no source fixes it.").Resolve(c => c.Source.Date);
        Field<DateWindowType>("dateWindow")
            .Description("The days it may have taken place on; null when no report gave a day or a publication date.")
            .Resolve(c => c.Source.WindowFrom is null || c.Source.WindowTo is null ? null : c.Source);
        Field<NonNullGraphType<DatePrecisionType>>("precision").Description("How exactly the sources fix its date.").Resolve(c => c.Source.Precision);
        Field<StringGraphType>("endDate").Description("ISO date of the last day, for a meeting an official record gives as several days.").Resolve(c => c.Source.EndDate);
        Field<NonNullGraphType<MeetingStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<MeetingModeType>>("mode").Resolve(c => c.Source.Mode);
        Field<StringGraphType>("place").Resolve(c => c.Source.Place);
        Field<StringGraphType>("country").Description("ISO code of the country it took place in.").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("participants")
            .Description("Loaded in one batch for all meetings of a response.")
            .Resolve(c =>
            {
                var loader = c.Loaders().Persons;
                var pending = c.Source.ParticipantIds.Select(loader.Load).ToList();
                return new PersonListResult(pending);
            });
        Field<NonNullGraphType<IntGraphType>>("reports")
            .Description("How many articles and records report it (one meeting however often it was reported).")
            .Resolve(c => new SourceCountResult(c.Loaders().Sources.Load(c.Source.Id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Articles reporting the meeting with their evidence sentences, loaded in one batch.")
            .Resolve(c => c.Loaders().Sources.Load(c.Source.Id));
    }

    /// <summary>The number of a meeting's sources, from the same batch as every meeting's <c>sources</c>.</summary>
    private sealed class SourceCountResult(IDataLoaderResult<IReadOnlyList<MeetingSource>?> pending) : IDataLoaderResult<int>
    {
        public async Task<int> GetResultAsync(CancellationToken cancellationToken = default) =>
            (await pending.GetResultAsync(cancellationToken))?.Count ?? 0;

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    /// <summary>Waits for every participant of one meeting; all meetings' participants share one batch.</summary>
    private sealed class PersonListResult(List<IDataLoaderResult<PersonSummary?>> pending) : IDataLoaderResult<IReadOnlyList<PersonSummary>>
    {
        public async Task<IReadOnlyList<PersonSummary>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var people = new List<PersonSummary>(pending.Count);
            foreach (var p in pending)
            {
                if (await p.GetResultAsync(cancellationToken) is { } person)
                {
                    people.Add(person);
                }
            }

            return people;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
