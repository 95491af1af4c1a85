using ActorGraph.Core.Annotation;

namespace ActorGraph.Core.Storage;

/// <summary>
/// One source's account of a meeting, as stored: which people, on which day or within which days, held, planned or
/// called off, in person or by call, where, and the sentence that says so. Meetings are derived from reports
/// (<see cref="MeetingClustering"/>), so the same reports give the same meetings in whatever order they arrived.
/// </summary>
/// <param name="Id">The article's id, '#', and the meeting's position among the article's meetings.</param>
/// <param name="ParticipantsKey">The participants' ids in ordinal order, joined by '|' (<see cref="Identity.NodeIds.ParticipantsKey"/>).</param>
/// <param name="Status">held, planned or cancelled.</param>
/// <param name="Mode">in_person, call or virtual.</param>
/// <param name="Gathering">The folded name of the summit or conference it is part of, or null (<see cref="Annotation.MeetingMention.Gathering"/>).</param>
public sealed record MeetingReport(
    string Id,
    string ArticleId,
    string ParticipantsKey,
    string? Date,
    string? EndDate,
    string Status,
    string Mode,
    string? PlaceId,
    string? Country,
    MeetingWindow? Window,
    string? Evidence,
    string? Gathering = null)
{
    /// <summary>
    /// The reports one meeting may be made of: those of the same people, or of the same gathering (whose meeting has
    /// the participants of all its reports).
    /// </summary>
    public string GroupKey => GroupKeyOf(ParticipantsKey, Gathering);

    public static string GroupKeyOf(string participantsKey, string? gathering) => gathering is null ? participantsKey : "gathering:" + gathering;

    public IReadOnlyList<string> Participants => ParticipantsKey.Split('|');

    /// <summary>
    /// The report once <paramref name="fromId"/> is <paramref name="toId"/> (a person merged the two, or split the
    /// report's article off to a new person); null when that leaves one participant (a merge of two people the report
    /// said met: it was of no meeting).
    /// </summary>
    public MeetingReport? WithPersonReplaced(string fromId, string toId)
    {
        var participants = Participants.Select(p => string.Equals(p, fromId, StringComparison.Ordinal) ? toId : p).Distinct(StringComparer.Ordinal).ToList();
        return participants.Count < 2 ? null : this with { ParticipantsKey = Identity.NodeIds.ParticipantsKey(participants) };
    }

    /// <summary>
    /// The report of the <paramref name="position"/>th meeting an article states, once its participants are stored
    /// people and its place a stored place: what both stores keep.
    /// </summary>
    public static MeetingReport Of(MeetingMention meeting, string articleId, int position, IEnumerable<string> participantIds, string? placeId, string? publishedAt)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var date = StoredValues.IsoDate(meeting.Date);
        return new MeetingReport(IdOf(articleId, position), articleId, Identity.NodeIds.ParticipantsKey(participantIds), date, StoredValues.EndDate(meeting, date),
            Model.EnumText.Of(meeting.Status), Model.EnumText.Of(meeting.Mode), placeId, StoredValues.CountryCode(meeting.Country), MeetingWindow.Of(meeting, publishedAt),
            meeting.Evidence, meeting.Gathering is null ? null : Identity.NameFolding.Fold(meeting.Gathering));
    }

    /// <summary>The id of the <paramref name="position"/>th meeting an article reports.</summary>
    public static string IdOf(string articleId, int position) => articleId + "#" + position.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
