using System.Collections.Immutable;

namespace ContractGen.Breaking;

/// <summary>The <c>breaking:</c> section of contractgen.yaml (and the matching flags), already validated.</summary>
public sealed record BreakingOptions
{
    public static readonly BreakingOptions Default = new();

    /// <summary>Categories or rule ids to run (default FILE, OPENAPI, ASYNCAPI).</summary>
    public ImmutableArray<string> Use { get; init; } = Categories.Default.ToImmutableArray();

    /// <summary>Categories or rule ids to leave out.</summary>
    public ImmutableArray<string> Except { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>File globs (matched against the path shown and the path below the input root) whose findings are dropped.</summary>
    public ImmutableArray<string> IgnorePaths { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Element-path globs (the <c>element</c> of a finding) whose findings are dropped.</summary>
    public ImmutableArray<string> IgnoreElements { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Rule id → file or element globs ignored for that rule only.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> IgnoreOnly { get; init; } =
        ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal);

    /// <summary>Drop findings in unstable proto packages (v1alpha1, v1beta2, v0, alpha, beta…) and OpenAPI/AsyncAPI elements marked x-stability: experimental.</summary>
    public bool IgnoreUnstablePackages { get; init; }

    /// <summary>Rule id → level; null means off.</summary>
    public ImmutableSortedDictionary<string, RuleLevel?> Levels { get; init; } =
        ImmutableSortedDictionary.Create<string, RuleLevel?>(StringComparer.Ordinal);

    /// <summary>When true, an operation or channel deprecated in the previous version may be removed (removing one that was not deprecated stays breaking). Default false: every removal is breaking.</summary>
    public bool DeprecateBeforeRemove { get; init; }
}
