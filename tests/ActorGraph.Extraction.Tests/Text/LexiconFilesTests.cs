using System.Reflection;
using System.Text.Json;
using ActorGraph.Extraction.Meetings;
using ActorGraph.Extraction.Recognition;
using ActorGraph.Extraction.ReferenceData;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Tests.Text;

/// <summary>The features' word lists are data (Meetings/Data, Recognition/Data, Text/Data, ReferenceData/Data); these hold the files and the code together.</summary>
public sealed class LexiconFilesTests
{
    public static TheoryData<string, string> Lexicons => new()
    {
        { nameof(MeetingLexicon), "ActorGraph.Extraction.meeting-lexicon.json" },
        { nameof(RecognitionLexicon), "ActorGraph.Extraction.recognition-lexicon.json" },
        { nameof(TextLexicon), "ActorGraph.Extraction.text-lexicon.json" },
        { nameof(NameLexicon), "ActorGraph.Extraction.name-lexicon.json" },
    };

    [Theory]
    [MemberData(nameof(Lexicons))]
    public void TheDataFile_HoldsExactlyTheListsTheRulesRead(string lexicon, string resource)
    {
        using var stream = typeof(MeetingLexicon).Assembly.GetManifestResourceStream(resource)!;
        using var document = JsonDocument.Parse(stream);
        var inFile = document.RootElement.EnumerateObject().Select(p => p.Name).Where(n => n != "_comment").Order(StringComparer.Ordinal);
        var read = ListsOf(lexicon).Select(f => char.ToLowerInvariant(f.Name[0]) + f.Name[1..]).Order(StringComparer.Ordinal);

        Assert.Equal(read, inFile);
        Assert.All(document.RootElement.EnumerateObject().Where(p => p.Name != "_comment"),
            p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("about").GetString()), $"{p.Name} says what it is for"));
    }

    [Theory]
    [MemberData(nameof(Lexicons))]
    public void EveryList_IsTrimmedAndWithoutRepeats(string lexicon, string resource)
    {
        _ = resource;
        foreach (var field in ListsOf(lexicon))
        {
            var words = field.GetValue(null) switch
            {
                System.Collections.Frozen.FrozenSet<string> set => set.ToList(),
                string[] phrases => phrases.ToList(),
                string[][] phrases => phrases.Select(p => string.Join(' ', p)).ToList(),
                var other => throw new InvalidOperationException($"{field.Name} is a {other?.GetType().Name}"),
            };

            Assert.True(words.Count > 0, field.Name);
            Assert.All(words, w => Assert.True(w.Length > 0 && w == w.Trim(), $"{field.Name}: '{w}'"));
            Assert.Equal(words.Count, words.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void MeetingWords_AreLowerCase_AsTheRulesCompareLowerCasedTokens()
    {
        foreach (var field in ListsOf(nameof(MeetingLexicon)))
        {
            var words = field.GetValue(null) as IEnumerable<string> ?? ((string[][])field.GetValue(null)!).Select(p => string.Join(' ', p));
            Assert.All(words, w => Assert.False(w.Any(char.IsUpper), $"{field.Name}: '{w}'"));
        }
    }

    [Fact]
    public void TheRules_ReadTheirWordsFromTheFiles()
    {
        Assert.Contains("met", (IReadOnlySet<string>)MeetingLexicon.Triggers);
        Assert.Contains("postponed", MeetingLexicon.CancelCues);
        Assert.Equal(["accompanied", "by"], MeetingLexicon.CompanionsNamedAfter[0]);
        Assert.Contains("Monday", (IReadOnlySet<string>)RecognitionLexicon.NotNames);
        Assert.Contains("bin", (IReadOnlySet<string>)RecognitionLexicon.Particles);
        Assert.Contains("sept", (IReadOnlySet<string>)TextLexicon.Abbreviations); // ignoring case, as the tokenizer compares
        Assert.Contains("III", (IReadOnlySet<string>)NameLexicon.Suffixes);
    }

    [Fact]
    public void AListTheFileLacks_IsAnErrorThatNamesIt()
    {
        var lexicon = EmbeddedLexicon.Load("ActorGraph.Extraction.meeting-lexicon.json");

        var error = Assert.Throws<InvalidDataException>(() => lexicon.Words("noSuchList"));
        Assert.Contains("noSuchList", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => lexicon.Phrases("triggers")); // a list of words, not of phrases
    }

    private static readonly Dictionary<string, Type> LexiconTypes = new[] { typeof(MeetingLexicon), typeof(RecognitionLexicon), typeof(TextLexicon), typeof(NameLexicon) }
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    private static FieldInfo[] ListsOf(string lexicon) => LexiconTypes[lexicon].GetFields(BindingFlags.Public | BindingFlags.Static);
}
