// contractgen: the command-line tool.
//
// HOW TO ADD A COMMAND (one file + one line):
//   1. Create Commands/<Name>Command.cs with a class deriving from Hosting.CliCommand:
//        - Name, Description, Examples (shown under "Examples:" in --help);
//        - Define(Command): add arguments/options (System.CommandLine 3: new Option<T>("--x", "-x") { Description = … });
//          reuse Inputs.ContractInputs for "<files or folders>... -I DIR --protoc PATH" (it also applies contractgen.yaml);
//        - Execute(ParseResult, CliContext) → an exit code from Hosting.ExitCodes. Read values with parse.GetValue(option).
//      Write output to context.Out, diagnostics with context.Diagnostics.Report(...) (stderr, sorted, with a summary line),
//      and get the typed configuration (contractgen.yaml / --config) with context.TryLoadConfig(parse, out var config).
//      Throwing means a bug: the runner prints one "internal error" line and exits 3.
//   2. Add ONE line `new <Name>Command(),` to Hosting/CommandRegistry.cs.
//
// Tests call Hosting.CliRunner.Run(args, stdout, stderr) in process; this Main only wires the console.
using ContractGen.Cli.Hosting;

namespace ContractGen.Cli;

public static class Program
{
    public static int Main(string[] args) => CliRunner.Run(args, Console.Out, Console.Error);
}
