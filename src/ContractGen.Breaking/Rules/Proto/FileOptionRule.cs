using ContractGen.Model;

namespace ContractGen.Breaking.Rules.Proto;

/// <summary>Shared handler of the FILE_SAME_&lt;option&gt; rules: a file option keeps its value (absent = the option's default).</summary>
internal abstract class FileOptionRule : BreakingRule<DocumentPair>
{
    protected abstract string Option { get; }

    protected virtual string Default => "";

    public override string Purpose => $"Files keep the value of option {Option}.";

    public override IReadOnlyList<string> Categories => FilePackage;

    public override FormatSet Formats => FormatSet.Proto;

    public override void Check(DocumentPair pair, CheckContext context)
    {
        if (pair is { Previous: { } p, Current: { } c })
        {
            string before = Value(p), after = Value(c);
            if (before != after)
            {
                context.Report(pair, $"File option \"{Option}\" changed from \"{before}\" to \"{after}\".", Position(c));
            }
        }
    }

    private string Value(SourceDocument document) =>
        ProtoFacts.Option(document, Option) is { } json ? json.Trim('"') : Default;

    internal static SourceSpan Position(SourceDocument document) =>
        document.Span with { File = document.Span.File.Length > 0 ? document.Span.File : document.Path, Line = Math.Max(1, document.Span.Line), Column = Math.Max(1, document.Span.Column) };
}
