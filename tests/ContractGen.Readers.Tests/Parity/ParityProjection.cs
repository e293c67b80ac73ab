using System.Text;
using System.Text.RegularExpressions;
using ContractGen.Model;

namespace ContractGen.Readers.Tests.Parity;

/// <summary>
/// Projects a model onto what proto (google.api.http), OpenAPI and AsyncAPI share, as sorted text (see
/// docs/contracts.md "How the three line up"). Operations: service, name, method, normalised path, query parameters,
/// request body fields and success response. Types: every named type reachable from those (or from the given roots),
/// as JSON property names with coarse types and required/read-only/write-only flags, enums as their values, proto
/// oneofs and OpenAPI discriminated oneOfs as the same oneof line.
/// </summary>
internal sealed partial class ParityProjection
{
    /// <summary>The OpenAPI reader's service for webhooks (named after the <c>webhooks</c> key): proto has no counterpart.</summary>
    public const string WebhooksService = "webhooks";

    private readonly ContractModel _model;
    private readonly CoarseTypes _coarse;
    private readonly SortedDictionary<string, TypeDef> _reached = new(StringComparer.Ordinal);

    public ParityProjection(ContractModel model)
    {
        _model = model;
        _coarse = new CoarseTypes(model, t => _reached.TryAdd(t.Name, t));
    }

