using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContractGen.Cli.Config;

/// <summary>
/// Converts a YAML node tree to JSON (YAML 1.2 core schema for plain scalars) and remembers where each JSON pointer
/// came from, so schema errors can be reported at the right line and column.
/// </summary>
internal static partial class YamlJson
{
    public static JsonNode? Convert(YamlNode node, string pointer, Dictionary<string, (int Line, int Column)> locations)
    {
        locations[pointer] = ((int)node.Start.Line, (int)node.Start.Column);
        if (node is not YamlScalarNode)
        {
            locations[pointer + "#container"] = locations[pointer];
        }

        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (key, value) in map.Children)
                {
                    var name = key is YamlScalarNode s ? s.Value ?? "" : key.ToString();
                    var child = pointer + "/" + Escape(name);
                    obj[name] = Convert(value, child, locations);
                    locations[child + "#key"] = ((int)key.Start.Line, (int)key.Start.Column);
                }

                return obj;
            case YamlSequenceNode seq:
                var array = new JsonArray();
                var i = 0;
                foreach (var item in seq.Children)
                {
                    array.Add(Convert(item, pointer + "/" + i.ToString(CultureInfo.InvariantCulture), locations));
                    i++;
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return null;
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE")
        {
            return JsonValue.Create(true);
        }

        if (text is "false" or "False" or "FALSE")
        {
            return JsonValue.Create(false);
        }

        if (IntPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return JsonValue.Create(l);
        }

        if (FloatPattern().IsMatch(text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return JsonValue.Create(d);
        }

        return JsonValue.Create(text);
    }

    private static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
