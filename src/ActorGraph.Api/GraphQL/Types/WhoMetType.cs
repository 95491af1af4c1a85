using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

internal sealed class WhoMetType : ObjectGraphType<WhoMetRequest>
{
    public WhoMetType(IGraphQueries queries)
    {
        Name = "WhoMet";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.Source.Person);
        Connection<CounterpartType>("counterparts")
            .Description("Most frequent counterpart first.")
            .ResolveAsync(async c =>
            {
                var request = (WhoMetRequest)c.Source!;
                var offset = Paging.Offset(c.After);
                var page = await queries.CounterpartPageAsync(request.Person.Id, request.From, request.To, request.CounterpartOffice, offset, Paging.Size(c.First),
                    c.CancellationToken);
                return Paging.PageAt(page.Counterparts, offset, page.Total);
            });
    }
}
