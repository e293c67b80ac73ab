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
        Description = "Artifact to generate (repeatable): matchers. Default: outputs.<lang>.artifacts of contractgen.yaml, else every artifact available for the language.",
        HelpName = "ARTIFACT",
    };

    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "Output folder; each language is written to <DIR>/<lang>/. Default: outputs.<lang>.out of contractgen.yaml.",
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

    /// <summary>
    /// The languages are --lang, else every language under <c>outputs</c>. A language's folder is --out DIR/&lt;lang&gt;,
    /// else its <c>outputs.&lt;lang&gt;.out</c>; its artifacts are --artifact, else its <c>outputs.&lt;lang&gt;.artifacts</c>
    /// (those this version cannot generate yet are skipped with a CG4906 warning), else every artifact of the language.
    /// </summary>
    private List<GenerateTarget> Targets(ParseResult parse, CliContext context, ContractGenConfig config, EmitterRegistry registry, DiagnosticBag diagnostics)
    {
        var langs = parse.GetValue(_lang) ?? [];
        var artifacts = parse.GetValue(_artifact) ?? [];
        var root = parse.GetValue(_out) is { } output ? Path.GetFullPath(output, context.CurrentDirectory) : null;
        if (langs.Length == 0 && config.Outputs.Count == 0)
        {
            diagnostics.Error(EmitCodes.NoTargets, "nothing to generate: give --lang and --out, or list 'outputs' in contractgen.yaml", SourceSpan.None);
            return [];
        }

        var targets = new List<GenerateTarget>();
        foreach (var language in langs.Length > 0 ? langs.Distinct(StringComparer.Ordinal) : config.Outputs.Select(o => o.Language))
        {
            var configured = config.Output(language);
            var folder = root is not null ? Path.Combine(root, language) : configured?.Out;
            if (folder is null)
            {
                diagnostics.Error(EmitCodes.NoTargets, $"no output folder for '{language}': give --out DIR (each language goes to DIR/<lang>) or set outputs.{language}.out in contractgen.yaml", SourceSpan.None);
                continue;
            }

            var chosen = artifacts.Length > 0 ? artifacts : Configured(language, configured, registry, diagnostics);
            if (chosen.Count > 0)
            {
                targets.Add(new GenerateTarget(language, chosen, folder));
            }
        }

        if (targets.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Error(EmitCodes.NoTargets, "nothing to generate: no artifact listed under 'outputs' is available in this version", SourceSpan.None);
        }

        return targets;
    }

    private static IReadOnlyList<string> Configured(string language, OutputConfig? configured, EmitterRegistry registry, DiagnosticBag diagnostics)
    {
        if (configured is null || configured.Artifacts.Count == 0)
        {
            return registry.Artifacts;
        }

        var available = new List<string>();
        for (var i = 0; i < configured.Artifacts.Count; i++)
        {
            var artifact = configured.Artifacts[i];
            if (registry.Find(language, artifact) is not null)
            {
                available.Add(artifact);
            }
            else
            {
                diagnostics.Warning(EmitCodes.ArtifactNotAvailable,
                    $"outputs.{language}.artifacts: '{artifact}' is not available for {language} in contractgen {GeneratorInfo.Version} yet (available: {string.Join(", ", registry.Artifacts)}); skipped",
                    i < configured.ArtifactSpans.Count ? configured.ArtifactSpans[i] : SourceSpan.None);
            }
        }

        return available;
    }
}
