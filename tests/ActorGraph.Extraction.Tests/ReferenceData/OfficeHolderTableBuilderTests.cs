using ActorGraph.Core.Annotation;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.ReferenceData.OfficeHolders;
using ActorGraph.Extraction.ReferenceData;

namespace ActorGraph.Extraction.Tests.ReferenceData;

/// <summary>Each cleaning rule of the office-holders generator (officeholders.ABOUT.md), on small invented tables.</summary>
public sealed class OfficeHolderTableBuilderTests : IDisposable
{
    private const string Header10 = "position,person,personID,start,end,gender,DOB,DOD,image,enwiki";
    private readonly string _folder = Directory.CreateTempSubdirectory("officeholders-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Country(string repo, string jurisdiction, params string[] rows)
    {
        var dir = Path.Combine(_folder, "countries", repo);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "meta.json"), $$"""{ "jurisdiction": { "name": "{{jurisdiction}}", "id": "Q1" } }""");
        File.WriteAllLines(Path.Combine(dir, "holders21.csv"), rows.Prepend(Header10));
    }

    private (IReadOnlyList<OfficeHolder> Holders, OfficeHolderReport Report) Build(string? supplement = null, KnownOfficials? officials = null,
        string[]? leaders = null, string[]? foreignMinisters = null)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "world"));
        File.WriteAllLines(Path.Combine(_folder, "world", "holders21.csv"), ["position,person,personID,start,end",
            "Secretary-General of the United Nations,Kofi Annan,Q1254,1997-01-01,2006-12-31",
            "Permanent Representative to the United Nations,Basile Ikouébé,Q58135,1998,2007"]);
        File.WriteAllLines(Path.Combine(_folder, "world-leaders-2021.csv"), (leaders ?? []).Prepend("countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year"));
        File.WriteAllLines(Path.Combine(_folder, "world", "foreign-ministers.csv"), (foreignMinisters ?? []).Prepend("person,name,country,countryLabel,position,positionLabel,start,psid"));
        File.WriteAllLines(Path.Combine(_folder, "ABOUT.md"), ["| repo | jurisdiction | QID | rows | cols | changed | commit |", "| --- |", "| ghana-ministers | Ghana | Q117 | 2 | 10 | 2022-07-05 | 6c84164 |"]);
        string? supplementFile = null;
        if (supplement is not null)
        {
            supplementFile = Path.Combine(_folder, "supplement.csv");
            File.WriteAllText(supplementFile, "country,kind,title,person,start,end,confirmedUntil,source\n" + supplement);
        }

        var builder = new OfficeHolderTableBuilder(ReferenceCatalog.Default, OfficeKinds.Default);
        var holders = builder.Build(_folder, supplementFile, officials ?? KnownOfficials.None, TestContext.Current.CancellationToken);
        return (holders, builder.Report);
    }

    private static OfficeHolder Person(IReadOnlyList<OfficeHolder> holders, string name) => Assert.Single(holders, h => h.Name == name);

    private static string Span(OfficeTerm term) => $"{term.From}..{term.To}";

    [Fact]
    public void Build_EndBeforeStart_SwapsTheDates()
    {
        Country("ghana-ministers", "Ghana", "Minister of Health,Ama Mensah,Q900001,2010-05-01,2009-01-01,,,,,");
        var (holders, report) = Build();
        Assert.Equal("2009-01-01..2010-05-01", Span(Assert.Single(Person(holders, "Ama Mensah").Terms)));
        Assert.Equal(1, report.SwappedDates);
    }

    [Fact]
    public void Build_UnreadableDate_IsNoBound()
    {
        Country("ghana-ministers", "Ghana", "Minister of Health,Ama Mensah,Q900001,2014s,2016,,,,,");
        var (holders, report) = Build();
        Assert.Equal("..2016", Span(Assert.Single(Person(holders, "Ama Mensah").Terms)));
        Assert.Equal(1, report.UnreadableDates);
    }

    [Fact]
    public void Build_DuplicateAndTouchingRows_BecomeOneTerm()
    {
        Country("ghana-ministers", "Ghana",
            "Minister of Health,Ama Mensah,Q900001,2010-01-01,2012-01-01,,,,,",
            "Minister of Health,Ama Mensah,Q900001,2010-01-01,2012-01-01,,,,,",
            "Minister of Health,Ama Mensah,Q900001,2012-01-02,2014-01-01,,,,,",
            "Minister of Health,Ama Mensah,Q900001,2016-01-01,2017-01-01,,,,,");
        var (holders, report) = Build();
        Assert.Equal(["2010-01-01..2014-01-01", "2016-01-01..2017-01-01"], Person(holders, "Ama Mensah").Terms.Select(Span));
        Assert.Equal(1, report.ExactDuplicates);
    }

    [Fact]
    public void Build_StaleOpenRow_EndsWithTheDatedRowOfTheSameOffice()
    {
        Country("ghana-ministers", "Ghana",
            "Minister of Foreign Affairs,Kofi Owusu,Q900002,2013-03-17,,,,,,",
            "Minister of Foreign Affairs,Kofi Owusu,Q900002,2013-03-17,2018-01-01,,,,,");
        var (holders, _) = Build();
        var term = Assert.Single(Person(holders, "Kofi Owusu").Terms);
        Assert.Equal("2013-03-17..2018-01-01", Span(term));
        Assert.Equal(OfficeKind.ForeignMinister, term.Kind);
        Assert.Null(term.ConfirmedUntil);
    }

    [Fact]
    public void Build_OpenTerm_IsConfirmedUntilTheFileChanged_AndEndedByASuccessor()
    {
        Country("ghana-ministers", "Ghana",
            "President,Kwame Asante,Q900003,2009-01-07,,,,,,",
            "President,Yaw Boateng,Q900004,2017-01-07,,,,,,");
        var (holders, report) = Build();
        Assert.Equal("2009-01-07..2017-01-07", Span(Assert.Single(Person(holders, "Kwame Asante").Terms)));
        var current = Assert.Single(Person(holders, "Yaw Boateng").Terms);
        Assert.Null(current.To);
        Assert.Equal(new DateOnly(2022, 7, 5), current.ConfirmedUntil);
        Assert.Equal(1, report.ClosedBySuccessor);
    }

    [Fact]
    public void Build_SuccessorRule_LeavesOfficesOfManyHoldersAlone()
    {
        Country("ghana-ministers", "Ghana",
            "Minister of Health,Ama Mensah,Q900001,2010-01-01,,,,,,",
            "Minister of Health,Esi Darko,Q900005,2015-01-01,,,,,,");
        var (holders, _) = Build();
        Assert.Null(Assert.Single(Person(holders, "Ama Mensah").Terms).To);
    }

    [Fact]
    public void Build_LeadersRows_AreAddedOnlyWhereNotCovered()
    {
        Country("ghana-ministers", "Ghana", "President,Yaw Boateng,Q900004,2017-01-07,,,,,,");
        var (holders, report) = Build(leaders:
        [
            "Q117,Ghana,Q1,President of Ghana,Q900004,Yaw Boateng,2017,",
            "Q183,Germany,Q2,Federal Chancellor of Germany,Q900006,Otto Weber,2021,",
        ]);
        var added = Assert.Single(Person(holders, "Otto Weber").Terms);
        Assert.Equal(("DE", OfficeKind.HeadOfGovernment, "Federal Chancellor", DatePrecision.Year), (added.Country, added.Kind, added.Title, added.From!.Value.Precision));
        Assert.Single(Person(holders, "Yaw Boateng").Terms);
        Assert.Equal((1, 1), (report.SecondaryRowsAdded, report.SecondaryRowsCovered));
    }

    [Fact]
    public void Build_InternationalPosts_HaveNoCountry_AndUnnamedStatesAreLeftOut()
    {
        Country("ghana-ministers", "Ghana", "Minister of Health,Ama Mensah,Q900001,2010-01-01,2011-01-01,,,,,");
        var (holders, report) = Build();
        var term = Assert.Single(Person(holders, "Kofi Annan").Terms);
        Assert.Equal((null, OfficeKind.InternationalOfficial), (term.Country, term.Kind));
        Assert.DoesNotContain(holders, h => h.Name == "Basile Ikouébé");
        Assert.Equal(1, report.RowsWithoutCountry);
    }

    [Fact]
    public void Build_Supplement_JoinsThePerson_AndAReturnNeedsTheEarlierEnd()
    {
        Country("ghana-ministers", "Ghana", "Minister of Foreign Affairs,Kofi Owusu,Q900002,2013-03-17,,,,,,");
        var (holders, _) = Build(supplement: """
            GH,foreign_minister,Minister of Foreign Affairs,Kofi Owusu,2013-03-17,2022-12-30,,https://example.org/a
            GH,foreign_minister,Minister of Foreign Affairs,Abena Ofori,2022-12-30,2023-07-25,,https://example.org/a
            GH,foreign_minister,Minister of Foreign Affairs,Kofi Owusu,2023-07-25,,2025-06-30,https://example.org/a
            """);
        var owusu = Person(holders, "Kofi Owusu");
        Assert.Equal("Q900002", owusu.WikidataId);
        Assert.Equal(["2013-03-17..2022-12-30", "2023-07-25.."], owusu.Terms.Select(Span));
        Assert.Null(Person(holders, "Abena Ofori").WikidataId);
    }

    [Fact]
    public void Build_SupplementRowWithoutSource_IsRefused()
    {
        Country("ghana-ministers", "Ghana", "Minister of Health,Ama Mensah,Q900001,2010-01-01,2011-01-01,,,,,");
        Assert.Throws<InvalidDataException>(() => Build(supplement: "GH,head_of_state,President,Yaw Boateng,2025-01-07,,,\n"));
    }

    [Fact]
    public void Build_RecordsOfficial_JoinsTheLikeNamedHolderOfTheOfficeThen()
    {
        Country("china-ministers", "China", "Premier,Zhou Enlai,Q900007,1949-10-01,1976-01-08,,,,,");
        var officials = new KnownOfficials(new PresidentTerms([]),
        [
            new KnownOfficial("Chou En-lai", [], "CN", [new OfficeMention("Premier", "CN")], "1972-02-21", "1972-02-28", 3),
            new KnownOfficial("Huang Hua", [], "CN", [new OfficeMention("Foreign Minister", "CN")], "1977-08-22", "1977-08-22", 1),
        ]);
        var (holders, report) = Build(officials: officials);
        Assert.Contains("Chou En-lai", Person(holders, "Zhou Enlai").Aliases);
        var huang = Person(holders, "Huang Hua");
        Assert.Equal(("CN", 0), (huang.Country, huang.Terms.Count));
        Assert.Equal((1, 1), (report.HistoryStateLinked, report.HistoryStateAdded));
    }

    [Fact]
    public void Build_Names_DropRoyalCountryAndHonorific_AndKeepNewsForms()
    {
        Country("ghana-ministers", "Ghana",
            "King,Otumfuo II of Ghana,Q900008,1999-01-01,,,,,,",
            "Minister of Finance,Prince Kwesi Adjei Mensah,Q900009,2001-01-01,2002-01-01,,,,,",
            "Minister of Finance,Kwesi Adjei Mensah,Q900009,2003-01-01,2004-01-01,,,,,",
            "Minister of Trade,Kojo J. Appiah III,Q900010,2001-01-01,2002-01-01,,,,,");
        var (holders, _) = Build();
        Assert.Equal("person/otumfuo-ii", Person(holders, "Otumfuo II").Id);
        Assert.Contains("Prince Kwesi Adjei Mensah", Person(holders, "Kwesi Adjei Mensah").Aliases);
        Assert.Contains("Kojo Appiah", Person(holders, "Kojo J. Appiah III").Aliases);
    }

    [Fact]
    public void Build_Namesakes_GetDistinctStableIds()
    {
        Country("ghana-ministers", "Ghana",
            "Minister of Health,John Mensah,Q900012,2010-01-01,2011-01-01,,,,,",
            "Minister of Trade,John Mensah,Q900011,2012-01-01,2013-01-01,,,,,");
        var (holders, _) = Build();
        var ids = holders.Where(h => h.Name == "John Mensah").OrderBy(h => h.WikidataId, StringComparer.Ordinal).Select(h => h.Id).ToList();
        Assert.Equal(["person/john-mensah", "person/john-mensah/gh"], ids);
    }
}
