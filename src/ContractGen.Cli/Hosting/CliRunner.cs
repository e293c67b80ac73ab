using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using ContractGen.Readers;

namespace ContractGen.Cli.Hosting;

/// <summary>
/// Runs the tool in process: builds the command tree from <see cref="CommandRegistry"/>, maps usage errors to exit 2 and
/// exceptions to exit 3 (one line, no stack trace unless <c>CONTRACTGEN_DEBUG=1</c>).
/// </summary>
public static class CliRunner
{
    public const string IssuesUrl = "https://github.com/contractgen/contractgen/issues";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, CommandRegistry.Create(), Directory.GetCurrentDirectory());

    /// <summary>For tests: explicit commands and current folder.</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, IReadOnlyList<CliCommand> commands, string currentDirectory, ContractLoader? loader = null)
    {
        try
        {
            var configOption = new Option<string?>("--config")
            {
                Description = "Configuration file (default: ./contractgen.yaml when present).",
                HelpName = "PATH",
                Recursive = true,
            };
            var context = new CliContext(stdout, stderr, currentDirectory, configOption, loader);
            var root = BuildRoot(commands, context, configOption);
            var parse = root.Parse(args);
            var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            if (parse.Action is ParseErrorAction)
            {
                foreach (var error in parse.Errors)
                {
                    stderr.WriteLine($"contractgen: usage error: {OneLine(error.Message)}");
                }

                var name = parse.CommandResult.Command is RootCommand ? "" : parse.CommandResult.Command.Name + " ";
                stderr.WriteLine($"Run 'contractgen {name}--help' for usage.");
                return ExitCodes.Invalid;
            }

            return parse.Invoke(invocation);
        }
        catch (Exception e)
        {
            return InternalError(e, stderr);
        }
    }

    private static RootCommand BuildRoot(IReadOnlyList<CliCommand> commands, CliContext context, Option<string?> configOption)
    {
        var root = new RootCommand("contractgen: contract-first code generation from .proto, OpenAPI and AsyncAPI. " +
                                   "Reads every format into one model; generates routes, matchers, validators and clients; gates breaking changes.");
        root.Options.Add(configOption);
        var examples = new Dictionary<Command, IReadOnlyList<CommandExample>>();
        foreach (var cli in commands)
        {
            var command = new Command(cli.Name, cli.Description);
            cli.Define(command);
            command.SetAction(parse => cli.Execute(parse, context));
            root.Subcommands.Add(command);
            examples[command] = cli.Examples;
        }

        examples[root] = commands.SelectMany(c => c.Examples.Take(1)).ToList();
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help when help.Action is HelpAction inner:
                    help.Action = new ExamplesHelpAction(inner, examples);
                    break;
                case VersionOption version:
                    version.Action = new VersionAction();
                    break;
            }
        }

        return root;
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static int InternalError(Exception e, TextWriter stderr)
    {
        var message = e.Message.ReplaceLineEndings(" ").Trim();
        stderr.WriteLine($"contractgen: internal error: {e.GetType().Name}: {message} (please report this at {IssuesUrl})");
        if (Environment.GetEnvironmentVariable("CONTRACTGEN_DEBUG") is "1" or "true")
        {
            stderr.WriteLine(e.ToString());
        }

        return ExitCodes.InternalError;
    }
}
