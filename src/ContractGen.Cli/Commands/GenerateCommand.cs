using System.CommandLine;
using ContractGen.Cli.Config;
using ContractGen.Cli.Hosting;
using ContractGen.Cli.Inputs;
using ContractGen.Emit.CSharp;
using ContractGen.Emit.Engine;
using ContractGen.Emit.Go;
using ContractGen.Emit.Python;
using ContractGen.Emit.TypeScript;
using ContractGen.Model;

namespace ContractGen.Cli.Commands;

/// <summary>
/// <c>contractgen generate</c>: runs the emitters (language × artifact) on the contracts and writes each language's
/// package with the deterministic writer (manifest, atomic writes, only its own stale files deleted). Targets come from
/// <c>--lang</c>/<c>--artifact</c>/<c>--out</c>, else from <c>outputs</c> of contractgen.yaml.
/// </summary>
public sealed class GenerateCommand : CliCommand
{
    private readonly ContractInputs _inputs = new();

    private readonly Option<string[]> _lang = new("--lang", "-l")
    {
        Description = "Target language (repeatable): csharp, typescript, go, python. Default: the languages under 'outputs' of contractgen.yaml.",
        HelpName = "LANG",
    };

    private readonly Option<string[]> _artifact = new("--artifact", "-a")
    {
        Description = "Artifact to generate (repeatable): matchers. Default: every artifact available for the language.",
        HelpName = "ARTIFACT",
    };

    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "Output folder; each language is written to <DIR>/<lang>/. Required with --lang.",
        HelpName = "DIR",
    };

    private readonly Option<string?> _templates = new("--templates")
    {
        Description = "Template folder searched before the built-in templates (<DIR>/<lang>/<artifact>/<file>); replaces 'templates' of contractgen.yaml.",
        HelpName = "DIR",
    };

    private readonly Option<string?> _package = new("--package")
    {
        Description = "Base name of the generated packages (namespace, npm package, Go module, Python package) unless the language's options set one. Default: api.",
        HelpName = "NAME",
    };

    public override string Name => "generate";

    public override string Description =>
        "Generate code from the contracts: path-template matchers for C#, TypeScript, Go and Python, each a package using only the standard library. " +
        "Route conflicts and other generation problems are errors (exit 2) and nothing is written.";

    public override IReadOnlyList<CommandExample> Examples =>
    [
        new("contractgen generate contracts/payments --lang csharp --lang typescript --artifact matchers --out gen", "Write gen/csharp and gen/typescript."),
        new("contractgen generate", "Generate every output listed in ./contractgen.yaml."),
    ];

    /// <summary>Every emitter the tool ships.</summary>
    public static EmitterRegistry Emitters() => new EmitterRegistry()
        .Add(new CSharpMatchersEmitter())
        .Add(new TypeScriptMatchersEmitter())
        .Add(new GoMatchersEmitter())
        .Add(new PythonMatchersEmitter());

    public override void Define(Command command)
    {
        _inputs.AddTo(command);
        command.Options.Add(_lang);
        command.Options.Add(_artifact);
        command.Options.Add(_out);
        command.Options.Add(_templates);
        command.Options.Add(_package);
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        if (!context.TryLoadConfig(parse, out var config))
        {
            return ExitCodes.Invalid;
        }

        var registry = Emitters();
        var diagnostics = new DiagnosticBag();
        var targets = Targets(parse, context, config, registry, diagnostics);
        if (diagnostics.HasErrors)
        {
            context.Diagnostics.Report(diagnostics.ToImmutableSorted());
            return ExitCodes.Invalid;
        }

        var loaded = _inputs.Load(parse, context, config);
        diagnostics.AddRange(loaded.Diagnostics);
        if (loaded.HasErrors)
        {
            context.Diagnostics.Report(diagnostics.ToImmutableSorted());
            return ExitCodes.Invalid;
        }

        var templates = parse.GetValue(_templates) is { } t ? Path.GetFullPath(t, context.CurrentDirectory) : config.Templates;
        var options = new EmitOptions
        {
            PackageName = parse.GetValue(_package) ?? "api",
            TemplateFolder = templates,
            LanguageOptions = config.Outputs
                .SelectMany(o => o.Options.Select(kv => (Key: o.Language + ":" + kv.Key, kv.Value)))
                .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
        };
        var result = new Generator(registry).Run(loaded.Model, options, targets, diagnostics);
        if (context.Diagnostics.Report(diagnostics.ToImmutableSorted()))
        {
            return ExitCodes.Invalid;
        }

        foreach (var (target, report) in result.Written)
        {
            var total = report.Written.Count + report.Unchanged.Count;
            context.Out.WriteLine(
                $"{target.Language}: {total} files in {context.DisplayPath(target.OutputFolder)} ({report.Written.Count} written, {report.Unchanged.Count} unchanged, {report.Deleted.Count} stale deleted)");
        }

        return ExitCodes.Success;
    }

    private List<GenerateTarget> Targets(ParseResult parse, CliContext context, ContractGenConfig config, EmitterRegistry registry, DiagnosticBag diagnostics)
    {
        var langs = parse.GetValue(_lang) ?? [];
        var artifacts = parse.GetValue(_artifact) ?? [];
        var output = parse.GetValue(_out);
        IReadOnlyList<string> Artifacts(IReadOnlyList<string> configured) =>
            artifacts.Length > 0 ? artifacts : configured.Count > 0 ? configured : registry.Artifacts;

        if (langs.Length > 0)
        {
            if (output is null)
            {
                diagnostics.Error(EmitCodes.NoTargets, "--out DIR is required with --lang (each language goes to DIR/<lang>)", SourceSpan.None);
                return [];
            }

            var root = Path.GetFullPath(output, context.CurrentDirectory);
            return langs.Distinct(StringComparer.Ordinal)
                .Select(l => new GenerateTarget(l, Artifacts(config.Output(l)?.Artifacts ?? []), Path.Combine(root, l)))
                .ToList();
        }

        if (config.Outputs.Count == 0)
        {
            diagnostics.Error(EmitCodes.NoTargets, "nothing to generate: give --lang and --out, or list 'outputs' in contractgen.yaml", SourceSpan.None);
            return [];
        }

        return config.Outputs
            .Select(o => new GenerateTarget(o.Language, Artifacts(o.Artifacts), output is null ? o.Out : Path.Combine(Path.GetFullPath(output, context.CurrentDirectory), o.Language)))
            .ToList();
    }
}
