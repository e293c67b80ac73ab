namespace ContractGen.Readers;

/// <summary>Diagnostic codes for input handling (CG6xxx): files, folders, formats.</summary>
public static class InputCodes
{
    /// <summary>An input path (file or folder) does not exist.</summary>
    public const string PathNotFound = "CG6001";

    /// <summary>A file or folder exists but cannot be read (permissions, I/O error).</summary>
    public const string Unreadable = "CG6002";

    /// <summary>A file named explicitly is not a contract contractgen knows (.proto, .binpb, OpenAPI, AsyncAPI).</summary>
    public const string UnknownFormat = "CG6003";

    /// <summary>A format contractgen recognises but does not read (Swagger 2.0).</summary>
    public const string UnsupportedFormat = "CG6004";

    /// <summary>A folder given as input holds no contract file.</summary>
    public const string EmptyFolder = "CG6005";

    /// <summary>No input at all (no argument and no <c>inputs</c> in the configuration).</summary>
    public const string NoInputs = "CG6006";

    /// <summary>Warning: inputs of different formats declare different elements with the same id; the later one is left out.</summary>
    public const string DuplicateElement = "CG6007";
}
