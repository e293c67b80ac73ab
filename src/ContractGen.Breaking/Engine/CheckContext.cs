using ContractGen.Model;

namespace ContractGen.Breaking;

/// <summary>What a rule handler sees besides its pair: both sides' lookups, the options, and the way to report.</summary>
public sealed class CheckContext
{
    private readonly RuleSelection _selection;
    private readonly List<Finding> _findings = new();
    private readonly HashSet<(string, string, int, int, string)> _seen = new();

    internal CheckContext(ModelIndex previous, ModelIndex current, BreakingOptions options, RuleSelection selection)
    {
        Previous = previous;
        Current = current;
        Options = options;
        _selection = selection;
    }

    public ModelIndex Previous { get; }

    public ModelIndex Current { get; }

    public BreakingOptions Options { get; }

    internal BreakingRule? Rule { get; set; }

    internal IReadOnlyList<Finding> Findings => _findings;

    public bool IsEnabled(string ruleId) => _selection.IsEnabled(ruleId);

    /// <summary>Reports a finding of the running rule about <paramref name="pair"/>, at <paramref name="at"/> (default: the pair's place).</summary>
    public void Report(Pair pair, string message, SourceSpan? at = null, string? element = null)
    {
        var rule = Rule ?? throw new InvalidOperationException("Report outside a rule");
        var location = at is { File.Length: > 0 } a ? a : pair.DefaultLocation;
        var path = element ?? pair.Scope.Path;
        var documents = new[] { Current.DocumentOfFile(location.File), Previous.DocumentOfFile(location.File) }.OfType<SourceDocument>().ToList();
        var files = documents.Select(d => (documents.Count > 0 && Current.DocumentOfFile(location.File) == d ? Current : Previous).DocumentKey(d))
            .Append(location.File);
        var scope = pair.Scope.Previous.Concat(pair.Scope.Current).Concat(documents);
        if (Suppressions.IsSuppressed(Options, rule.Id, path, files, scope))
        {
            return;
        }

        if (_seen.Add((rule.Id, location.File, location.Line, location.Column, message)))
        {
            _findings.Add(new Finding(rule.Id, _selection.LevelOf(rule), message, location, path));
        }
    }
}
