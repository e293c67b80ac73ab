using System.CommandLine;
using ContractGen.Breaking;
using ContractGen.Breaking.Output;
using ContractGen.Cli.Config;
using ContractGen.Cli.Hosting;
using ContractGen.Cli.Inputs;
using ContractGen.Model;
using ContractGen.Readers;

namespace ContractGen.Cli.Commands;

/// <summary><c>contractgen breaking</c>: compares the contracts with a previous version and fails on breaking changes.</summary>
public sealed class BreakingCommand : CliCommand
{
    private readonly ContractInputs _inputs = new();
    private readonly BreakingFlags _flags = new();

    private readonly Option<string?> _against = new("--against")
    {
        Description = "Previous version: a file, a folder, or a git reference (main, HEAD~1, origin/main, REF:path) read from git objects. Default: breaking.against of contractgen.yaml.",
        HelpName = "REF|PATH",
    };

    private readonly Option<string> _format = new Option<string>("--format", "-f")
    {
        Description = "Output: text (path:line:col: RULE_ID: message), json (docs/breaking.md), github (workflow annotations), sarif (2.1.0), junit, markdown.",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmong([.. FindingFormatters.Names]);

    private readonly Option<bool> _listRules = new("--list-rules")
    {
        Description = "Print the rule catalogue (ID, categories, default level, purpose), one rule per line, and exit.",
    };

    public override string Name => "breaking";

    public override string Description =>
        "Compare contracts with a previous version. Exit 1 when a breaking change (error level) is found, 0 when none, 2 on invalid contracts or usage.";

    public override IReadOnlyList<CommandExample> Examples =>
    [
        new("contractgen breaking contracts/ --against origin/main", "Compare the contracts folder with the same folder on origin/main (read from git objects)."),
        new("contractgen breaking api/v2.yaml --against api/v1.yaml --format github", "Compare two files and print GitHub annotations."),
        new("contractgen breaking protos --against HEAD~1 --use WIRE_JSON", "Check only wire and JSON compatibility of the protobuf files."),
        new("contractgen breaking --list-rules", "List every rule with its categories and default level."),
    ];

    public override void Define(Command command)
    {
        _inputs.AddTo(command);
        command.Options.Add(_against);
        command.Options.Add(_format);
        command.Options.Add(_listRules);
        _flags.AddTo(command);
    }

    public override int Execute(ParseResult parse, CliContext context)
    {
        if (parse.GetValue(_listRules))
        {
            context.Out.Write(RuleList.Format(RuleCatalog.All));
            return ExitCodes.Success;
        }

        if (!context.TryLoadConfig(parse, out var config))
        {
            return ExitCodes.Invalid;
        }

        var problems = new DiagnosticBag();
        var options = _flags.Options(parse, config, problems);
        var againstText = parse.GetValue(_against) ?? config.Breaking.Against;
        if (againstText is null)
        {
            problems.Error(BreakingFlags.MissingAgainst, "breaking: name the previous version with --against (or breaking.against in contractgen.yaml)", SourceSpan.None);
        }

        var request = _inputs.Request(parse, context, config);
        var currentInputs = request.Inputs.Select(p => Path.GetFullPath(p, context.CurrentDirectory)).ToList();
        using var against = againstText is null ? null : AgainstInput.Resolve(againstText, currentInputs, context.CurrentDirectory, problems);
        if (context.Diagnostics.Report(problems.ToImmutableSorted()) || against is null)
        {
            return ExitCodes.Invalid;
        }

        // The two versions are independent: load them side by side (protoc runs and mapping overlap on two cores).
        var loadingPrevious = against.Inputs.Count == 0
            ? Task.FromResult(new LoadResult(ContractModel.Empty, [], []))
            : Task.Run(() => new ContractLoader().Load(request with { Inputs = against.Inputs, Options = PreviousOptions(request.Options, against), DisplayPath = against.Display }));
        var current = new ContractLoader().Load(request);
        var previous = loadingPrevious.GetAwaiter().GetResult();
        if (context.Diagnostics.Report(previous.Diagnostics.Concat(current.Diagnostics)))
        {
            return ExitCodes.Invalid;
        }

        var result = BreakingEngine.Run(previous.Model, current.Model, options, against.Root, against.CurrentRoot);
        var shown = new BreakingResult([.. result.Findings.Select(f => f with { Location = f.Location with { File = context.DisplayPath(against.Display(f.Location.File)) } })]);
        context.Out.Write(FindingFormatters.Find(parse.GetValue(_format) ?? "text")!.Format(shown));
        return shown.HasErrors ? ExitCodes.BreakingChanges : ExitCodes.Success;
    }

    /// <summary>Include roots inside the repository are read from the snapshot too, when it has them.</summary>
    private static ReaderOptions PreviousOptions(ReaderOptions options, AgainstInput against)
    {
        if (against.Snapshot is not { } snapshot)
        {
            return options;
        }

        var includes = options.IncludePaths.Select(p =>
        {
            var inside = snapshot.ToSnapshotPath(p);
            return !Path.GetRelativePath(snapshot.RepositoryRoot, p).StartsWith("..", StringComparison.Ordinal) && Directory.Exists(inside) ? inside : p;
        }).ToList();
        return options with { IncludePaths = includes };
    }
}
