namespace ContractGen.Emit.Templates;

/// <summary>A template's text and where it came from (a user file path or <c>embedded:templates/…</c>).</summary>
public sealed record TemplateSource(string Name, string Text, string Origin)
{
    public bool IsUserOverride => !Origin.StartsWith("embedded:", StringComparison.Ordinal);
}
