using System.Reflection;
using System.Text.Json;
using ActorGraph.Extraction.Meetings;

namespace ActorGraph.Extraction.Tests.Meetings;

public sealed class MeetingLexiconTests
{
    private static readonly FieldInfo[] Lists = typeof(MeetingLexicon).GetFields(BindingFlags.Public | BindingFlags.Static);

    [Fact]
    public void TheDataFile_HoldsExactlyTheListsTheRulesRead()
    {
        using var stream = typeof(MeetingLexicon).Assembly.GetManifestResourceStream("ActorGraph.Extraction.meeting-lexicon.json")!;
        using var document = JsonDocument.Parse(stream);
        var inFile = document.RootElement.EnumerateObject().Select(p => p.Name).Where(n => n != "_comment").Order(StringComparer.Ordinal);
        var read = Lists.Select(f => char.ToLowerInvariant(f.Name[0]) + f.Name[1..]).Order(StringComparer.Ordinal);

        Assert.Equal(read, inFile);
    }

    [Fact]
    public void EveryList_IsLowerCaseTrimmedAndWithoutRepeats()
    {
        foreach (var field in Lists)
        {
            var words = field.GetValue(null) switch
            {
                HashSet<string> set => set.ToList(),
                string[] phrases => phrases.ToList(),
                string[][] phrases => phrases.Select(p => string.Join(' ', p)).ToList(),
                var other => throw new InvalidOperationException($"{field.Name} is a {other?.GetType().Name}"),
            };

            Assert.True(words.Count > 0, field.Name);
            Assert.All(words, w => Assert.True(w.Length > 0 && w == w.Trim() && !w.Any(char.IsUpper), $"{field.Name}: '{w}'"));
            Assert.Equal(words.Count, words.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void TheRules_ReadTheirWordsFromTheFile()
    {
        Assert.Contains("met", MeetingLexicon.Triggers);
        Assert.Contains("postponed", MeetingLexicon.CancelCues);
        Assert.Equal(["accompanied", "by"], MeetingLexicon.CompanionsNamedAfter[0]);
    }
}
