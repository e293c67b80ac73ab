using System.Text;

namespace ContractGen.Emit.Writing;

/// <summary>
/// <c>.contractgen-manifest</c>: the files contractgen generated into a folder, so a later run deletes only its
/// own stale files. Format: a header line, <c>generator &lt;version&gt;</c>, then one <c>file &lt;path&gt;</c> per line, sorted.
/// </summary>
public sealed record Manifest(string GeneratorVersion, IReadOnlyList<string> Files)
{
    public const string FileName = ".contractgen-manifest";
    private const string Header = "# contractgen manifest v1: files generated here (contractgen deletes only these)";

    public string ToText()
    {
        var sb = new StringBuilder();
        sb.Append(Header).Append('\n');
        sb.Append("generator ").Append(GeneratorVersion).Append('\n');
        foreach (var file in Files.OrderBy(f => f, StringComparer.Ordinal))
        {
            sb.Append("file ").Append(file).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Reads a manifest; unknown or unsafe lines are ignored (they can never cause a deletion).</summary>
    public static Manifest Parse(string text)
    {
        var version = "";
        var files = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("generator ", StringComparison.Ordinal))
            {
                version = line["generator ".Length..];
            }
            else if (line.StartsWith("file ", StringComparison.Ordinal))
            {
                var file = line["file ".Length..];
                if (OutputPath.Problem(file) is null && file != FileName)
                {
                    files.Add(file);
                }
            }
        }

        return new Manifest(version, files);
    }
}
