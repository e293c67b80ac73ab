namespace ContractGen.Model;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// A problem found in a contract. Codes by area: CG1xxx proto, CG2xxx OpenAPI, CG3xxx AsyncAPI,
/// CG4xxx generation, CG5xxx configuration, CG6xxx input handling (files, folders, git).
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan Span)
{
    public static Diagnostic Error(string code, string message, SourceSpan span) => new(Severity.Error, code, message, span);

    public static Diagnostic Warning(string code, string message, SourceSpan span) => new(Severity.Warning, code, message, span);

    /// <summary>gcc-style: <c>path:line:col: error CG2001: message</c>.</summary>
    public override string ToString()
    {
        var level = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        var where = Span.File.Length == 0 ? "contractgen" : Span.IsKnown ? Span.ToString() : Span.File;
        return $"{where}: {level} {Code}: {Message}";
    }
}
