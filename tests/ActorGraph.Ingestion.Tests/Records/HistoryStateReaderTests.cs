using ActorGraph.Extraction.Records;
using ActorGraph.Ingestion.Records;

namespace ActorGraph.Ingestion.Tests.Records;

public sealed class HistoryStateReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-records-").FullName;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Trips_AreReadWithTheirKindDatesAndWrappedRemarksOnOneLine()
    {
        var file = Write("blinken.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <trips>
                <trip role="secretary" who="blinken-antony-j">
                    <id>3992</id><role>secretary</role><name>Antony John Blinken</name>
                    <start-date>2021-03-15</start-date><end-date>2021-03-17</end-date>
                    <country id="japan">Japan</country><locale>Tokyo</locale>
                    <remarks>Attended the U.S.-Japan Security Consultative Committee meeting and met with
                        Minister for Foreign Affairs Toshimitsu Motegi.</remarks>
                </trip>
                <trip role="president" who="biden-joseph-r">
                    <id>4109</id><role>president</role><name>Joseph R. Biden</name>
                    <start-date>2022-07-15</start-date><end-date>2022-07-16</end-date>
                    <country id="saudi-arabia">Saudi Arabia</country><locale>Jeddah</locale>
                    <remarks>Met with King Salman.</remarks>
                </trip>
            </trips>
            """);

        var reads = await ReadAsync(file);

        Assert.All(reads, r => Assert.Null(r.Error));
        var blinken = reads[0].Record!;
        Assert.Equal((OfficialRecordKind.SecretaryTrip, "history-state/trip/3992", "blinken-antony-j"), (blinken.Kind, blinken.RecordId, blinken.Who));
        Assert.Equal((new DateOnly(2021, 3, 15), new DateOnly(2021, 3, 17)), (blinken.StartDate, blinken.EndDate));
        Assert.Equal(("japan", "Japan", "Tokyo"), (blinken.CountryId, blinken.CountryName, blinken.Locale));
        Assert.Equal("Attended the U.S.-Japan Security Consultative Committee meeting and met with Minister for Foreign Affairs Toshimitsu Motegi.", blinken.Remarks);
        Assert.Equal(OfficialRecordKind.PresidentTrip, reads[1].Record!.Kind);
        Assert.True(HistoryStateReader.IsRecordFile(file));
    }

    [Fact]
    public async Task Visits_AreReadWithVisitorAndDescription()
    {
        var file = Write("2020.xml", """
            <visits><visit><id>2991</id><start-date>2020-01-07</start-date><end-date>2020-01-07</end-date>
            <visitor>Prime Minister Kyriakos Mitsotakis</visitor><from id="greece">Greece</from>
            <description>Official Working Visit.</description></visit></visits>
            """);

        var visit = Assert.Single(await ReadAsync(file)).Record!;

        Assert.Equal((OfficialRecordKind.Visit, "history-state/visit/2991", "Prime Minister Kyriakos Mitsotakis", "greece", "Official Working Visit."),
            (visit.Kind, visit.RecordId, visit.Name, visit.CountryId, visit.Remarks));
        Assert.Null(visit.Who);
    }

    [Fact]
    public async Task ABadRecord_IsReportedWithWhy_AndTheOthersAreRead()
    {
        var file = Write("bad.xml", """
            <visits>
              <visit><id>1</id><start-date>1990-13-01</start-date><visitor>King Hussein</visitor><from id="jordan">Jordan</from></visit>
              <visit><id>2</id><visitor>King Hussein</visitor><from id="jordan">Jordan</from></visit>
              <visit><id>3</id><start-date>1990-04-01</start-date><visitor>King Hussein</visitor><from id="jordan">Jordan</from></visit>
            </visits>
            """);

        var reads = await ReadAsync(file);

        Assert.Equal(3, reads.Count);
        Assert.Contains("\"1990-13-01\" is not a yyyy-MM-dd date", reads[0].Error, StringComparison.Ordinal);
        Assert.Contains("<start-date> is missing", reads[1].Error, StringComparison.Ordinal);
        Assert.Equal("bad.xml record 2", reads[1].Origin);
        Assert.Equal(new DateOnly(1990, 4, 1), reads[2].Record!.EndDate); // no end date: a one-day visit
    }

    [Fact]
    public async Task BrokenXml_IsReportedFromWhereItBreaks_AfterTheRecordsBefore()
    {
        var file = Write("broken.xml", """
            <visits>
              <visit><id>1</id><start-date>1990-04-01</start-date><visitor>King Hussein</visitor><from id="jordan">Jordan</from></visit>
              <visit><id>2</id><start-date>1990-04-02
            """);

        var reads = await ReadAsync(file);

        Assert.NotNull(reads[0].Record);
        var failure = Assert.Single(reads, r => r.Error is not null);
        Assert.Contains("not well-formed XML", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dtds_AreRefused_SoEntitiesCannotExpand()
    {
        var file = Write("dtd.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE visits [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <visits><visit><id>1</id><start-date>1990-04-01</start-date><visitor>&b;</visitor><from id="x">X</from></visit></visits>
            """);

        var failure = Assert.Single(await ReadAsync(file));

        Assert.Null(failure.Record);
        Assert.Contains("DTD", failure.Error, StringComparison.OrdinalIgnoreCase);
        Assert.False(HistoryStateReader.IsRecordFile(file));
    }

    [Fact]
    public async Task Presidents_GiveWhoWasInOffice_TheIncomingOneOnInaugurationDay()
    {
        var file = Write("presidents.xml", """
            <presidents>
              <source-url>x</source-url>
              <president n="45"><id>trump-donald-j</id><name>Donald J. Trump</name><took-office-date>2017-01-20</took-office-date><left-office-date>2021-01-20</left-office-date></president>
              <president n="46"><id>biden-joseph-r</id><name>Joseph R. Biden</name><took-office-date>2021-01-20</took-office-date><left-office-date>2025-01-20</left-office-date></president>
              <president n="47"><id>trump-donald-j</id><name>Donald J. Trump</name><took-office-date>2025-01-20</took-office-date><left-office-date/></president>
            </presidents>
            """);

        var terms = await HistoryStateReader.ReadPresidentsAsync(file, Cancellation);

        Assert.Equal("Donald J. Trump", terms.InOffice(new DateOnly(2020, 1, 7))!.Name);
        Assert.Equal("Joseph R. Biden", terms.InOffice(new DateOnly(2021, 1, 20))!.Name);
        Assert.Equal("Donald J. Trump", terms.InOffice(new DateOnly(2026, 11, 24))!.Name);
        Assert.Null(terms.InOffice(new DateOnly(1900, 1, 1)));
    }

    [Fact]
    public void Layout_OfAFolderWithoutRecords_SaysWhatItExpected()
    {
        var error = Assert.Throws<InvalidDataException>(() => HistoryStateLayout.Locate(_folder));
        Assert.Contains("visits", error.Message, StringComparison.Ordinal);
        Assert.Throws<DirectoryNotFoundException>(() => HistoryStateLayout.Locate(Path.Combine(_folder, "missing")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string xml)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, xml);
        return path;
    }

    private static async Task<List<OfficialRecordRead>> ReadAsync(string file)
    {
        var reads = new List<OfficialRecordRead>();
        await foreach (var read in HistoryStateReader.ReadFileAsync(file, Cancellation))
        {
            reads.Add(read);
        }

        return reads;
    }
}
