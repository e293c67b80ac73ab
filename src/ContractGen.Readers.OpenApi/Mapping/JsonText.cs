using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContractGen.Readers.OpenApi.Mapping;

/// <summary>Canonical JSON text for literals kept in the model: compact, object keys sorted (ordinal), numbers as read.</summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? _scratch;

    public static string Canonical(JsonNode? node)
    {
        // One buffer and writer per thread, reset per literal: this runs for every enum value, default and extension.
        var (buffer, writer) = _scratch ??= NewScratch();
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        Write(writer, node, 0);
        writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewScratch()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        return (buffer, new Utf8JsonWriter(buffer, Options));
    }

    /// <summary>The text of a string literal without quotes; other literals as canonical JSON.</summary>
    public static string Plain(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : Canonical(node);

    private static void Write(Utf8JsonWriter w, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                w.WriteNullValue();
                break;
            case JsonObject o:
                w.WriteStartObject();
                foreach (var (k, v) in o.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    w.WritePropertyName(k);
                    Write(w, v, depth + 1);
                }

                w.WriteEndObject();
                break;
            case JsonArray a:
                w.WriteStartArray();
                foreach (var v in a)
                {
                    Write(w, v, depth + 1);
                }

                w.WriteEndArray();
                break;
            default:
                node.WriteTo(w);
                break;
        }
    }
}
