namespace ContractGen.Breaking.Tests.Differential;

/// <summary>
/// For each rule of redocly's <c>diff-recommended</c> set (OpenAPI and AsyncAPI 3), the rules of ours that report the
/// same kind of change. A major verdict of redocly is matched when one of them reports an error in the same fixture.
/// </summary>
public static class RedoclyRules
{
    private static readonly string[] OperationGone = ["OPERATION_NO_DELETE", "HTTP_SAME_METHOD", "HTTP_SAME_PATH", "HTTP_BINDING_NO_DELETE", "MESSAGE_OPERATION_NO_DELETE"];

    public static readonly IReadOnlyDictionary<string, string[]> Ours = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["operation-removed"] = OperationGone,
        ["path-removed"] = OperationGone,
        ["operation-id-changed"] = OperationGone,
        ["parameter-became-required"] = ["REQUEST_PARAMETER_BECAME_REQUIRED", "REQUEST_PARAMETER_REQUIRED_ADDED"],
        ["parameter-removed"] = ["REQUEST_PARAMETER_REMOVED", "REQUEST_PARAMETER_LOCATION_CHANGED"],
        ["parameter-serialization-changed"] = ["REQUEST_PARAMETER_STYLE_CHANGED"],
        ["request-body-became-required"] = ["REQUEST_BODY_BECAME_REQUIRED"],
        ["request-body-removed"] = ["REQUEST_BODY_REMOVED"],
        ["response-removed"] = ["RESPONSE_SUCCESS_STATUS_REMOVED", "RESPONSE_STATUS_REMOVED"],
        ["response-header-removed"] = ["RESPONSE_HEADER_REMOVED"],
        ["media-type-removed"] = ["REQUEST_BODY_MEDIA_TYPE_REMOVED", "RESPONSE_MEDIA_TYPE_REMOVED"],
        ["property-removed"] = ["RESPONSE_PROPERTY_REMOVED", "REQUEST_PROPERTY_REMOVED"],
        ["required-properties-added"] = ["REQUEST_PROPERTY_REQUIRED_ADDED", "REQUEST_PROPERTY_BECAME_REQUIRED"],
        ["required-properties-removed"] = ["RESPONSE_PROPERTY_BECAME_OPTIONAL"],
        ["enum-values-added"] = ["RESPONSE_ENUM_VALUE_ADDED"],
        ["enum-values-removed"] = ["REQUEST_ENUM_VALUE_REMOVED"],
        ["schema-type-changed"] = ["SCHEMA_TYPE_CHANGED", "SCHEMA_NULLABLE_CHANGED"],
        ["schema-constraint-changed"] = ["REQUEST_CONSTRAINT_NARROWED", "RESPONSE_CONSTRAINT_WIDENED", "REQUEST_ADDITIONAL_PROPERTIES_REMOVED", "SCHEMA_FORMAT_CHANGED"],
        ["schema-combinator-changed"] = ["REQUEST_UNION_MEMBER_REMOVED", "RESPONSE_UNION_MEMBER_ADDED", "DISCRIMINATOR_CHANGED"],
        ["security-requirement-changed"] = ["SECURITY_REQUIREMENT_NARROWED"],
        ["security-scheme-changed"] = ["SECURITY_REQUIREMENT_NARROWED"],
        ["server-removed"] = ["SERVER_URL_REMOVED", "SERVER_NO_DELETE", "SERVER_SAME_URL", "SERVER_SAME_PROTOCOL"],
        ["channel-removed"] = ["CHANNEL_NO_DELETE"],
        ["channel-address-changed"] = ["CHANNEL_SAME_ADDRESS", "MESSAGE_OPERATION_SAME_CHANNEL"],
        ["message-removed"] = ["CHANNEL_MESSAGE_REMOVED", "MESSAGE_OPERATION_MESSAGE_REMOVED"],
        ["message-content-type-changed"] = ["MESSAGE_SAME_CONTENT_TYPE"],
        ["operation-action-changed"] = ["MESSAGE_OPERATION_SAME_ACTION"],
    };
}
