namespace ContractGen.Emit.Engine;

/// <summary>Generation diagnostics of the engine (CG49xx; the route compiler uses CG44xx).</summary>
public static class EmitCodes
{
    /// <summary>Unknown language or artifact, or a combination no emitter exists for.</summary>
    public const string UnknownTarget = "CG4901";

    /// <summary>A generated file name would leave the output folder.</summary>
    public const string UnsafeOutputPath = "CG4902";

    /// <summary>The output folder could not be written.</summary>
    public const string WriteFailed = "CG4903";

    /// <summary>A template could not be found, parsed or rendered (usually a user override).</summary>
    public const string TemplateFailed = "CG4904";

    /// <summary>Nothing to generate: no language/artifact given on the command line or under outputs in the config.</summary>
    public const string NoTargets = "CG4905";

    /// <summary>Warning: an artifact listed under outputs in the config has no emitter in this version yet; it is skipped.</summary>
    public const string ArtifactNotAvailable = "CG4906";
}
