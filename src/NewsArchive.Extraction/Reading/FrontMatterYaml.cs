using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace NewsArchive.Extraction.Reading;

/// <summary>
/// Reads a Markdown file's YAML front matter into keys and values, as YamlDotNet's deserializer reads it into a
/// <c>Dictionary&lt;object, object?&gt;</c>. Front matter is nearly always one mapping of plain "key: value" lines:
/// those are read from the parser's events directly (the deserializer's type resolution per node cost as much as
/// parsing); anything else (lists, tags, anchors, nulls, repeated keys, broken YAML) goes to the deserializer itself.
/// </summary>
internal static class FrontMatterYaml
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    /// <exception cref="YamlException">The text is not valid YAML.</exception>
    public static Dictionary<object, object?>? Read(string yaml) =>
        ReadFlatMapping(yaml) ?? Deserializer.Deserialize<Dictionary<object, object?>>(yaml);

    // Null when the text is not a single mapping of untagged text keys to untagged non-null text values, or does
    // not parse: the deserializer then decides, errors included.
    private static Dictionary<object, object?>? ReadFlatMapping(string yaml)
    {
        try
        {
            var parser = new Parser(new StringReader(yaml));
            if (!parser.TryConsume<StreamStart>(out _) || !parser.TryConsume<DocumentStart>(out _)) return null;
            if (!parser.TryConsume<MappingStart>(out var mapping) || !mapping.Anchor.IsEmpty || !mapping.Tag.IsEmpty) return null;
            var values = new Dictionary<object, object?>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                if (!parser.TryConsume<Scalar>(out var key) || !IsText(key)) return null;
                if (!parser.TryConsume<Scalar>(out var value) || !IsText(value)) return null;
                if (!values.TryAdd(key.Value, value.Value)) return null;
            }
            return parser.TryConsume<DocumentEnd>(out _) && parser.TryConsume<StreamEnd>(out _) ? values : null;
        }
        catch (YamlException)
        {
            return null;
        }
    }

    // A scalar the deserializer reads as the same string: no tag or anchor, and not one of YAML's spellings of null.
    private static bool IsText(Scalar scalar) =>
        scalar.Anchor.IsEmpty && scalar.Tag.IsEmpty
        && !(scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL");
}
