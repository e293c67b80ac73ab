namespace ContractGen.Readers.Proto;

/// <summary>Diagnostic codes of the .proto reader (CG1xxx). CG14xx belong to the HttpRule path-template parser.</summary>
public static class ProtoCodes
{
    /// <summary>protoc reported an error (its message, located where protoc says).</summary>
    public const string ProtocError = "CG1001";

    /// <summary>protoc reported a warning.</summary>
    public const string ProtocWarning = "CG1002";

    /// <summary>An input file or folder does not exist.</summary>
    public const string InputNotFound = "CG1003";

    /// <summary>protoc could not be found or started.</summary>
    public const string ProtocUnavailable = "CG1004";

    /// <summary>protoc failed without saying where (crash, unexpected exit code, no output).</summary>
    public const string ProtocFailed = "CG1005";

    /// <summary>A descriptor set (protoc output or a prebuilt .binpb/.pb) could not be decoded.</summary>
    public const string BadDescriptorSet = "CG1006";

    /// <summary>An input is neither a .proto file, a descriptor set nor a folder.</summary>
    public const string UnsupportedInput = "CG1007";

    /// <summary>A folder given as input holds no .proto file.</summary>
    public const string EmptyFolder = "CG1008";

    /// <summary>An include path does not exist.</summary>
    public const string IncludePathNotFound = "CG1009";

    /// <summary>A .proto file is empty: it declares nothing.</summary>
    public const string EmptyFile = "CG1010";

    /// <summary>Warning: .proto sources and a descriptor set read together declare different elements with the same full name; the later one is left out.</summary>
    public const string DuplicateElement = "CG1011";

    /// <summary>A type name in a descriptor set does not resolve (prebuilt sets without their imports).</summary>
    public const string UnresolvedType = "CG1101";

    /// <summary>A google.api.http rule sets no pattern (get/put/post/delete/patch/custom).</summary>
    public const string HttpNoPattern = "CG1201";

    /// <summary>The http rule's body names no top-level field of the request message.</summary>
    public const string HttpBadBody = "CG1202";

    /// <summary>The http rule's response_body names no top-level field of the response message.</summary>
    public const string HttpBadResponseBody = "CG1203";

    /// <summary>A path-template variable does not name a (nested) singular field of the request message.</summary>
    public const string HttpBadPathField = "CG1204";

    /// <summary>additional_bindings nested inside an additional binding (only one level is allowed); ignored.</summary>
    public const string HttpNestedBindings = "CG1205";

    /// <summary>The http rule has an empty path.</summary>
    public const string HttpEmptyPath = "CG1206";
}
