namespace ContractGen.Model;

/// <summary>Human documentation attached to an element (proto comments, OpenAPI/AsyncAPI summary and description).</summary>
public sealed record Docs(string? Summary, string? Description)
{
    public static readonly Docs Empty = new(null, null);

    public bool IsEmpty => string.IsNullOrEmpty(Summary) && string.IsNullOrEmpty(Description);
}
