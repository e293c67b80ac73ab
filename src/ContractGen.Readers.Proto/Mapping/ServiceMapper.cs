using System.Collections.Immutable;
using ContractGen.Model;
using ContractGen.Readers.Proto.Http;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>A service of a user file → <see cref="Service"/> with its operations and their HTTP bindings.</summary>
internal static class ServiceMapper
{
    public static Service Map(MappingContext ctx, ProtoFile file, int index)
    {
        var s = file.Proto.Service[index];
        var id = file.Package.Length == 0 ? s.Name : file.Package + "." + s.Name;
        var path = $"6.{index}";
        var ops = ImmutableArray.CreateBuilder<Operation>(s.Method.Count);
        for (var j = 0; j < s.Method.Count; j++)
        {
            ops.Add(MapMethod(ctx, file, id, s.Method[j], $"{path}.2.{j}"));
        }

        var ext = ExtensionData.Empty.ToBuilder();
        OptionsJson.AddFields(ext, s.Options, "deprecated");
        GoogleApiOptions.Service(ext, s.Options);
        return new Service
        {
            Id = id,
            Name = s.Name,
            Operations = ops.ToImmutable(),
            Span = file.Source.Span(path),
            Docs = file.Source.Docs(path),
            Deprecated = s.Options?.Deprecated == true,
            Extensions = ext.ToImmutable(),
        };
    }

    private static Operation MapMethod(MappingContext ctx, ProtoFile file, string serviceId, Google.Protobuf.Reflection.MethodDescriptorProto m, string path)
    {
        var span = file.Source.Span(path);
        var input = ctx.MessageType(m.InputType, span);
        var output = ctx.MessageType(m.OutputType, span);
        var o = m.Options;
        var ext = ExtensionData.Empty.ToBuilder();
        OptionsJson.AddFields(ext, o, "deprecated", "idempotency_level");
        GoogleApiOptions.Method(ext, o);
        return new Operation
        {
            Id = serviceId + "." + m.Name,
            Name = m.Name,
            ServiceId = serviceId,
            Input = input,
            Output = output,
            Streaming = (m.ClientStreaming, m.ServerStreaming) switch
            {
                (true, true) => StreamingKind.BidiStreaming,
                (true, false) => StreamingKind.ClientStreaming,
                (false, true) => StreamingKind.ServerStreaming,
                _ => StreamingKind.Unary,
            },
            IdempotencyLevel = o is { HasIdempotencyLevel: true } && (int)o.IdempotencyLevel != 0 ? OptionsJson.EnumName(o.IdempotencyLevel) : null,
            Http = HttpRuleMapper.Map(ctx, file, m, path, input, output),
            Span = span,
            Docs = file.Source.Docs(path),
            Deprecated = o?.Deprecated == true,
            Extensions = ext.ToImmutable(),
        };
    }
}
