using System.Collections.Immutable;
using ContractGen.Model;
using Google.Protobuf.Reflection;
using Label = Google.Protobuf.Reflection.FieldDescriptorProto.Types.Label;
using ProtoPresence = Google.Protobuf.Reflection.FeatureSet.Types.FieldPresence;
using Type = Google.Protobuf.Reflection.FieldDescriptorProto.Types.Type;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>A message field → <see cref="FieldDef"/>: type, cardinality, presence, JSON name, options.</summary>
internal static class FieldMapper
{
    public static FieldDef Map(MappingContext ctx, TypeEntry owner, FieldDescriptorProto f, int index, string? oneof) =>
        Map(ctx, owner.File, owner.Features, owner.FullName + "." + f.Name, $"{owner.SourcePath}.2.{index}", f, oneof);

    /// <param name="scope">Features of the enclosing scope (message, or file for file-level extensions).</param>
    /// <param name="path">Descriptor path of the field in its file's source info.</param>
    public static FieldDef Map(MappingContext ctx, ProtoFile file, Features scope, string id, string path, FieldDescriptorProto f, string? oneof)
    {
        var source = file.Source;
        var span = source.Span(path);
        var type = ctx.FieldType(f, span, out var isMap);
        if (f.HasDefaultValue)
        {
            type = type with { Constraints = new Constraints { Default = DefaultJson(f) } };
        }

        var repeated = f.Label == Label.Repeated;
        var cardinality = isMap ? FieldCardinality.Map : repeated ? FieldCardinality.Repeated : FieldCardinality.Singular;
        if (cardinality == FieldCardinality.Repeated)
        {
            type = new ListType(type);
        }

        var features = scope.With(f.Options?.Features);
        var behaviors = GoogleApiOptions.Behaviors(f.Options);
        var defaultJson = FileMapper.DefaultJsonName(f.Name);
        var json = f.HasJsonName ? f.JsonName : defaultJson;
        var extensions = ExtensionData.Empty;
        if (f.Options is not null)
        {
            var ext = extensions.ToBuilder();
            OptionsJson.AddFields(ext, f.Options, "deprecated", "ctype", "jstype", "packed", "features");
            GoogleApiOptions.Field(ext, f.Options);
            extensions = ext.ToImmutable();
        }

        return new FieldDef
        {
            Id = id,
            Name = f.Name,
            JsonName = json,
            JsonNameExplicit = json != defaultJson || source.Has(path + ".10"),
            Type = type,
            Number = f.Number,
            Cardinality = cardinality,
            Presence = Presence(f, features, behaviors, repeated),
            Oneof = oneof,
            Behaviors = behaviors,
            Packed = Packed(f),
            Options = Options(f),
            Span = span,
            Docs = source.Docs(path),
            Deprecated = f.Options?.Deprecated == true,
            Extensions = extensions,
        };
    }

    private static FieldPresence Presence(FieldDescriptorProto f, Features features, ImmutableArray<string> behaviors, bool repeated)
    {
        if (f.Label == Label.Required || (!repeated && features.Presence == ProtoPresence.LegacyRequired) || behaviors.Contains("REQUIRED"))
        {
            return FieldPresence.Required;
        }

        if (repeated)
        {
            return FieldPresence.Implicit;
        }

        if (f.HasOneofIndex || f.Proto3Optional || f.Type is Type.Message or Type.Group)
        {
            return FieldPresence.Explicit;
        }

        return features.Presence == ProtoPresence.Implicit ? FieldPresence.Implicit : FieldPresence.Explicit;
    }

    private static bool? Packed(FieldDescriptorProto f)
    {
        if (f.Options is null)
        {
            return null;
        }

        if (f.Options.HasPacked)
        {
            return f.Options.Packed;
        }

        var fs = f.Options.Features;
        return fs is not null && fs.HasRepeatedFieldEncoding
            ? fs.RepeatedFieldEncoding == FeatureSet.Types.RepeatedFieldEncoding.Packed
            : null;
    }

    private static ImmutableArray<string> Options(FieldDescriptorProto f)
    {
        var o = f.Options;
        if (o is null)
        {
            return ImmutableArray<string>.Empty;
        }

        var list = ImmutableArray.CreateBuilder<string>();
        if (o.HasCtype)
        {
            list.Add("ctype=" + OptionsJson.EnumName(o.Ctype));
        }

        if (o.HasJstype)
        {
            list.Add("jstype=" + OptionsJson.EnumName(o.Jstype));
        }

        if (o.HasPacked)
        {
            list.Add("packed=" + (o.Packed ? "true" : "false"));
        }

        if (o.Features is { } fs)
        {
            foreach (var (name, value) in OptionsJson.Flatten(fs))
            {
                list.Add($"features.{name}={value.Trim('"')}");
            }
        }

        return list.ToImmutable();
    }

    private static string DefaultJson(FieldDescriptorProto f) => f.Type switch
    {
        Type.Bool or Type.Double or Type.Float or Type.Int32 or Type.Int64 or Type.Uint32 or Type.Uint64 or Type.Sint32 or Type.Sint64
            or Type.Fixed32 or Type.Fixed64 or Type.Sfixed32 or Type.Sfixed64 when !f.DefaultValue.Contains("inf", StringComparison.Ordinal) &&
                                                                                 !f.DefaultValue.Contains("nan", StringComparison.Ordinal) => f.DefaultValue,
        _ => OptionsJson.String(f.DefaultValue),
    };
}
