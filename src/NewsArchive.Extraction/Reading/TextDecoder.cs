using System.Buffers;
using System.Text;

namespace NewsArchive.Extraction.Reading;

/// <summary>
/// Turns a file's bytes into normalized text: UTF-8 (with or without BOM), UTF-16 by its BOM, or
/// Windows-1252 when the bytes are clearly single-byte text;
/// line ends become "\n" and non-breaking spaces plain spaces. Binary content is refused.
/// </summary>
internal static class TextDecoder
{
    // A few stray bad bytes (a file pasted from a legacy editor) are tolerated as U+FFFD; more means it is not UTF-8 text.
    private const double MaxInvalidShare = 0.01;
    private const int AlwaysTolerated = 4;

    private static readonly UTF8Encoding Utf8Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string Decode(byte[] bytes, string fileName)
    {
        var text = DecodeByBom(bytes) ?? DecodeUtf8(bytes, fileName);
        if (text.Contains('\0'))
            throw new ArticleFormatException($"'{fileName}' contains binary data, not text.");
        return Normalize(text);
    }

    private static string? DecodeByBom(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Utf8Lenient.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        return null;
    }

    private static string DecodeUtf8(byte[] bytes, string fileName)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
            throw new ArticleFormatException($"'{fileName}' contains binary data, not text.");
        var text = Utf8Lenient.GetString(bytes);
        // Nearly every file is clean UTF-8: one vectorized search, and the counting below only for the rest.
        if (!text.AsSpan().Contains('\uFFFD')) return text;
        int invalid = 0, validNonAscii = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD') invalid++;
            else if (c > '\u007F') validNonAscii++;
        }
        if (invalid <= AlwaysTolerated || invalid <= text.Length * MaxInvalidShare) return text;
        // Many bad sequences and no good ones: an older single-byte file (Windows-1252, the Latin-1 superset
        // that Word and legacy CMSs wrote), unless its bytes look like binary.
        if (validNonAscii == 0 && LooksLikeSingleByteText(bytes))
            return Windows1252.GetString(bytes);
        throw new ArticleFormatException($"'{fileName}' is not UTF-8 or Windows-1252 text (it looks binary or uses another encoding).");
    }

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    // Text has almost no C0 control bytes besides line ends and tabs, and mostly ASCII letters; random or
    // compressed bytes have about one control byte in eight and half their bytes above 0x7F.
    private static bool LooksLikeSingleByteText(byte[] bytes)
    {
        int controls = 0, high = 0;
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f')) controls++;
            else if (b > 0x7F) high++;
        }
        return controls <= bytes.Length / 1000 && high <= bytes.Length / 5;
    }

    // Every character Normalize changes or drops: control characters but '\n', odd spaces, line separators, BOM.
    private static readonly SearchValues<char> NeedsNormalizing = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\v\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f" +
        "\u00a0\u2007\u202f\u2028\u2029\u0085\ufeff\u200b");

    private static string Normalize(string text)
    {
        // Most files need nothing: one vectorized search instead of a copy through a builder.
        if (text.AsSpan().IndexOfAny(NeedsNormalizing) < 0) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    sb.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    break;
                case '\u00A0' or '\u2007' or '\u202F' or '\t' or '\f' or '\v':
                    sb.Append(' ');
                    break;
                case '\u2028' or '\u2029' or '\u0085':
                    sb.Append('\n');
                    break;
                case '\uFEFF' or '\u200B':
                    break;
                default:
                    // Other control characters carry nothing readable.
                    if (c >= ' ' || c == '\n') sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }
}
