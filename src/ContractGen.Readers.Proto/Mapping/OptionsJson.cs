using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>
/// Proto options as model extensions: <c>option:&lt;name&gt;</c> → canonical JSON (strings quoted, enums by name,
/// messages in proto3 JSON form). Editions features are spread out as <c>option:features.&lt;name&gt;</c>.
/// </summary>
internal static class OptionsJson
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Adds the set fields of an options message except <paramref name="skip"/> (handled elsewhere).</summary>
    public static void AddFields(ImmutableSortedDictionary<string, string>.Builder into, IMessage? options, params string[] skip)
    {
        if (options is null)
        {
            return;
        }

        foreach (var field in options.Descriptor.Fields.InFieldNumberOrder())
        {
            if (field.Name == "uninterpreted_option" || Array.IndexOf(skip, field.Name) >= 0 || !IsSet(field, options))
            {
                continue;
            }

            var value = field.Accessor.GetValue(options);
            if (field.Name == "features" && value is IMessage features)
            {
                foreach (var (k, v) in Flatten(features))
                {
                    into["option:features." + k] = v;
                }

                continue;
            }

            into["option:" + field.Name] = Value(field, value);
        }
    }

    /// <summary>The set fields of a message as name → JSON text (used for features).</summary>
    public static IEnumerable<(string Name, string Json)> Flatten(IMessage message)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            if (IsSet(field, message))
            {
                yield return (field.Name, Value(field, field.Accessor.GetValue(message)));
            }
        }
    }

    public static bool IsSet(FieldDescriptor field, IMessage message)
    {
        if (field.IsRepeated || field.IsMap)
        {
            return field.Accessor.GetValue(message) is ICollection { Count: > 0 };
        }

        return field.HasPresence ? field.Accessor.HasValue(message) : !IsDefault(field.Accessor.GetValue(message));
    }

    public static string Value(FieldDescriptor field, object? value)
    {
        if (field.IsRepeated && value is IEnumerable items and not string)
        {
            return "[" + string.Join(",", items.Cast<object>().Select(v => Single(field, v))) + "]";
        }

        return Single(field, value);
    }

    public static string String(string s) => JsonSerializer.Serialize(s, Relaxed);

    /// <summary>A message in proto3 JSON form, compact.</summary>
    public static string Message(IMessage m)
    {
        using var doc = JsonDocument.Parse(JsonFormatter.Default.Format(m));
        return JsonSerializer.Serialize(doc.RootElement, Relaxed);
    }

    /// <summary>The proto name of a generated C# enum value (its [OriginalName]).</summary>
    public static string EnumName<T>(T value)
        where T : struct, Enum => EnumNames<T>.Get(value);

    /// <summary>The proto names of one enum type's values, looked up by reflection once per value.</summary>
    private static class EnumNames<T>
        where T : struct, Enum
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<T, string> Names = new();

        public static string Get(T value) => Names.GetOrAdd(value, static v =>
            typeof(T).GetField(v.ToString())?.GetCustomAttribute<OriginalNameAttribute>()?.Name ?? v.ToString());
    }

    private static string Single(FieldDescriptor field, object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => String(s),
        ByteString bytes => String(bytes.ToBase64()),
        IMessage m => Message(m),
        Enum e when field.FieldType == FieldType.Enum =>
            String(field.EnumType.FindValueByNumber(Convert.ToInt32(e, CultureInfo.InvariantCulture))?.Name ?? e.ToString()),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => String(value.ToString() ?? ""),
    };

    private static bool IsDefault(object? value) => value switch
    {
        null => true,
        bool b => !b,
        string s => s.Length == 0,
        ByteString bs => bs.IsEmpty,
        Enum e => Convert.ToInt64(e, CultureInfo.InvariantCulture) == 0,
        IConvertible c => c.ToDouble(CultureInfo.InvariantCulture) == 0,
        _ => false,
    };
}
