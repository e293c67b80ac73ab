using System.Text;

namespace ContractGen.Model.Printing;

public sealed record PrintOptions
{
    /// <summary>Paths in spans are printed relative to this folder (with '/' separators) when set.</summary>
    public string? PathBase { get; init; }

    /// <summary>Print source locations (<c>@file:line:col</c>).</summary>
    public bool Spans { get; init; } = true;

    /// <summary>Print documentation text.</summary>
    public bool Docs { get; init; } = true;
}

/// <summary>
/// The golden text format of <c>contractgen inspect</c>: one line per element, sorted, stable. Each line starts with the
/// element kind and its id, so two dumps diff cleanly.
/// </summary>
public static class ModelPrinter
{
    public static string Print(ContractModel model, PrintOptions? options = null)
    {
        options ??= new PrintOptions();
        var lines = new List<string>();
        var w = new LineWriter(options, lines);
        foreach (var d in model.Documents)
        {
            w.Line(d, $"document {d.Id} format={d.Format.ToString().ToLowerInvariant()} spec={d.SpecVersion}" +
                      w.Opt("title", d.Title) + w.Opt("version", d.ApiVersion) + w.Opt("package", d.Package));
        }

        foreach (var t in model.Types)
        {
            TypePrinter.Print(t, w);
        }

        foreach (var e in model.ExtensionFields)
        {
            TypePrinter.Extension(e, w);
        }

        foreach (var s in model.Services)
        {
            w.Line(s, $"service {s.Id} name={s.Name}");
            foreach (var o in s.Operations)
            {
                OperationPrinter.Print(o, w);
            }
        }

        MessagingPrinter.Print(model, w);
        foreach (var s in model.SecuritySchemes)
        {
            w.Line(s, $"security {s.Id} type={s.Type}" + w.Opt("scheme", s.Scheme) + w.Opt("in", s.In) +
                      w.Opt("param", s.ParameterName) + w.Opt("bearerFormat", s.BearerFormat) + w.Opt("openIdConnectUrl", s.OpenIdConnectUrl) +
                      string.Concat(s.Flows.Select(f => $" flow={f.Kind}[{string.Join(",", f.Scopes)}]")) +
                      (s.Scopes.IsDefaultOrEmpty ? "" : $" scopes=[{string.Join(",", s.Scopes)}]"));
        }

        foreach (var r in model.DefaultSecurity)
        {
            lines.Add("default-security " + SecurityText(r));
        }

        lines.Sort(StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var l in lines)
        {
            sb.Append(l).Append('\n');
        }

        return sb.ToString();
    }

    internal static string SecurityText(SecurityRequirement r) =>
        r.Items.IsDefaultOrEmpty ? "{}" : string.Join("+", r.Items.Select(i => i.Scopes.IsDefaultOrEmpty ? i.SchemeId : $"{i.SchemeId}[{string.Join(",", i.Scopes)}]"));

    internal static string SecurityList(ImmutableArrayOrNull security) => security.Text;
}

/// <summary>Wraps a nullable list of security requirements for printing.</summary>
internal readonly record struct ImmutableArrayOrNull(System.Collections.Immutable.ImmutableArray<SecurityRequirement>? Value)
{
    public string Text => Value is null ? "" : " security=[" + string.Join(" | ", Value.Value.Select(ModelPrinter.SecurityText)) + "]";
}
