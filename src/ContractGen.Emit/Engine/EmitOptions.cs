namespace ContractGen.Emit.Engine;

/// <summary>Generator options; they travel beside the model, never inside it.</summary>
public sealed record EmitOptions
{
    /// <summary>The name of the generated package (C# namespace/project, npm package, Go module/package, Python package), before each language's naming rules.</summary>
    public string PackageName { get; init; } = "api";

    /// <summary>User template folder searched before the built-in templates; null = built-in only.</summary>
    public string? TemplateFolder { get; init; }
}
