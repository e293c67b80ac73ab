using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace ContractGen.Cli.Hosting;

/// <summary>Prints the tool's informational version (not the host process's, which differs under a test runner).</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public static string Version =>
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionAction).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Success;
    }
}
