using ContractGen.Model;

namespace ContractGen.Cli.Config;

/// <summary>Checks of a schema-valid configuration that the schema cannot express (CG5006: shared output folders).</summary>
internal static class ConfigChecks
{
    public static IEnumerable<Diagnostic> Check(ContractGenConfig config)
    {
        // Each output folder holds one package and the manifest of its files: a second language in the same folder
        // would delete the first one's files as stale on every run.
        var comparison = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        var seen = new Dictionary<string, OutputConfig>(comparison);
        foreach (var output in config.Outputs)
        {
            var folder = Path.TrimEndingDirectorySeparator(output.Out);
            if (seen.TryGetValue(folder, out var first))
            {
                yield return Diagnostic.Error(ConfigCodes.SharedOutputFolder,
                    $"outputs.{output.Language}.out: give each language its own folder; this is the same as outputs.{first.Language}.out",
                    output.OutSpan) with { DeclaredAt = first.OutSpan };
            }
            else
            {
                seen[folder] = output;
            }
        }
    }
}
