using System.Text;

namespace ActorGraph.Extraction.Text;

/// <summary>
/// Makes article text uniform before recognition: typographic quotes become straight ones, odd spaces become
/// plain spaces and control characters go, so "Israel’s" and "Israel's" read alike and evidence is clean.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            switch (c)
            {
                case '\u2018' or '\u2019' or '\u201A' or '\u2032' or '`':
                    sb.Append('\'');
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u2033':
                    sb.Append('"');
                    break;
                case '\u00A0' or '\u2007' or '\u202F' or '\t' or '\u2009' or '\u200A':
                    sb.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\r':
                    break;
                case '\u2028' or '\u2029':
                    sb.Append('\n');
                    break;
                default:
                    if (!char.IsControl(c) || c == '\n')
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
