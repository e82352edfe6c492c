using System.Security.Cryptography;
using System.Text;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Data.Ingestion;

/// <summary>
/// Fingerprints what was read, not the bytes: the same article saved with other line endings or another
/// encoding is the same content.
/// </summary>
internal static class ContentHash
{
    public static string Of(ArticleDocument document)
    {
        var text = string.Join('\u001f',
            document.Title, document.Credit ?? "", document.Published?.ToIso() ?? "", document.Source ?? "",
            document.Author ?? "", document.Url ?? "", document.Body);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
