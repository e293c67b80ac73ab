using System.CommandLine;
using ContractGen.Cli.Config;
using ContractGen.Cli.Output;
using ContractGen.Readers;

namespace ContractGen.Cli.Hosting;

/// <summary>What a command gets besides its parse result: output writers, the current folder, the configuration.</summary>
public sealed class CliContext
{
    internal CliContext(TextWriter stdout, TextWriter stderr, string currentDirectory, Option<string?> configOption, ContractLoader? loader = null)
    {
        Loader = loader ?? new ContractLoader();
        Out = stdout;
        Error = stderr;
        CurrentDirectory = currentDirectory;
        ConfigOption = configOption;
        Diagnostics = new DiagnosticWriter(stderr, currentDirectory);
    }

    /// <summary>Standard output: the command's result (model dump, JSON, generated file list…).</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: diagnostics and messages.</summary>
    public TextWriter Error { get; }

    /// <summary>The folder relative paths are resolved against and printed relative to.</summary>
    public string CurrentDirectory { get; }

    /// <summary>Prints diagnostics to stderr in the documented format, sorted, with a summary line.</summary>
    public DiagnosticWriter Diagnostics { get; }

    /// <summary>Loads contracts (the default readers; tests may plug in others).</summary>
    public ContractLoader Loader { get; }

    /// <summary>The global <c>--config PATH</c> option.</summary>
    public Option<string?> ConfigOption { get; }

    /// <summary>Path as shown to the user: relative to the current folder when below it, '/' separators.</summary>
    public string DisplayPath(string path) => PathDisplay.Relative(CurrentDirectory, path);

    /// <summary>
    /// Loads <c>--config PATH</c>, else <c>./contractgen.yaml</c> when present, else the defaults. On errors (located
    /// CG5xxx diagnostics) they are printed and false is returned: the command should return <see cref="ExitCodes.Invalid"/>.
    /// </summary>
    public bool TryLoadConfig(ParseResult parse, out ContractGenConfig config)
    {
        var explicitPath = parse.GetValue(ConfigOption);
        var result = ConfigLoader.Load(explicitPath, CurrentDirectory);
        config = result.Config;
        if (result.Diagnostics.Length > 0)
        {
            Diagnostics.Report(result.Diagnostics);
        }

        return !result.HasErrors;
    }
}
