using ContractGen.Model;
using ContractGen.Readers.Proto.Mapping;
using Google.Protobuf.Reflection;
using Label = Google.Protobuf.Reflection.FieldDescriptorProto.Types.Label;
using Type = Google.Protobuf.Reflection.FieldDescriptorProto.Types.Type;

namespace ContractGen.Readers.Proto.Http;

/// <summary>A field reached through a dotted path from a request or response message.</summary>
internal sealed record ResolvedField(TypeEntry Owner, FieldDescriptorProto Field, int Index)
{
    public string SourcePath => $"{Owner.SourcePath}.2.{Index}";

    public bool IsRepeated => Field.Label == Label.Repeated;
}

/// <summary>Resolves the field paths google.api.http names (path variables, body, response_body).</summary>
internal static class FieldPaths
{
    /// <summary>The message behind a method's input/output type, or null (well-known or unknown types).</summary>
    public static TypeEntry? MessageOf(MappingContext ctx, TypeRef type) =>
        type is NamedTypeRef n && ctx.Index.TryGet(n.TypeId, out var e) && e.Message is not null ? e : null;

    /// <summary>Follows <paramref name="dotted"/> through singular message fields; null when a step does not exist.</summary>
    public static ResolvedField? Resolve(MappingContext ctx, TypeEntry? message, string dotted)
    {
        ResolvedField? current = null;
        foreach (var part in dotted.Split('.'))
        {
            if (message?.Message is null)
            {
                return null;
            }

            var index = IndexOf(message.Message, part);
            if (index < 0)
            {
                return null;
            }

            current = new ResolvedField(message, message.Message.Field[index], index);
            message = current.Field.Type is Type.Message or Type.Group && !current.IsRepeated &&
                      ctx.Index.TryGet(current.Field.TypeName.TrimStart('.'), out var next) && !next.IsMapEntry
                ? next
                : null;
        }

        return current;
    }

    private static int IndexOf(DescriptorProto message, string name)
    {
        for (var i = 0; i < message.Field.Count; i++)
        {
            if (message.Field[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
