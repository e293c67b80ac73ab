namespace ContractGen.Emit.Engine;

/// <summary>Generator options; they travel beside the model, never inside it.</summary>
public sealed record EmitOptions
{
    /// <summary>The name of the generated package (C# namespace/project, npm package, Go module/package, Python package), before each language's naming rules.</summary>
    public string PackageName { get; init; } = "api";

    /// <summary>User template folder searched before the built-in templates; null = built-in only.</summary>
    public string? TemplateFolder { get; init; }

    /// <summary>Per-language options (contractgen.yaml <c>outputs.&lt;lang&gt;.options</c>): key <c>&lt;lang&gt;:&lt;name&gt;</c>, e.g. <c>csharp:namespace</c>.</summary>
    public IReadOnlyDictionary<string, string> LanguageOptions { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The value of a language option, or null when not set.</summary>
    public string? Option(string language, string name) =>
        LanguageOptions.TryGetValue(language + ":" + name, out var value) && value.Length > 0 ? value : null;
}
