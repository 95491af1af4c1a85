using ActorGraph.TestSupport;

namespace ActorGraph.Worker.Tests.Inbox;

/// <summary>History-state record files dropped in the inbox are imported like <c>actorgraph import history-state</c> does.</summary>
public sealed class RecordFilesTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Trip_and_visit_files_are_imported_once_and_other_xml_goes_to_failed()
    {
        using var folder = new WorkerFolder();
        var samples = Path.Combine(RepositoryFolders.Root, "samples", "history-state");
        var trips = Path.Combine(samples, "travels", "secretary-travels", "blinken-antony-j.xml");
        var tripCount = File.ReadAllText(trips).Split("<trip ").Length - 1;
        folder.DropBytes("blinken-antony-j.xml", File.ReadAllBytes(trips));
        folder.DropBytes("2020.xml", File.ReadAllBytes(Path.Combine(samples, "visits", "data", "2020.xml")));
        folder.DropText("notes.xml", "<notes><note>not a record</note></notes>");
        using var host = InProcessWorker.Build(folder);

        await host.StartAsync(TestContext.Current.CancellationToken);
        await InProcessWorker.WaitForAsync(() => WorkerFolder.FilesIn(folder.Processed).Length == 2 && File.Exists(Path.Combine(folder.Failed, "notes.xml")), Patience, "the two record files", folder);
        var first = await host.StatisticsAsync();
        folder.DropBytes("blinken-again.xml", File.ReadAllBytes(trips));
        await InProcessWorker.WaitForAsync(() => WorkerFolder.FilesIn(folder.Processed).Contains("blinken-again.xml"), Patience, "the same trips again", folder);
        var again = await host.StatisticsAsync();
        await host.StopAsync(TestContext.Current.CancellationToken);

        Assert.Contains("history-state records", File.ReadAllText(Path.Combine(folder.Failed, "notes.xml.reason.txt")), StringComparison.Ordinal);
        Assert.True(first.Articles > tripCount, $"{first.Articles} sources for {tripCount} trips and a year of visits");
        Assert.Equal(first, again); // the second copy changes nothing
        var motegi = folder.Query("""
            SELECT m.date || ' ' || m.end_date || ' ' || pl.name FROM meetings m JOIN places pl ON pl.id = m.place_id
            JOIN attended a ON a.meeting_id = m.id JOIN persons p ON p.id = a.person_id WHERE p.name = 'Toshimitsu Motegi' ORDER BY m.date;
            """, r => r.GetString(0));
        Assert.Equal("2021-03-15 2021-03-17 Tokyo", motegi[0]);
        var trumpsVisitors = folder.Query("""
            SELECT COUNT(*) FROM attended a JOIN persons p ON p.id = a.person_id WHERE p.id = 'person/donald-trump';
            """, r => r.GetInt64(0));
        Assert.True(trumpsVisitors[0] > 5, "2020's visits meet the President then in office, from the built-in terms");
    }
}
