using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ContractGen.Readers.AsyncApi.Documents;

/// <summary>
/// YAML 1.2 core-schema resolution of plain scalars (what js-yaml and the reference parser do): null, bool, int
/// (decimal, 0o octal, 0x hex), float (incl. .inf/.nan, kept as strings because JSON cannot hold them), else string.
/// </summary>
internal static partial class CoreSchemaScalars
{
    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex DecimalInt();

    [GeneratedRegex(@"^0o[0-7]+$")]
    private static partial Regex OctalInt();

    [GeneratedRegex(@"^0x[0-9a-fA-F]+$")]
    private static partial Regex HexInt();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();

    /// <summary>Resolves a plain scalar; returns null for YAML null.</summary>
    public static JsonNode? Plain(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        return Number(text) ?? JsonValue.Create(text);
    }

    /// <summary>Resolves a scalar with an explicit core tag (!!str, !!int…); unknown tags keep the text.</summary>
    public static JsonNode? Tagged(string tag, string text) => tag switch
    {
        "tag:yaml.org,2002:null" => null,
        "tag:yaml.org,2002:bool" => Plain(text) is JsonValue b && b.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False ? b : JsonValue.Create(text),
        "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float" => Number(text) ?? JsonValue.Create(text),
        _ => JsonValue.Create(text),
    };

    private static JsonNode? Number(string text)
    {
        if (DecimalInt().IsMatch(text))
        {
            var t = text.TrimStart('+');
            if (long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
            {
                return JsonValue.Create(l);
            }

            return decimal.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big)
                ? JsonValue.Create(big)
                : JsonValue.Create(double.Parse(t, CultureInfo.InvariantCulture));
        }

        if (OctalInt().IsMatch(text))
        {
            return TryBase(text[2..], 8);
        }

        if (HexInt().IsMatch(text))
        {
            return TryBase(text[2..], 16);
        }

        if (Float().IsMatch(text))
        {
            var t = text.TrimStart('+');
            if (decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !t.Contains('e') && !t.Contains('E'))
            {
                return JsonValue.Create(d);
            }

            return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var dbl) && double.IsFinite(dbl)
                ? JsonValue.Create(dbl)
                : JsonValue.Create(text);
        }

        return null;
    }

    private static JsonNode? TryBase(string digits, int radix)
    {
        try
        {
            return JsonValue.Create(Convert.ToInt64(digits, radix));
        }
        catch (OverflowException)
        {
            return JsonValue.Create(digits);
        }
    }
}
