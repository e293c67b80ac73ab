using ContractGen.Emit.Views;

namespace ContractGen.Emit.CSharp.Views;

/// <summary>What the C# matchers templates lay out (template members are snake_case: <c>model.namespace_name</c>).</summary>
/// <param name="NamespaceName">The package's namespace (also the project and assembly name).</param>
/// <param name="Stamp">The generator stamp, safe in a line comment.</param>
/// <param name="FormatVersion">Version of the compiled route table format.</param>
/// <param name="Routes">The compiled routes, values as C# literals.</param>
/// <param name="HasRoutes">False when the contracts declare no HTTP binding and no channel address.</param>
public sealed record CSharpMatchersView(
    string NamespaceName, string Stamp, int FormatVersion, IReadOnlyList<RouteRowView> Routes, bool HasRoutes);
