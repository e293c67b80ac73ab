using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace ContractGen.Cli.Hosting;

/// <summary>System.CommandLine's help, followed by the command's examples and the exit codes.</summary>
internal sealed class ExamplesHelpAction(HelpAction inner, IReadOnlyDictionary<Command, IReadOnlyList<CommandExample>> examples)
    : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        inner.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        if (examples.TryGetValue(parseResult.CommandResult.Command, out var list) && list.Count > 0)
        {
            output.WriteLine("Examples:");
            foreach (var example in list)
            {
                output.WriteLine($"  {example.CommandLine}");
                output.WriteLine($"      {example.Explanation}");
            }

            output.WriteLine();
        }

        output.WriteLine(ExitCodes.HelpText);
        output.WriteLine();
        return ExitCodes.Success;
    }
}
