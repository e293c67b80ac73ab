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
/// <remarks>
/// A message never embeds a file path of its own: where it refers to a second place (the first of two duplicate
/// declarations), that place goes into <see cref="DeclaredAt"/>, so its path is shown the same way as
/// <see cref="Span"/>'s (relative to the current folder, see <see cref="MapFiles"/>) and the text does not depend on
/// where the checkout lives.
/// </remarks>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan Span)
{
    /// <summary>The other declaration the message is about; printed after the message as <c>declared at path:line:col</c>.</summary>
    public SourceSpan? DeclaredAt { get; init; }

    /// <summary>The message with <see cref="DeclaredAt"/> appended when it is known.</summary>
    public string Text => DeclaredAt is { IsKnown: true } at ? $"{Message} declared at {at}" : Message;

    public static Diagnostic Error(string code, string message, SourceSpan span) => new(Severity.Error, code, message, span);

    public static Diagnostic Warning(string code, string message, SourceSpan span) => new(Severity.Warning, code, message, span);

    /// <summary>The same diagnostic with the file of <see cref="Span"/> and of <see cref="DeclaredAt"/> passed through <paramref name="display"/> (empty files stay empty).</summary>
    public Diagnostic MapFiles(Func<string, string> display)
    {
        SourceSpan Map(SourceSpan s) => s.File.Length == 0 ? s : s with { File = display(s.File) };
        return this with { Span = Map(Span), DeclaredAt = DeclaredAt is null ? null : Map(DeclaredAt) };
    }

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
        return $"{where}: {level} {Code}: {Text}";
    }
}
