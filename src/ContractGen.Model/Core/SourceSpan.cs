namespace ContractGen.Model;

/// <summary>Where an element was declared: file path as given to the tool, 1-based line and column (0 when unknown).</summary>
public sealed record SourceSpan(string File, int Line, int Column)
{
    public static readonly SourceSpan None = new("", 0, 0);

    public bool IsKnown => Line > 0;

    public override string ToString() => $"{File}:{Line}:{Column}";
}
