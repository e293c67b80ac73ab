using ContractGen.Model;

namespace ContractGen.Cli.Config;

/// <summary>
/// The loaded configuration (contractgen.yaml), typed. Its keys are defined by schemas/contractgen.schema.json (the one
/// definition of options). Paths are already resolved to full paths against the configuration file's folder.
/// Command-line flags override these values (see <see cref="Inputs.ContractInputs"/> for the input flags).
/// </summary>
public sealed record ContractGenConfig
{
    /// <summary>The defaults, used when there is no configuration file.</summary>
    public static ContractGenConfig Defaults(string directory) => new() { Directory = directory };

    /// <summary>Full path of the file read; null when running on defaults.</summary>
    public string? FilePath { get; init; }

    /// <summary>Folder relative paths were resolved against.</summary>
    public required string Directory { get; init; }

    public IReadOnlyList<string> Inputs { get; init; } = [];

    public IReadOnlyList<string> Include { get; init; } = [];

    public string? Protoc { get; init; }

    public bool AllowRemoteRefs { get; init; }

    public string? Templates { get; init; }

    /// <summary>Per language (<c>csharp</c>, <c>typescript</c>, <c>go</c>, <c>python</c>), sorted by language.</summary>
    public IReadOnlyList<OutputConfig> Outputs { get; init; } = [];

    public BreakingConfig Breaking { get; init; } = new();

    public OutputConfig? Output(string language) => Outputs.FirstOrDefault(o => o.Language == language);
}

/// <summary>One <c>outputs.&lt;language&gt;</c> entry.</summary>
public sealed record OutputConfig
{
    public required string Language { get; init; }

    /// <summary>Full path of the output folder.</summary>
    public required string Out { get; init; }

    /// <summary>Where <c>out</c> is written in the configuration file.</summary>
    public SourceSpan OutSpan { get; init; } = SourceSpan.None;

    /// <summary><c>routes</c>, <c>matchers</c>, <c>validators</c>, <c>clients</c>; empty means all.</summary>
    public IReadOnlyList<string> Artifacts { get; init; } = [];

    /// <summary>Where each of <see cref="Artifacts"/> is written in the configuration file.</summary>
    public IReadOnlyList<SourceSpan> ArtifactSpans { get; init; } = [];

    /// <summary>Language options: <c>namespace</c> (C#), <c>packageName</c> (TypeScript), <c>module</c>/<c>package</c> (Go), <c>package</c> (Python).</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);
}

/// <summary>The <c>breaking</c> section.</summary>
public sealed record BreakingConfig
{
    public string? Against { get; init; }

    public IReadOnlyList<string> Use { get; init; } = [];

    public IReadOnlyList<string> Except { get; init; } = [];

    /// <summary>File globs, as written (relative to the configuration folder).</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    public IReadOnlyList<string> IgnoreElements { get; init; } = [];

    public bool IgnoreUnstable { get; init; }

    /// <summary>Rule ID → error | warning | info | off.</summary>
    public IReadOnlyDictionary<string, string> Levels { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    public bool DeprecateBeforeRemove { get; init; }
}
