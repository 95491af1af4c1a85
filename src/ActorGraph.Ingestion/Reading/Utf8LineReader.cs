using System.Buffers;
using System.Text;

namespace ActorGraph.Ingestion.Reading;

/// <summary>
/// Reads a UTF-8 stream line by line as bytes, so that one bad line costs only itself: a line with invalid UTF-8 is
/// reported and the next one read, and a line over the size limit is skipped while it is read, never held whole
/// (a 200 MB line costs one buffer, not 200 MB of text).
/// </summary>
internal sealed class Utf8LineReader(Stream stream, int maxLineBytes)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly ArrayBufferWriter<byte> _line = new();
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _firstLine = true;

    /// <summary>The next line (without its line break), or null at the end of the stream.</summary>
    public async ValueTask<Utf8Line?> ReadLineAsync(CancellationToken cancellationToken)
    {
        _line.ResetWrittenCount();
        var tooLong = false;
        var sawAnything = false;
        while (true)
        {
            if (_start == _end)
            {
                if (_endOfStream || (_end = await stream.ReadAsync(_buffer, cancellationToken)) == 0)
                {
                    _endOfStream = true;
                    _start = _end = 0;
                    return sawAnything ? Finish(tooLong) : null;
                }

                _start = 0;
            }

            sawAnything = true;
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            var stop = newline < 0 ? _end : newline;
            if (!tooLong)
            {
                if (_line.WrittenCount + (stop - _start) > maxLineBytes)
                {
                    tooLong = true;
                    _line.ResetWrittenCount();
                }
                else
                {
                    _line.Write(_buffer.AsSpan(_start, stop - _start));
                }
            }

            if (newline >= 0)
            {
                _start = newline + 1;
                return Finish(tooLong);
            }

            _start = _end;
        }
    }

    private Utf8Line Finish(bool tooLong)
    {
        var first = _firstLine;
        _firstLine = false;
        if (tooLong)
        {
            return new Utf8Line(null, Utf8LineError.TooLong);
        }

        var bytes = _line.WrittenSpan;
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        if (first && bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[3..];
        }

        try
        {
            return new Utf8Line(ArticleReader.StrictUtf8.GetString(bytes), Utf8LineError.None);
        }
        catch (DecoderFallbackException)
        {
            return new Utf8Line(null, Utf8LineError.NotUtf8);
        }
    }
}

/// <summary>One line of <see cref="Utf8LineReader"/>: its text, or why it has none.</summary>
internal readonly record struct Utf8Line(string? Text, Utf8LineError Error);

internal enum Utf8LineError
{
    None,
    NotUtf8,
    TooLong,
}
