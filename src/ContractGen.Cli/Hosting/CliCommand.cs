using System.CommandLine;

namespace ContractGen.Cli.Hosting;

/// <summary>One example of a command, shown under "Examples:" in its --help.</summary>
/// <param name="CommandLine">What to type, starting with <c>contractgen</c>.</param>
/// <param name="Explanation">What it does, one short sentence.</param>
public sealed record CommandExample(string CommandLine, string Explanation);

/// <summary>
/// Base of every command (see the comment at the top of Program.cs). A fresh instance is created per run, so
/// options can live in fields shared by <see cref="Define"/> and <see cref="Execute"/>.
/// </summary>
public abstract class CliCommand
{
    /// <summary>The command word (<c>inspect</c>).</summary>
    public abstract string Name { get; }

    /// <summary>One or two sentences for --help.</summary>
    public abstract string Description { get; }

    /// <summary>At least one example; shown in --help.</summary>
    public abstract IReadOnlyList<CommandExample> Examples { get; }

    /// <summary>Adds arguments and options.</summary>
    public abstract void Define(Command command);

    /// <summary>Runs the command and returns an exit code (<see cref="ExitCodes"/>). Never throws on bad input.</summary>
    public abstract int Execute(ParseResult parse, CliContext context);
}
