using ContractGen.Model;
using Google.Protobuf.Reflection;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>
/// Locations and comments of one file, read straight from <see cref="SourceCodeInfo"/> and keyed by descriptor path
/// ("4.0.2.1" = message 0, field 1). Built only for the user's own files, which keeps big corpora cheap.
/// </summary>
internal sealed class SourceIndex
{
    private readonly Dictionary<string, SourceCodeInfo.Types.Location> _locations;
    private readonly string _file;

    private SourceIndex(string file, Dictionary<string, SourceCodeInfo.Types.Location> locations)
    {
        _file = file;
        _locations = locations;
    }

    public static SourceIndex Build(string displayPath, SourceCodeInfo? info)
    {
        var map = new Dictionary<string, SourceCodeInfo.Types.Location>(info?.Location.Count ?? 0, StringComparer.Ordinal);
        if (info is not null)
        {
            foreach (var loc in info.Location)
            {
                // protoc lists a declaration's own location before those of its parts; keep the first.
                map.TryAdd(string.Join('.', loc.Path), loc);
            }
        }

        return new SourceIndex(displayPath, map);
    }

    public static SourceIndex Empty(string displayPath) => new(displayPath, new Dictionary<string, SourceCodeInfo.Types.Location>(0));

    public bool Has(string path) => _locations.ContainsKey(path);

    /// <summary>1-based span of the element at <paramref name="path"/>, or the file with line 0 when unknown.</summary>
    public SourceSpan Span(string path) =>
        _locations.TryGetValue(path, out var loc) && loc.Span.Count >= 3
            ? new SourceSpan(_file, loc.Span[0] + 1, loc.Span[1] + 1)
            : new SourceSpan(_file, 0, 0);

    /// <summary>1-based first and last line of the element at <paramref name="path"/>, or null when unknown.</summary>
    public (int Start, int End)? Lines(string path) =>
        _locations.TryGetValue(path, out var loc) && loc.Span.Count >= 3
            ? (loc.Span[0] + 1, (loc.Span.Count == 4 ? loc.Span[2] : loc.Span[0]) + 1)
            : null;

    /// <summary>Leading and trailing comments, one space of indentation removed from each line.</summary>
    public Docs Docs(string path)
    {
        if (!_locations.TryGetValue(path, out var loc))
        {
            return Model.Docs.Empty;
        }

        var leading = Clean(loc.LeadingComments);
        var trailing = Clean(loc.TrailingComments);
        var text = leading is null ? trailing : trailing is null ? leading : leading + "\n" + trailing;
        return text is null ? Model.Docs.Empty : new Docs(null, text);
    }

    private static string? Clean(string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return null;
        }

        var lines = comment.Replace("\r\n", "\n").Split('\n').Select(l => l.StartsWith(' ') ? l[1..] : l).Select(l => l.TrimEnd());
        return string.Join('\n', lines).Trim('\n');
    }
}
