using System.Collections.Immutable;

namespace ContractGen.Model;

/// <summary>Collects every problem, not just the first. Not thread-safe: one bag per reader run.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public int Count => _items.Count;

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(string code, string message, SourceSpan span) => _items.Add(Diagnostic.Error(code, message, span));

    public void Warning(string code, string message, SourceSpan span) => _items.Add(Diagnostic.Warning(code, message, span));

    /// <summary>An error about <paramref name="span"/> that also names the other declaration at <paramref name="declaredAt"/>.</summary>
    public void Error(string code, string message, SourceSpan span, SourceSpan declaredAt) =>
        _items.Add(Diagnostic.Error(code, message, span) with { DeclaredAt = declaredAt });

    /// <summary>A warning about <paramref name="span"/> that also names the other declaration at <paramref name="declaredAt"/>.</summary>
    public void Warning(string code, string message, SourceSpan span, SourceSpan declaredAt) =>
        _items.Add(Diagnostic.Warning(code, message, span) with { DeclaredAt = declaredAt });

    /// <summary>Sorted by file, line, column, code for deterministic output.</summary>
    public ImmutableArray<Diagnostic> ToImmutableSorted() =>
        _items.OrderBy(d => d.Span.File, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Text, StringComparer.Ordinal)
            .ToImmutableArray();
}
