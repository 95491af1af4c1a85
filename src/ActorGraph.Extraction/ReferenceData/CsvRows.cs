using System.Text;

namespace ActorGraph.Extraction.ReferenceData;

/// <summary>Reads comma-separated values as RFC 4180 writes them (quoted fields may hold commas, quotes and line breaks).</summary>
internal static class CsvRows
{
    /// <summary>Rows as column → value, by the header row; a short row's missing columns are empty.</summary>
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string[]? header = null;
        foreach (var fields in Records(reader))
        {
            if (header is null)
            {
                header = fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToArray();
                continue;
            }

            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < fields.Count ? fields[i] : "";
            }

            yield return row;
        }
    }

    private static IEnumerable<List<string>> Records(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            var ch = (char)c;
            if (quoted)
            {
                if (ch != '"')
                {
                    field.Append(ch);
                }
                else if (reader.Peek() == '"')
                {
                    field.Append('"');
                    reader.Read();
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            switch (ch)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields;
                    fields = [];
                    any = false;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}
