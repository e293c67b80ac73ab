namespace ContractGen.Breaking;

/// <summary>
/// Rule categories. The protobuf ones are buf's (FILE is the default); OPENAPI and ASYNCAPI hold every rule for
/// those formats. The default selection is FILE + OPENAPI + ASYNCAPI.
/// </summary>
public static class Categories
{
    public const string File = "FILE";
    public const string Package = "PACKAGE";
    public const string WireJson = "WIRE_JSON";
    public const string Wire = "WIRE";
    public const string OpenApi = "OPENAPI";
    public const string AsyncApi = "ASYNCAPI";

    public static readonly IReadOnlyList<string> Known = [File, Package, WireJson, Wire, OpenApi, AsyncApi];

    public static readonly IReadOnlyList<string> Default = [File, OpenApi, AsyncApi];

    public static readonly IReadOnlyList<string> FileOnly = [File];
    public static readonly IReadOnlyList<string> PackageOnly = [Package];
    public static readonly IReadOnlyList<string> FilePackage = [File, Package];
    public static readonly IReadOnlyList<string> FilePackageWireJson = [File, Package, WireJson];
    public static readonly IReadOnlyList<string> AllProto = [File, Package, WireJson, Wire];
    public static readonly IReadOnlyList<string> WireJsonOnly = [WireJson];
    public static readonly IReadOnlyList<string> WireJsonWire = [WireJson, Wire];
    public static readonly IReadOnlyList<string> WireOnly = [Wire];
    public static readonly IReadOnlyList<string> OpenApiOnly = [OpenApi];
    public static readonly IReadOnlyList<string> AsyncApiOnly = [AsyncApi];
    public static readonly IReadOnlyList<string> Schemas = [OpenApi, AsyncApi];
    public static readonly IReadOnlyList<string> Everywhere = [File, Package, WireJson, Wire, OpenApi, AsyncApi];
    public static readonly IReadOnlyList<string> ProtoAndOpenApi = [File, Package, WireJson, Wire, OpenApi];
}
