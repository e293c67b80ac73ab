using ContractGen.Model;

namespace ContractGen.Emit.Routing;

/// <summary>CG4401 duplicate routes and CG4402 ambiguous composite overlaps, over a sorted route list.</summary>
internal static class RouteConflicts
{
    public static void Report(IReadOnlyList<CompiledRoute> routes, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, CompiledRoute>(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            var key = string.Join("\u0001", route.Kind, route.LeadingSlash, route.Method, route.Verb, string.Join("/", RouteTokens.Shape(route.Tokens)));
            if (first.TryGetValue(key, out var earlier))
            {
                diagnostics.Error("CG4401",
                    $"duplicate route: {RouteCompiler.Describe(route)} matches exactly the same requests as {RouteCompiler.Describe(earlier)}",
                    route.Span, declaredAt: earlier.Span);
            }
            else
            {
                first[key] = route;
            }
        }

        ReportCompositeOverlaps(routes, diagnostics);
    }

    /// <summary>Two different composite skeletons at the same trie position (same prefix shape, same verb) that can match the same text.</summary>
    private static void ReportCompositeOverlaps(IReadOnlyList<CompiledRoute> routes, DiagnosticBag diagnostics)
    {
        var byPosition = new Dictionary<string, SortedDictionary<string, CompiledRoute>>(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            var shape = RouteTokens.Shape(route.Tokens).ToList();
            for (var i = 0; i < shape.Count; i++)
            {
                if (!shape[i].StartsWith("C:", StringComparison.Ordinal))
                {
                    continue;
                }

                var position = string.Join("\u0001", route.Kind, route.LeadingSlash, route.Verb, string.Join("/", shape.Take(i)));
                if (!byPosition.TryGetValue(position, out var skeletons))
                {
                    byPosition[position] = skeletons = new SortedDictionary<string, CompiledRoute>(StringComparer.Ordinal);
                }

                skeletons.TryAdd(shape[i][2..], route);
            }
        }

        foreach (var skeletons in byPosition.Values)
        {
            var ordered = skeletons.Keys.ToList();
            ordered.Sort(RouteTokens.CompareComposites);
            for (var i = 0; i < ordered.Count; i++)
            {
                for (var j = i + 1; j < ordered.Count; j++)
                {
                    if (CompositeOverlap.CanOverlap(ordered[i], ordered[j]))
                    {
                        var loser = skeletons[ordered[j]];
                        diagnostics.Warning("CG4402",
                            $"ambiguous routes: segment '{ordered[j]}' of {RouteCompiler.Describe(loser)} can match the same text as " +
                            $"'{ordered[i]}' of {RouteCompiler.Describe(skeletons[ordered[i]])}; the latter is tried first (more literal characters)",
                            loser.Span);
                    }
                }
            }
        }
    }
}
