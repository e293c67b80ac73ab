using ContractGen.Emit.Views;

namespace ContractGen.Emit.Go.Views;

/// <summary>What the Go matchers templates lay out.</summary>
/// <param name="ModulePath">The module path for go.mod.</param>
/// <param name="PackageName">The Go package name.</param>
/// <param name="Stamp">The generator stamp, safe in a line comment.</param>
/// <param name="FormatVersion">Version of the compiled route table format.</param>
/// <param name="Routes">The compiled routes, values as Go literals (absent method/verb: <c>""</c>).</param>
/// <param name="HasRoutes">False when the contracts declare no HTTP binding and no channel address.</param>
public sealed record GoMatchersView(
    string ModulePath, string PackageName, string Stamp, int FormatVersion, IReadOnlyList<RouteRowView> Routes, bool HasRoutes);
