namespace ContractGen.Cli.Hosting;

/// <summary>
/// Every command of the tool. Adding a command = one file under Commands/ (a <see cref="CliCommand"/>) plus ONE line here.
/// The commented slots below are reserved for commands written on other branches: replace your slot's comment with
/// your line (the unchanged comment lines between slots keep git merges apart). Order here is the order in --help.
/// </summary>
internal static class CommandRegistry
{
    public static IReadOnlyList<CliCommand> Create() =>
    [
        new Commands.InspectCommand(),
        // -- slot: validate
        new Commands.ValidateCommand(),
        // -- slot: routes (paths helper)
        new Commands.RoutesCommand(),
        // ----
        new Commands.GenerateCommand(),
        // ----
        // -- slot: breaking
        new Commands.BreakingCommand(),
        // ----
        // -- slot: init
        new Commands.InitCommand(),
    ];
}
