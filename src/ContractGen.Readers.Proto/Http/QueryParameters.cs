using System.Collections.Immutable;
using ContractGen.Model;
using ContractGen.Readers.Proto.Mapping;

namespace ContractGen.Readers.Proto.Http;

/// <summary>
/// The request fields an HTTP binding takes from the query string: every field not bound by the path or the body
/// that is a scalar, an enum, a repeated scalar/enum or a well-known type with a string form; singular message fields
/// are flattened into dotted names (recursion stops at a type already on the path). Maps and repeated messages are
/// not query parameters (google/api/http.proto).
/// </summary>
internal static class QueryParameters
{
    public static void Collect(MappingContext ctx, TypeEntry? request, ISet<string> bound, string? bodyField, SourceSpan span,
        ImmutableArray<HttpParameter>.Builder into)
    {
        if (request?.Message is null)
        {
            return;
        }

        var visiting = new HashSet<string>(StringComparer.Ordinal) { request.FullName };
        Walk(ctx, request, "", "", bound, bodyField, span, visiting, into);
    }

    private static void Walk(MappingContext ctx, TypeEntry message, string protoPrefix, string jsonPrefix, ISet<string> bound,
        string? bodyField, SourceSpan span, HashSet<string> visiting, ImmutableArray<HttpParameter>.Builder into)
    {
        var fields = message.Message!.Field;
        for (var i = 0; i < fields.Count; i++)
        {
            var f = fields[i];
            var fieldPath = protoPrefix + f.Name;
            if ((protoPrefix.Length == 0 && f.Name == bodyField) || bound.Contains(fieldPath))
            {
                continue;
            }

            var type = ctx.FieldType(f, span, out var isMap);
            var repeated = f.Label == Google.Protobuf.Reflection.FieldDescriptorProto.Types.Label.Repeated;
            var jsonPath = jsonPrefix + (f.HasJsonName ? f.JsonName : FileMapper.DefaultJsonName(f.Name));
            if (isMap)
            {
                continue;
            }

            if (IsLeaf(ctx, type))
            {
                into.Add(new HttpParameter
                {
                    Name = jsonPath,
                    In = ParameterLocation.Query,
                    Type = repeated ? new ListType(type) : type,
                    FieldPath = fieldPath,
                    Required = GoogleApiOptions.Behaviors(f.Options).Contains("REQUIRED"),
                    Deprecated = f.Options?.Deprecated == true,
                    Docs = message.File.Source.Docs($"{message.SourcePath}.2.{i}"),
                    Span = span,
                });
            }
            else if (!repeated && type is NamedTypeRef n && ctx.Index.TryGet(n.TypeId, out var next) && next.Message is not null &&
                     visiting.Add(next.FullName))
            {
                Walk(ctx, next, fieldPath + ".", jsonPath + ".", bound, null, span, visiting, into);
                visiting.Remove(next.FullName);
            }
        }
    }

    private static bool IsLeaf(MappingContext ctx, TypeRef type) => type switch
    {
        ScalarType => true,
        WellKnownType w => WellKnownTypes.IsScalarLike(w.Kind),
        NamedTypeRef n => ctx.Index.TryGet(n.TypeId, out var e) && e.Enum is not null,
        _ => false,
    };
}
