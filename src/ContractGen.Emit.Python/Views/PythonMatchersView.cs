using ContractGen.Emit.Views;

namespace ContractGen.Emit.Python.Views;

/// <summary>What the Python matchers templates lay out.</summary>
/// <param name="DistributionName">The project name in pyproject.toml, as a TOML string literal.</param>
/// <param name="PackageName">The importable package (folder) name.</param>
/// <param name="Stamp">The generator stamp, safe in a # comment.</param>
/// <param name="FormatVersion">Version of the compiled route table format.</param>
/// <param name="Routes">The compiled routes, values as Python literals (absent method/verb: <c>None</c>).</param>
/// <param name="HasRoutes">False when the contracts declare no HTTP binding and no channel address.</param>
public sealed record PythonMatchersView(
    string DistributionName, string PackageName, string Stamp, int FormatVersion, IReadOnlyList<RouteRowView> Routes, bool HasRoutes);
