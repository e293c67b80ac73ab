namespace ContractGen.Cli.Hosting;

/// <summary>The documented exit codes of contractgen (README, --help, docs/exit-codes.md).</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>Breaking changes found (the breaking gate).</summary>
    public const int BreakingChanges = 1;

    /// <summary>Invalid contracts, configuration or usage.</summary>
    public const int Invalid = 2;

    /// <summary>Internal error: a bug in contractgen.</summary>
    public const int InternalError = 3;

    public const string HelpText =
        """
        Exit codes:
          0  success
          1  breaking changes found
          2  invalid contracts, configuration or usage
          3  internal error (a bug: please report it)
        """;
}
