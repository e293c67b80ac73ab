namespace ContractGen.Model.Printing;

/// <summary>Appends element lines with the shared suffixes (flags, docs, extensions, span).</summary>
internal sealed class LineWriter(PrintOptions options, List<string> lines)
{
    public PrintOptions Options => options;

    public void Line(Element e, string text)
    {
        var s = text;
        if (e.Deprecated)
        {
            s += " deprecated";
        }

        foreach (var (k, v) in e.Extensions)
        {
            s += $" {k}={v}";
        }

        if (options.Docs && !e.Docs.IsEmpty)
        {
            s += Opt("summary", e.Docs.Summary) + Opt("doc", e.Docs.Description);
        }

        Raw(s, e.Span);
    }

    /// <summary>
    /// Adds one line. Names and ids printed unquoted may hold newlines or other control characters (contracts are hostile
    /// input); they are escaped here so every element stays on exactly one line.
    /// </summary>
    public void Raw(string text, SourceSpan span)
    {
        text = TextFormat.OneLine(text);
        lines.Add(options.Spans && span.File.Length > 0 ? $"{text} @{Where(span)}" : text);
    }

    public string Opt(string name, string? value) => value is null ? "" : $" {name}={TextFormat.Quote(value)}";

    public string Docs(Docs docs) => options.Docs && !docs.IsEmpty ? Opt("summary", docs.Summary) + Opt("doc", docs.Description) : "";

    private string Where(SourceSpan span)
    {
        var file = span.File;
        if (options.PathBase is { } b && Path.IsPathRooted(file))
        {
            file = Path.GetRelativePath(b, file);
        }

        return $"{file.Replace('\\', '/')}:{span.Line}:{span.Column}";
    }
}
