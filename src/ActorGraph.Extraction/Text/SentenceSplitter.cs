namespace ActorGraph.Extraction.Text;

/// <summary>
/// Splits article text into sentences: at line breaks, and at '.', '!' or '?' followed by space and a capital,
/// a digit or a quote, unless the word before the stop is an abbreviation ("Oct.", "Mr.", "U.S.").
/// </summary>
internal static class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var blankSeen = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                blankSeen = true;
                continue;
            }

            if (blankSeen && sentences.Count > 0)
            {
                paragraph++;
            }

            blankSeen = false;
            foreach (var s in SplitLine(line))
            {
                sentences.Add(new Sentence(sentences.Count, paragraph, s));
            }
        }

        return sentences;
    }

    private static IEnumerable<string> SplitLine(string line)
    {
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < line.Length && line[end] is '"' or '\'' or ')')
            {
                end++;
            }

            if (end >= line.Length || line[end] != ' ')
            {
                continue;
            }

            var next = end;
            while (next < line.Length && line[next] == ' ')
            {
                next++;
            }

            if (next >= line.Length || !(char.IsUpper(line[next]) || char.IsDigit(line[next]) || line[next] is '"' or '\''))
            {
                continue;
            }

            if (c == '.' && EndsWithAbbreviation(line, start, i))
            {
                continue;
            }

            yield return line[start..end].Trim();
            start = next;
        }

        if (start < line.Length)
        {
            yield return line[start..].Trim();
        }
    }

    private static bool EndsWithAbbreviation(string line, int start, int dot)
    {
        var wordStart = dot;
        while (wordStart > start && !char.IsWhiteSpace(line[wordStart - 1]) && line[wordStart - 1] != '(')
        {
            wordStart--;
        }

        var word = line[wordStart..dot];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "George W. Bush"
        }

        return word.Contains('.', StringComparison.Ordinal) || Tokenizer.IsAbbreviation(word);
    }
}
