using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class CountryContactsType : ObjectGraphType<CountryContacts>
{
    public CountryContactsType()
    {
        Name = "CountryContacts";
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Connection<CountryContactType>("contacts")
            .Description("Counterpart countries, most meetings first.")
            .Resolve(c => Paging.Page(((CountryContacts)c.Source!).Contacts, c.First, c.After));
    }
}