    /// <summary>The HTTP API: one line per service, one per binding, then the reachable types.</summary>
    public string Http()
    {
        var lines = new List<string>();
        foreach (var service in _model.Services.Where(s => !s.Name.Equals(WebhooksService, StringComparison.OrdinalIgnoreCase)))
        {
            lines.Add($"service {service.Name}");
            var names = service.Operations.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var op in service.Operations)
            {
                var name = RpcName(op.Name, names);
                foreach (var binding in op.Http)
                {
                    lines.Add($"op {service.Name}.{name} {binding.Method} {ParityPaths.Normalize(binding.Path)}" +
                              $" query=[{Query(binding)}] body={Body(op, binding)} response={Response(op, binding)}");
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return Join(lines) + Types();
    }

    /// <summary>The named types <paramref name="roots"/> and everything they reach.</summary>
    public string TypesFrom(IEnumerable<string> roots)
    {
        foreach (var root in roots)
        {
            var def = _model.Types.FirstOrDefault(t => t.Name == root);
            if (def is null)
            {
                _reached.TryAdd(root, new AliasDef { Id = root, Name = root, Target = new NeverType() });
                continue;
            }

            _reached.TryAdd(def.Name, def);
        }

        return Types();
    }

    /// <summary>Short names of the named payload types of every AsyncAPI message.</summary>
    public IEnumerable<string> PayloadTypeNames() =>
        _model.Messages.Select(m => m.Payload).OfType<NamedTypeRef>()
            .Select(n => _model.FindType(n.TypeId)?.Name ?? n.TypeId)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    /// <summary>Every type name in <paramref name="text"/> (lines starting with "type " or "enum ").</summary>
    public static IEnumerable<string> TypeNames(string text) =>
        text.Split('\n').Where(l => l.StartsWith("type ", StringComparison.Ordinal) || l.StartsWith("enum ", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[1]);

    /// <summary>OpenAPI spells an additional binding of RPC X as a second operation "X2", "X3"…</summary>
    private static string RpcName(string name, HashSet<string> siblings)
    {
        var m = AdditionalBinding().Match(name);
        return m.Success && siblings.Contains(m.Groups[1].Value) ? m.Groups[1].Value : name;
    }

    private string Query(HttpBinding binding) =>
        string.Join(", ", binding.Parameters.Where(p => p.In == ParameterLocation.Query)
            .Select(p => $"{p.Name}:{_coarse.Of(p.Type)}").Order(StringComparer.Ordinal));

    private string Body(Operation op, HttpBinding binding)
    {
        if (op.Input is null || binding.BodyField is null)
        {
            // OpenAPI (or a proto binding without a body): the request body schema as written.
            return binding.RequestBody?.Content.FirstOrDefault()?.Schema is { } schema ? Shape(schema, []) : "none";
        }

        // Proto: the body mapping says which part of the request message travels in the body.
        if (binding.BodyField == "*")
        {
            var bound = binding.Path.Variables.Select(v => v.FieldPath.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
            return Shape(op.Input, bound);
        }

        var field = Record(op.Input)?.Fields.FirstOrDefault(f => f.Name == binding.BodyField);
        return field is null ? "missing:" + binding.BodyField : Shape(field.Type, []);
    }

    private string Response(Operation op, HttpBinding binding)
    {
        if (op.Output is { } output)
        {
            if (binding.ResponseBodyField is { } name)
            {
                var field = Record(output)?.Fields.FirstOrDefault(f => f.Name == name);
                return field is null ? "missing:" + name : _coarse.Of(field);
            }

            var text = _coarse.Of(output);
            return text == "empty" ? "none" : text;
        }

        var success = binding.Responses.Where(r => r.IsSuccess).OrderBy(r => r.Status, StringComparer.Ordinal).FirstOrDefault();
        return success?.Content.FirstOrDefault()?.Schema is { } schema ? _coarse.Of(schema) : "none";
    }

    /// <summary>A request body as its field list (so a proto request message and an OpenAPI body schema compare by content).</summary>
    private string Shape(TypeRef type, HashSet<string> without)
    {
        var record = Record(type);
        if (record is null || _coarse.AsMap(record) is not null)
        {
            return _coarse.Of(type);
        }

        return "{" + string.Join(", ", record.Fields.Where(f => !without.Contains(f.Name)).Select(Field).Order(StringComparer.Ordinal)) + "}";
    }

    private RecordDef? Record(TypeRef type) => type is NamedTypeRef n ? _model.FindType(n.TypeId) as RecordDef : null;

    private string Types()
    {
        var lines = new List<string>();
        var printed = new HashSet<string>(StringComparer.Ordinal);
        while (_reached.Keys.FirstOrDefault(k => !printed.Contains(k)) is { } next)
        {
            printed.Add(next);
            lines.Add(TypeLine(_reached[next]));
        }

        lines.Sort(StringComparer.Ordinal);
        return Join(lines);
    }

    private string TypeLine(TypeDef def) => def switch
    {
        EnumDef e => $"enum {e.Name} [{string.Join(", ", e.Values.Select(v => v.Name).Order(StringComparer.Ordinal))}]",
        RecordDef r => $"type {r.Name} {{{RecordBody(r)}}}",
        UnionDef u => $"type {u.Name} {{{UnionBody(u.Union)}}}",
        AliasDef { Target: NeverType } => $"type {def.Name} missing",
        _ => $"type {def.Name} {def.GetType().Name}",
    };

    private string RecordBody(RecordDef r)
    {
        var parts = r.Fields.Where(f => f.Oneof is null).Select(Field).Order(StringComparer.Ordinal).ToList();
        foreach (var group in r.Fields.Where(f => f.Oneof is not null).GroupBy(f => f.Oneof))
        {
            parts.Add(Oneof(group.Select(f => $"{f.JsonName}:{_coarse.Of(f)}")));
        }

        return string.Join(", ", parts);
    }

    /// <summary>
    /// An OpenAPI oneOf with a discriminator over records: the properties every member has (the discriminator) are common
    /// fields; each member's other properties are the oneof's members, like the fields of a proto oneof.
    /// </summary>
    private string UnionBody(Union union)
    {
        var members = union.Members.Select(m => Record(m.Type)).ToList();
        if (union.Discriminator is null || members.Any(m => m is null))
        {
            return Oneof(union.Members.Select(m => _coarse.Of(m.Type)));
        }

        var common = members[0]!.Fields.Select(f => f.JsonName)
            .Where(n => members.All(m => m!.Fields.Any(f => f.JsonName == n)))
            .ToHashSet(StringComparer.Ordinal);
        var parts = members[0]!.Fields.Where(f => common.Contains(f.JsonName)).Select(Field).Order(StringComparer.Ordinal).ToList();
        parts.Add(Oneof(members.SelectMany(m => m!.Fields.Where(f => !common.Contains(f.JsonName))).Select(f => $"{f.JsonName}:{_coarse.Of(f)}")));
        return string.Join(", ", parts);
    }

    private static string Oneof(IEnumerable<string> members) => "oneof(" + string.Join(" | ", members.Order(StringComparer.Ordinal)) + ")";

    private string Field(FieldDef f)
    {
        var flags = new List<string>();
        if (f.IsRequired)
        {
            flags.Add("required");
        }

        if (f.ReadOnly || f.Behaviors.Contains("OUTPUT_ONLY"))
        {
            flags.Add("ro");
        }

        if (f.WriteOnly || f.Behaviors.Contains("INPUT_ONLY"))
        {
            flags.Add("wo");
        }

        return $"{f.JsonName}:{_coarse.Of(f)}" + (flags.Count == 0 ? "" : $"[{string.Join(",", flags)}]");
    }

    private static string Join(List<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var l in lines)
        {
            sb.Append(l).Append('\n');
        }

        return sb.ToString();
    }

    [GeneratedRegex("^(.+?)([2-9]|[1-9][0-9]+)$")]
    private static partial Regex AdditionalBinding();
}
