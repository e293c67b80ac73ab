using ContractGen.Model;

namespace ContractGen.Readers.AsyncApi.Documents;

/// <summary>Collects diagnostics once each (the same $ref may be followed from several places).</summary>
internal sealed class Reporter
{
    private readonly HashSet<Diagnostic> _seen = new();
    private readonly DiagnosticBag _bag = new();

    public DiagnosticBag Bag => _bag;

    public bool HasErrors => _bag.HasErrors;

    public void Error(string code, string message, SourceSpan span) => Add(Diagnostic.Error(code, message, span));

    public void Warning(string code, string message, SourceSpan span) => Add(Diagnostic.Warning(code, message, span));

    public void Add(Diagnostic d)
    {
        if (_seen.Add(d))
        {
            _bag.Add(d);
        }
    }

    /// <summary>Takes diagnostics produced by shared helpers (e.g. the path-template parser) through the same de-duplication.</summary>
    public void AddFrom(DiagnosticBag other)
    {
        foreach (var d in other.ToImmutableSorted())
        {
            Add(d);
        }
    }
}
