using ActorGraph.Core.Storage;
using GraphQL.Types;

namespace ActorGraph.Api.GraphQL.Types;

public sealed class StatsType : ObjectGraphType<StoreStatistics>
{
    public StatsType()
    {
        Name = "Stats";
        Field<NonNullGraphType<IntGraphType>>("articles").Description("Sources stored: news articles and official records.").Resolve(c => c.Source.Articles);
        Field<NonNullGraphType<IntGraphType>>("newsArticles").Description("Sources that are news articles.").Resolve(c => c.Source.NewsArticles);
        Field<NonNullGraphType<IntGraphType>>("officialRecords").Description("Sources that are official records (history-state visits and trips).").Resolve(c => c.Source.OfficialRecords);
        Field<NonNullGraphType<IntGraphType>>("persons").Description("People the sources name.").Resolve(c => c.Source.Persons);
        Field<NonNullGraphType<IntGraphType>>("meetings").Description("Meetings, however often each was reported.").Resolve(c => c.Source.Meetings);
        Field<NonNullGraphType<IntGraphType>>("meetingReports")
            .Description("Reports of meetings: one per meeting an article or record states (several reports may be one meeting).")
            .Resolve(c => c.Source.MeetingReports);
        Field<NonNullGraphType<IntGraphType>>("countries").Resolve(c => c.Source.Countries);
        Field<NonNullGraphType<IntGraphType>>("organizations").Resolve(c => c.Source.Organizations);
        Field<NonNullGraphType<IntGraphType>>("places").Resolve(c => c.Source.Places);
        Field<NonNullGraphType<IntGraphType>>("officeHolders").Description("People of the office-holders table (named by a source or not).").Resolve(c => c.Source.OfficeHolders);
        Field<NonNullGraphType<IntGraphType>>("officeTerms").Description("Terms of office from the office-holders table.").Resolve(c => c.Source.OfficeTerms);
    }
}
