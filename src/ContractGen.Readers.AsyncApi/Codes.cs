namespace ContractGen.Readers.AsyncApi;

/// <summary>Diagnostic codes of the AsyncAPI reader (CG3xxx). CG3401.. belong to the path-template parser.</summary>
internal static class Codes
{
    /// <summary>A file cannot be read (missing, unreadable).</summary>
    public const string FileUnreadable = "CG3001";
    /// <summary>The file is not UTF-8 text (binary content).</summary>
    public const string NotText = "CG3002";
    /// <summary>YAML or JSON syntax error.</summary>
    public const string Syntax = "CG3003";
    /// <summary>A mapping key appears twice.</summary>
    public const string DuplicateKey = "CG3004";
    /// <summary>A YAML feature JSON cannot represent (complex keys, several documents, alias bombs).</summary>
    public const string UnsupportedYaml = "CG3005";
    /// <summary>The root is not an AsyncAPI document (no mapping, no asyncapi key).</summary>
    public const string NotAsyncApi = "CG3010";
    /// <summary>The asyncapi version is unknown or not supported.</summary>
    public const string UnsupportedVersion = "CG3011";
    /// <summary>The document breaks the official AsyncAPI JSON Schema.</summary>
    public const string SchemaViolation = "CG3100";
    /// <summary>A $ref points at nothing.</summary>
    public const string DanglingRef = "CG3200";
    /// <summary>A $ref to a remote URL (never fetched).</summary>
    public const string RemoteRef = "CG3201";
    /// <summary>A $ref leaves the contract root folder.</summary>
    public const string RefOutsideRoot = "CG3202";
    /// <summary>A chain of $refs that loops.</summary>
    public const string RefCycle = "CG3203";
    /// <summary>The file a $ref names cannot be loaded.</summary>
    public const string RefFileMissing = "CG3204";
    /// <summary>A $ref that is not a string or not a valid reference.</summary>
    public const string RefInvalid = "CG3205";
    public const string ServerVariableUndefined = "CG3300";
    public const string ServerVariableUnused = "CG3301";
    public const string ParameterMissing = "CG3302";
    public const string ParameterUnused = "CG3303";
    public const string OperationMessageNotInChannel = "CG3304";
    public const string OperationChannelNotRoot = "CG3305";
    public const string DuplicateOperationId = "CG3306";
    public const string DuplicateMessageId = "CG3307";
    public const string UnknownServer = "CG3308";
    public const string UnknownSecurityScheme = "CG3309";
    public const string ExampleMismatch = "CG3310";
    public const string ReplyAddressConflict = "CG3311";
    public const string AddressQueryFragment = "CG3312";
    public const string ChannelServerNotRoot = "CG3313";
    public const string DuplicateTag = "CG3314";
    /// <summary>Warning: two documents read together declare different elements with the same id (e.g. a channel); the later one is left out.</summary>
    public const string DuplicateElement = "CG3315";
    /// <summary>Warning: a payload schema format contractgen cannot map yet (Avro, Protobuf, RAML).</summary>
    public const string UnsupportedSchemaFormat = "CG3500";
    /// <summary>Warning: an unknown schema format.</summary>
    public const string UnknownSchemaFormat = "CG3501";
    /// <summary>An unexpected failure inside the reader, reported instead of thrown.</summary>
    public const string Internal = "CG3999";
}
