namespace ContractGen.Breaking.Tests.Catalog;

/// <summary>
/// buf 1.75.0's 64 breaking rules (v2 config) and their categories without CSR (../shared/reference/breaking-changes.md §1.2);
/// every one is implemented (the last two, EXTENSION_NO_DELETE and PACKAGE_EXTENSION_NO_DELETE, with extensions in the model).
/// </summary>
internal static class BufRules
{
    private const string F = "FILE", P = "PACKAGE", J = "WIRE_JSON", W = "WIRE";

    public static readonly IReadOnlyDictionary<string, string[]> Categories = new Dictionary<string, string[]>
    {
        ["EXTENSION_NO_DELETE"] = [F], ["SERVICE_NO_DELETE"] = [F], ["ENUM_NO_DELETE"] = [F], ["FILE_NO_DELETE"] = [F], ["MESSAGE_NO_DELETE"] = [F],
        ["ENUM_SAME_TYPE"] = [F, P], ["FIELD_SAME_CARDINALITY"] = [F, P], ["FIELD_SAME_CPP_STRING_TYPE"] = [F, P],
        ["FIELD_SAME_JAVA_UTF8_VALIDATION"] = [F, P], ["FIELD_SAME_JSTYPE"] = [F, P], ["FIELD_SAME_UTF8_VALIDATION"] = [F, P],
        ["FILE_SAME_CC_ENABLE_ARENAS"] = [F, P], ["FILE_SAME_CC_GENERIC_SERVICES"] = [F, P], ["FILE_SAME_CSHARP_NAMESPACE"] = [F, P],
        ["FILE_SAME_GO_PACKAGE"] = [F, P], ["FILE_SAME_JAVA_GENERIC_SERVICES"] = [F, P], ["FILE_SAME_JAVA_MULTIPLE_FILES"] = [F, P],
        ["FILE_SAME_JAVA_OUTER_CLASSNAME"] = [F, P], ["FILE_SAME_JAVA_PACKAGE"] = [F, P], ["FILE_SAME_OBJC_CLASS_PREFIX"] = [F, P],
        ["FILE_SAME_OPTIMIZE_FOR"] = [F, P], ["FILE_SAME_PHP_CLASS_PREFIX"] = [F, P], ["FILE_SAME_PHP_METADATA_NAMESPACE"] = [F, P],
        ["FILE_SAME_PHP_NAMESPACE"] = [F, P], ["FILE_SAME_PY_GENERIC_SERVICES"] = [F, P], ["FILE_SAME_RUBY_PACKAGE"] = [F, P],
        ["FILE_SAME_SWIFT_PREFIX"] = [F, P], ["RPC_NO_DELETE"] = [F, P], ["ENUM_VALUE_NO_DELETE"] = [F, P],
        ["EXTENSION_MESSAGE_NO_DELETE"] = [F, P], ["FIELD_NO_DELETE"] = [F, P], ["FIELD_SAME_TYPE"] = [F, P], ["FILE_SAME_SYNTAX"] = [F, P],
        ["MESSAGE_NO_REMOVE_STANDARD_DESCRIPTOR_ACCESSOR"] = [F, P], ["ONEOF_NO_DELETE"] = [F, P],
        ["ENUM_SAME_JSON_FORMAT"] = [F, P, J], ["ENUM_VALUE_SAME_NAME"] = [F, P, J], ["FIELD_SAME_JSON_NAME"] = [F, P, J],
        ["FIELD_SAME_NAME"] = [F, P, J], ["MESSAGE_SAME_JSON_FORMAT"] = [F, P, J],
        ["FIELD_SAME_DEFAULT"] = [F, P, J, W], ["FIELD_SAME_ONEOF"] = [F, P, J, W], ["FILE_SAME_PACKAGE"] = [F, P, J, W],
        ["MESSAGE_SAME_REQUIRED_FIELDS"] = [F, P, J, W], ["RESERVED_ENUM_NO_DELETE"] = [F, P, J, W], ["RESERVED_MESSAGE_NO_DELETE"] = [F, P, J, W],
        ["RPC_SAME_CLIENT_STREAMING"] = [F, P, J, W], ["RPC_SAME_IDEMPOTENCY_LEVEL"] = [F, P, J, W], ["RPC_SAME_REQUEST_TYPE"] = [F, P, J, W],
        ["RPC_SAME_RESPONSE_TYPE"] = [F, P, J, W], ["RPC_SAME_SERVER_STREAMING"] = [F, P, J, W],
        ["PACKAGE_ENUM_NO_DELETE"] = [P], ["PACKAGE_EXTENSION_NO_DELETE"] = [P], ["PACKAGE_MESSAGE_NO_DELETE"] = [P],
        ["PACKAGE_NO_DELETE"] = [P], ["PACKAGE_SERVICE_NO_DELETE"] = [P],
        ["ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED"] = [J], ["FIELD_NO_DELETE_UNLESS_NAME_RESERVED"] = [J],
        ["FIELD_WIRE_JSON_COMPATIBLE_CARDINALITY"] = [J], ["FIELD_WIRE_JSON_COMPATIBLE_TYPE"] = [J],
        ["ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED"] = [J, W], ["FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED"] = [J, W],
        ["FIELD_WIRE_COMPATIBLE_CARDINALITY"] = [W], ["FIELD_WIRE_COMPATIBLE_TYPE"] = [W],
    };
}
