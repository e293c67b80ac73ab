namespace ContractGen.Emit.Writing;

/// <summary>One generated file: a '/'-separated path relative to the output folder and its text (LF endings).</summary>
public sealed record GeneratedFile(string RelativePath, string Content);
