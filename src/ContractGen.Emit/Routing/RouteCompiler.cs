using System.Collections.Immutable;
using ContractGen.Model;

namespace ContractGen.Emit.Routing;

/// <summary>
/// Model → <see cref="CompiledRouteTable"/>: every HTTP binding (additional bindings included) and every channel
/// address, sorted deterministically, with generation-time diagnostics CG4401–CG4404 (docs/path-templates.md §6).
/// </summary>
public static class RouteCompiler
{
    public static CompiledRouteTable Compile(ContractModel model, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Compile(Sources(model), diagnostics);
    }

    /// <summary>The routes a model declares, before compilation.</summary>
    public static IEnumerable<RouteSource> Sources(ContractModel model)
    {
        foreach (var operation in model.Operations)
        {
            foreach (var binding in operation.Http)
            {
                var span = binding.Span.IsKnown ? binding.Span : operation.Span;
                yield return new RouteSource(operation.Id, CompiledRoute.HttpKind, binding.Method.ToUpperInvariant(), binding.Path, span);
            }
        }

        foreach (var channel in model.Channels)
        {
            if (channel.Address is { } address)
            {
                yield return new RouteSource(channel.Id, CompiledRoute.ChannelKind, null, address, channel.Span);
            }
        }
    }

    public static CompiledRouteTable Compile(IEnumerable<RouteSource> sources, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var routes = new List<CompiledRoute>();
        foreach (var source in sources)
        {
            var http = source.Kind == CompiledRoute.HttpKind;
            var route = new CompiledRoute
            {
                Id = source.Id,
                Kind = source.Kind,
                Method = http ? source.Method ?? "*" : null,
                Tokens = RouteTokens.From(source.Template, http),
                Verb = http ? source.Template.Verb : null,
                Template = source.Template.Text,
                Span = source.Span,
            };
            if (Validate(route, source.Template, diagnostics))
            {
                routes.Add(route);
            }
        }

        routes.Sort(CompareRoutes);
        RouteConflicts.Report(routes, diagnostics);
        return new CompiledRouteTable { Routes = routes.ToImmutableArray() };
    }

    public static int CompareRoutes(CompiledRoute a, CompiledRoute b)
    {
        var c = string.CompareOrdinal(a.Kind, b.Kind);
        c = c != 0 ? c : string.CompareOrdinal(a.Template, b.Template);
        c = c != 0 ? c : string.CompareOrdinal(a.Method, b.Method);
        c = c != 0 ? c : string.CompareOrdinal(a.Verb, b.Verb);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>CG4403 (variable bound twice) and CG4404 (a shape the runtimes cannot match).</summary>
    private static bool Validate(CompiledRoute route, PathTemplate template, DiagnosticBag diagnostics)
    {
        var ok = true;
        var names = template.Variables.Select(v => v.FieldPath).ToList();
        var fieldPaths = template.Syntax == TemplateSyntax.HttpRule;
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (names[i] == names[j] || (fieldPaths && (names[i].StartsWith(names[j] + ".", StringComparison.Ordinal) ||
                                                            names[j].StartsWith(names[i] + ".", StringComparison.Ordinal))))
                {
                    diagnostics.Error("CG4403", $"route {Describe(route)}: variable '{names[i]}' overlaps '{names[j]}' (bound twice)", route.Span);
                    ok = false;
                }
            }
        }

        var afterMulti = false;
        var channel = route.Kind == CompiledRoute.ChannelKind;
        for (var i = 0; i < route.Tokens.Length; i++)
        {
            var token = route.Tokens[i];
            var unnamedOrMulti = token == "M" || (token == "S" && (i == 0 || !route.Tokens[i - 1].StartsWith("V:", StringComparison.Ordinal)));
            if ((afterMulti && token != "E" && !token.StartsWith("L:", StringComparison.Ordinal)) || (channel && unnamedOrMulti))
            {
                diagnostics.Error("CG4404", $"route {Describe(route)}: only literal segments may follow '**', and channel addresses have no wildcards", route.Span);
                return false;
            }

            afterMulti |= token == "M";
        }

        return ok;
    }

    public static string Describe(CompiledRoute route) =>
        (route.Method is null ? "" : route.Method + " ") + route.Template + $" ({route.Kind} {route.Id})";
}
