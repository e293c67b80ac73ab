using System.Collections.Immutable;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContractGen.Model;
using ContractGen.Readers.AsyncApi.Json;

namespace ContractGen.Readers.AsyncApi.Mapping;

/// <summary>Root servers: 2.x <c>url</c>, 3.x <c>host</c> + <c>pathname</c>; variables checked against the {placeholders}.</summary>
internal static partial class ServerMapper
{
    [GeneratedRegex(@"\{([^{}]*)\}")]
    public static partial Regex Placeholder();

    public static void ReadAll(ReadContext ctx)
    {
        var servers = ctx.Root.Obj("servers");
        foreach (var (name, node) in servers.Entries())
        {
            if (ctx.Deref(node)?.Object is { } o)
            {
                ctx.Servers.Add(Read(ctx, name, o, ctx.KeySpan(servers!, name)));
            }
        }
    }

    private static Server Read(ReadContext ctx, string name, JsonObject o, SourceSpan span)
    {
        var url = ctx.IsV3 ? (o.Str("host") ?? "") + (o.Str("pathname") ?? "") : o.Str("url") ?? "";
        var variables = new List<ServerVariable>();
        var declared = o.Obj("variables");
        foreach (var (varName, node) in declared.Entries())
        {
            var v = ctx.Deref(node)?.Object;
            variables.Add(new ServerVariable(varName, v.Str("default"), v.Arr("enum").Strings().ToImmutableArray(), v.Str("description")));
        }

        CheckVariables(ctx, o, url, declared, span);
        return new Server
        {
            Id = name,
            Name = name,
            Url = url,
            Protocol = o.Str("protocol"),
            ProtocolVersion = o.Str("protocolVersion"),
            Variables = variables.ToImmutableArray(),
            Security = SecurityMapper.Requirements(ctx, o, name),
            Bindings = Bindings.Read(ctx, o["bindings"]),
            Docs = new Docs(o.Str("summary") ?? o.Str("title"), o.Str("description")) is { IsEmpty: false } d ? d : Docs.Empty,
            Extensions = o.Extensions(),
            Span = span,
        };
    }

    private static void CheckVariables(ReadContext ctx, JsonObject o, string url, JsonObject? declared, SourceSpan span)
    {
        var used = Placeholder().Matches(url).Select(m => m.Groups[1].Value).ToList();
        var where = ctx.Index.ValueSpan(o, ctx.IsV3 ? "host" : "url");
        foreach (var name in used.Distinct())
        {
            if (declared is null || !declared.ContainsKey(name))
            {
                ctx.Report.Error(Codes.ServerVariableUndefined, $"server variable '{{{name}}}' is used in '{url}' but not defined in variables", where.IsKnown ? where : span);
            }
        }

        foreach (var (name, _) in declared.Entries())
        {
            if (!used.Contains(name))
            {
                ctx.Report.Warning(Codes.ServerVariableUnused, $"server variable '{name}' is not used in '{url}'", ctx.KeySpan(declared!, name));
            }
        }
    }
}
