using System.Collections.Immutable;
using System.Text.Json.Nodes;
using ContractGen.Model;
using ContractGen.Readers.AsyncApi.Json;

namespace ContractGen.Readers.AsyncApi.Mapping;

/// <summary>Channel addresses: parsing into the shared template type and the address ⇔ parameters checks.</summary>
internal static class ChannelAddress
{
    public static PathTemplate? Parse(ReadContext ctx, string text, SourceSpan span)
    {
        if (text.Contains('?') || text.Contains('#'))
        {
            ctx.Report.Error(Codes.AddressQueryFragment, $"channel address '{text}' must not contain a query or fragment", span);
        }

        var bag = new DiagnosticBag();
        var template = AddressTemplate.Parse(text, span, bag);
        ctx.Report.AddFrom(bag);
        return template;
    }

    /// <summary>Every {name} in the address has a parameter, and every parameter appears in the address.</summary>
    public static void CheckParameters(ReadContext ctx, string? address, JsonObject? parameters, SourceSpan addressSpan)
    {
        var used = address is null
            ? new List<string>()
            : ServerMapper.Placeholder().Matches(address).Select(m => m.Groups[1].Value).Distinct().ToList();
        foreach (var name in used)
        {
            if (parameters is null || !parameters.ContainsKey(name))
            {
                ctx.Report.Error(Codes.ParameterMissing, $"channel address '{address}' uses '{{{name}}}' but there is no parameter '{name}'", addressSpan);
            }
        }

        foreach (var (name, _) in parameters.Entries())
        {
            if (!used.Contains(name))
            {
                ctx.Report.Error(Codes.ParameterUnused,
                    address is null ? $"parameter '{name}' is declared but the channel has no address" : $"parameter '{name}' does not appear in the channel address '{address}'",
                    ctx.KeySpan(parameters!, name));
            }
        }
    }

    /// <summary>Channel parameters: 2.x with a schema, 3.x string-only with enum/default.</summary>
    public static ImmutableArray<ChannelParameter> Parameters(ReadContext ctx, JsonObject? parameters, string channelName)
    {
        var result = new List<ChannelParameter>();
        foreach (var (name, node) in parameters.Entries())
        {
            var loc = ctx.Deref(node);
            var p = loc?.Object;
            TypeRef type;
            if (ctx.IsV3)
            {
                var constraints = new Constraints
                {
                    Enum = p.Arr("enum") is { } e ? e.Select(CanonicalJson.Write).ToImmutableArray() : ImmutableArray<string>.Empty,
                    Default = p?["default"] is { } d ? CanonicalJson.Write(d) : null,
                };
                type = new ScalarType(ScalarKind.String) { Constraints = constraints.IsEmpty ? Constraints.None : constraints };
            }
            else
            {
                type = p?["schema"] is { } schema && loc!.Pointer is not null
                    ? ctx.Schemas.Map(schema, loc.Id(ctx.Refs) + "/schema", Schemas.TypeRegistry.Pascal(channelName) + Schemas.TypeRegistry.Pascal(name))
                    : new ScalarType(ScalarKind.String);
            }

            result.Add(new ChannelParameter
            {
                Name = name,
                Type = type with { Description = null },
                Location = p.Str("location"),
                Docs = p.Str("description") is { } desc ? new Docs(null, desc) : Docs.Empty,
                Span = ctx.KeySpan(parameters!, name),
            });
        }

        return result.ToImmutableArray();
    }
}
