namespace ContractGen.Cli.Config;

/// <summary>Configuration diagnostics (CG5xxx).</summary>
public static class ConfigCodes
{
    /// <summary>The file named by --config does not exist or cannot be read.</summary>
    public const string NotFound = "CG5001";

    /// <summary>YAML syntax error.</summary>
    public const string Syntax = "CG5002";

    /// <summary>The document does not match schemas/contractgen.schema.json.</summary>
    public const string Schema = "CG5003";

    /// <summary>More than one YAML document in the file.</summary>
    public const string MultipleDocuments = "CG5004";

    /// <summary><c>init</c> would overwrite an existing file (use --force).</summary>
    public const string AlreadyExists = "CG5005";

    /// <summary>Two languages under <c>outputs</c> write to the same folder (each folder holds one package and its manifest).</summary>
    public const string SharedOutputFolder = "CG5006";
}
