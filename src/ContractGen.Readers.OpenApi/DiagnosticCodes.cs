namespace ContractGen.Readers.OpenApi;

/// <summary>The CG2xxx codes of the OpenAPI reader (CG24xx path templates belong to the template parser).</summary>
public static class DiagnosticCodes
{
    /// <summary>The file is not valid JSON/YAML (syntax error, binary content, bad encoding).</summary>
    public const string Syntax = "CG2001";

    /// <summary>An object has the same key twice.</summary>
    public const string DuplicateKey = "CG2002";

    /// <summary>The document nests deeper than the reader accepts, or expands too many YAML aliases.</summary>
    public const string TooDeep = "CG2003";

    /// <summary>The file is not an OpenAPI document (root is not an object, no `openapi` key).</summary>
    public const string NotOpenApi = "CG2004";

    /// <summary>Swagger 2.0 documents are not read.</summary>
    public const string Swagger2 = "CG2005";

    /// <summary>The `openapi` version is not 3.0.x, 3.1.x or 3.2.x.</summary>
    public const string UnsupportedVersion = "CG2006";

    /// <summary>The file cannot be read.</summary>
    public const string Unreadable = "CG2007";

    /// <summary>A keyword has the wrong JSON type (e.g. a string where a boolean or an object belongs).</summary>
    public const string WrongType = "CG2008";

    /// <summary>An error reported by Microsoft.OpenApi while reading the document.</summary>
    public const string LibraryError = "CG2010";

    /// <summary>A warning reported by Microsoft.OpenApi.</summary>
    public const string LibraryWarning = "CG2011";

    /// <summary>A YAML stream holds several documents; only the first is read.</summary>
    public const string MultipleYamlDocuments = "CG2012";

    /// <summary>A `$ref` points to nothing.</summary>
    public const string DanglingRef = "CG2101";

    /// <summary>A `$ref` leaves the contract root.</summary>
    public const string RefOutsideRoot = "CG2102";

    /// <summary>A `$ref` to a remote URL while remote refs are not allowed (or allowed but not fetched).</summary>
    public const string RemoteRef = "CG2103";

    /// <summary>`$ref`s that only point at each other.</summary>
    public const string RefCycle = "CG2104";

    /// <summary>A `$ref` that is not a string or not a JSON pointer this reader understands.</summary>
    public const string InvalidRef = "CG2106";

    /// <summary>`nullable` used in an OpenAPI 3.1+ document, where it is not a keyword.</summary>
    public const string NullableIn31 = "CG2201";

    /// <summary>Two operations share an operationId.</summary>
    public const string DuplicateOperationId = "CG2301";

    /// <summary>A security requirement names a scheme that is not declared.</summary>
    public const string UnknownSecurityScheme = "CG2302";

    /// <summary>Warning: two documents read together declare different elements with the same id (e.g. an operationId); the later one is left out.</summary>
    public const string DuplicateElement = "CG2303";

    /// <summary>Microsoft.OpenApi failed unexpectedly on this document.</summary>
    public const string LibraryFailure = "CG2901";
}
