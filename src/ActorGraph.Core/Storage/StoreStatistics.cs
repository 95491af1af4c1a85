namespace ActorGraph.Core.Storage;

/// <param name="Articles">Sources stored: news articles and official records.</param>
/// <param name="Persons">People the sources (articles and records) name.</param>
/// <param name="Countries">Countries the sources refer to.</param>
/// <param name="OfficeHolders">People of the office-holders table, named by a source or not.</param>
/// <param name="OfficeTerms">Terms of office from the table.</param>
/// <param name="Meetings">Meetings, however often each was reported.</param>
/// <param name="MeetingReports">Reports of meetings: each source's account of one (several may be one meeting).</param>
/// <param name="OfficialRecords">Of <paramref name="Articles"/>, the official records (history-state visits and trips).</param>
public sealed record StoreStatistics(int Articles, int Persons, int Meetings, int Countries, int Organizations, int Places, int OfficeHolders = 0, int OfficeTerms = 0,
    int MeetingReports = 0, int OfficialRecords = 0)
{
    /// <summary>Sources that are news articles, not official records.</summary>
    public int NewsArticles => Articles - OfficialRecords;
}
