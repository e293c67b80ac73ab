using ContractGen.Emit.Views;

namespace ContractGen.Emit.TypeScript.Views;

/// <summary>What the TypeScript matchers templates lay out.</summary>
/// <param name="PackageName">The npm package name, as a JSON string literal.</param>
/// <param name="Stamp">The generator stamp, safe in a line comment.</param>
/// <param name="FormatVersion">Version of the compiled route table format.</param>
/// <param name="Routes">The compiled routes, values as TypeScript literals.</param>
/// <param name="HasRoutes">False when the contracts declare no HTTP binding and no channel address.</param>
public sealed record TypeScriptMatchersView(
    string PackageName, string Stamp, int FormatVersion, IReadOnlyList<RouteRowView> Routes, bool HasRoutes);
