using System.CommandLine;
using System.Text;
using ContractGen.Cli.Config;
using ContractGen.Cli.Hosting;
using ContractGen.Model;

namespace ContractGen.Cli.Commands;

/// <summary><c>contractgen init</c>: writes a commented starter contractgen.yaml.</summary>
public sealed class InitCommand : CliCommand
{
    private readonly Option<bool> _force = new("--force") { Description = "Overwrite an existing file." };

    public override string Name => "init";

    public override string Description =>
        "Write a commented starter contractgen.yaml (or the file named by --config) with inputs, include paths, outputs per language and breaking options. " +
        "It names schemas/contractgen.schema.json so editors complete and check it.";

    public override IReadOnlyList<CommandExample> Examples =>
    [
        new("contractgen init", "Create ./contractgen.yaml."),
        new("contractgen init --config api/contractgen.yaml --force", "Create or overwrite api/contractgen.yaml."),
    ];

    public override void Define(Command command) => command.Options.Add(_force);

    public override int Execute(ParseResult parse, CliContext context)
    {
        var target = Path.GetFullPath(parse.GetValue(context.ConfigOption) ?? ConfigLoader.DefaultFileName, context.CurrentDirectory);
        if (File.Exists(target) && !parse.GetValue(_force))
        {
            context.Diagnostics.Report([Diagnostic.Error(ConfigCodes.AlreadyExists, "configuration file already exists; use --force to overwrite it", new SourceSpan(target, 0, 0))]);
            return ExitCodes.Invalid;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + ".tmp";
        File.WriteAllText(temp, StarterConfig.Text, new UTF8Encoding(false));
        File.Move(temp, target, overwrite: true);
        context.Out.WriteLine($"wrote {context.DisplayPath(target)}");
        return ExitCodes.Success;
    }
}
