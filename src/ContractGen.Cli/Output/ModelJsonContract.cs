using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using ContractGen.Model;

namespace ContractGen.Cli.Output;

/// <summary>
/// The rules that turn model records into the inspect JSON shape (docs/inspect-json.md):
/// computed members (no setter) are left out; null, false, empty collections, empty docs/constraints and unknown spans
/// are omitted; abstract model types (TypeRef, TypeDef, TemplateSegment) carry a <c>$kind</c> discriminator named after
/// the concrete type (ScalarType → scalar, RecordDef → record, LiteralSegment → literal, …).
/// </summary>
internal static class ModelJsonContract
{
    private static readonly Type[] Polymorphic = [typeof(TypeRef), typeof(TypeDef), typeof(TemplateSegment)];
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> IsDefaultOrEmpty = new();

    public static IJsonTypeInfoResolver Resolver(string pathBase)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(Modify);
        resolver.Modifiers.Add(info =>
        {
            if (info.Type == typeof(SourceDocument) && info.Properties.FirstOrDefault(p => p.Name == "path") is { } path)
            {
                path.CustomConverter = new RelativePathConverter(pathBase);
            }
        });
        return resolver;
    }

    public static string KindName(Type type)
    {
        var name = type.Name;
        foreach (var suffix in new[] { "TypeRef", "Type", "Def", "Segment" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length)
            {
                name = name[..^suffix.Length];
                break;
            }
        }

        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static void Modify(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        if (Array.IndexOf(Polymorphic, info.Type) >= 0)
        {
            var options = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "$kind" };
            foreach (var derived in info.Type.Assembly.GetTypes()
                         .Where(t => !t.IsAbstract && info.Type.IsAssignableFrom(t))
                         .OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                options.DerivedTypes.Add(new JsonDerivedType(derived, KindName(derived)));
            }

            info.PolymorphismOptions = options;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            if (property.Set is null && info.Type.Namespace?.StartsWith("ContractGen.Model", StringComparison.Ordinal) == true)
            {
                info.Properties.RemoveAt(i);
                continue;
            }

            // A nullable list (Operation.Security) distinguishes "not set" (null, omitted) from "explicitly none" ([]).
            // Identity first, the common element members (span, docs, deprecated, extensions) last.
            property.Order = property.Name switch
            {
                "id" => -2,
                "name" => -1,
                _ when property.AttributeProvider is MemberInfo m && m.DeclaringType == typeof(Element) => 1,
                _ => 0,
            };
            property.ShouldSerialize = Nullable.GetUnderlyingType(property.PropertyType) is not null
                ? (_, value) => value is not null
                : (_, value) => !IsEmpty(value);
        }
    }

    private sealed class RelativePathConverter(string pathBase) : System.Text.Json.Serialization.JsonConverter<string>
    {
        public override string Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options) =>
            throw new NotSupportedException("inspect JSON is write-only");

        public override void Write(System.Text.Json.Utf8JsonWriter writer, string value, System.Text.Json.JsonSerializerOptions options) =>
            writer.WriteStringValue(PathDisplay.Relative(pathBase, value));
    }

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        false => true,
        string => false,
        Docs d => d.IsEmpty,
        Constraints c => c.IsEmpty,
        SourceSpan s => s.File.Length == 0,
        _ when IsDefaultOrEmptyArray(value) => true,
        ICollection { Count: 0 } => true,
        _ => false,
    };

    private static bool IsDefaultOrEmptyArray(object value)
    {
        var type = value.GetType();
        var property = IsDefaultOrEmpty.GetOrAdd(type, t =>
            t.IsGenericType && t.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)
                ? t.GetProperty("IsDefaultOrEmpty")
                : null);
        return property is not null && (bool)property.GetValue(value)!;
    }
}
