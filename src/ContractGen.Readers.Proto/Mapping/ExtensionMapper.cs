using ContractGen.Model;
using Google.Protobuf.Reflection;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>
/// <c>extend</c> blocks of the user's files → <see cref="ExtensionField"/>s, mapped like fields: file-level ones
/// (descriptor path 7.i) and those declared inside a message (…6.i, scope = that message). The extendee is resolved in
/// the descriptor set; it becomes a model type like any referenced type, except protobuf's own descriptor messages
/// (custom options extend google.protobuf.*Options), which stay references by name like the well-known types.
/// </summary>
internal static class ExtensionMapper
{
    private const string DescriptorFile = "google/protobuf/descriptor.proto";

    public static IEnumerable<ExtensionField> Map(MappingContext ctx, ProtoFile file)
    {
        var prefix = file.Package.Length == 0 ? "" : file.Package + ".";
        for (var i = 0; i < file.Proto.Extension.Count; i++)
        {
            yield return One(ctx, file, file.Features, prefix, null, $"7.{i}", file.Proto.Extension[i]);
        }
    }

    public static IEnumerable<ExtensionField> Map(MappingContext ctx, TypeEntry message)
    {
        var extensions = message.Message!.Extension;
        for (var i = 0; i < extensions.Count; i++)
        {
            yield return One(ctx, message.File, message.Features, message.FullName + ".", message.FullName, $"{message.SourcePath}.6.{i}", extensions[i]);
        }
    }

    private static ExtensionField One(MappingContext ctx, ProtoFile file, Features scope, string prefix, string? scopeId, string path, FieldDescriptorProto f)
    {
        var id = prefix + f.Name;
        var field = FieldMapper.Map(ctx, file, scope, id, path, f, oneof: null);
        var singular = field.Cardinality == FieldCardinality.Singular;
        return new ExtensionField(field, Extendee(ctx, f, field.Span))
        {
            ScopeId = scopeId,
            JsonName = "[" + id + "]",
            JsonNameExplicit = false,
            // An extension always tracks presence, in proto3 too (protoc rejects implicit presence on extensions).
            Presence = singular && field.Presence == FieldPresence.Implicit ? FieldPresence.Explicit : field.Presence,
        };
    }

    private static NamedTypeRef Extendee(MappingContext ctx, FieldDescriptorProto f, SourceSpan at)
    {
        var name = f.Extendee.TrimStart('.');
        if (!ctx.Index.TryGet(name, out var entry) || entry.Message is null)
        {
            ctx.Diagnostics.Error(ProtoCodes.UnresolvedType, $"extendee '{f.Extendee}' of extension '{f.Name}' is not a message of the descriptor set", at);
        }
        else if (entry.File.Proto.Name != DescriptorFile)
        {
            ctx.Want(name);
        }

        return new NamedTypeRef(name);
    }
}
