using System.Text.Json.Nodes;
using ContractGen.Model;
using ContractGen.Readers.AsyncApi.Json;
using ContractGen.Readers.AsyncApi.Refs;

namespace ContractGen.Readers.AsyncApi.Mapping;

/// <summary>
/// Message payload/headers schemas with their schema format: 2.x <c>schemaFormat</c> on the message (payload only),
/// 3.x Multi Format Schema Objects <c>{schemaFormat, schema}</c>. AsyncAPI schema, JSON Schema and OpenAPI 3.0
/// schema are mapped; Avro, Protobuf and RAML get a warning and the payload reads as any.
/// </summary>
internal static class Payloads
{
    public enum Kind
    {
        AsyncApi,
        JsonSchema,
        OpenApi,
        Avro,
        Protobuf,
        Raml,
        Unknown,
    }

    public static TypeRef Map(ReadContext ctx, JsonObject message, string key, string id, string name, out string? schemaFormat, out JsonNode? checkable)
    {
        var node = message[key];
        schemaFormat = null;
        checkable = null;
        JsonObject? formatOwner = null;
        if (!ctx.IsV3)
        {
            if (key == "payload" && message.Str("schemaFormat") is { } f)
            {
                schemaFormat = f;
                formatOwner = message;
            }
        }
        else
        {
            var target = RefResolver.IsRef(node, out var holder, out _) ? ctx.Refs.Follow(holder)?.Object : node as JsonObject;
            if (target is not null && target.ContainsKey("schemaFormat") && target.ContainsKey("schema"))
            {
                schemaFormat = target.Str("schemaFormat");
                formatOwner = target;
                node = target["schema"];
                id += "/schema";
            }
        }

        if (schemaFormat is not null && formatOwner is not null)
        {
            var kind = Classify(schemaFormat);
            var span = ctx.Index.ValueSpan(formatOwner, "schemaFormat");
            switch (kind)
            {
                case Kind.Avro or Kind.Protobuf or Kind.Raml:
                    ctx.Report.Warning(Codes.UnsupportedSchemaFormat,
                        $"{kind} schemas (schemaFormat '{schemaFormat}') are not supported yet; the {key} is read as any value", span);
                    return new AnyType();
                case Kind.Unknown:
                    ctx.Report.Warning(Codes.UnknownSchemaFormat, $"unknown schemaFormat '{schemaFormat}'; the {key} is read as any value", span);
                    return new AnyType();
            }
        }

        if (schemaFormat is null || Classify(schemaFormat) is Kind.AsyncApi or Kind.JsonSchema)
        {
            checkable = node;
        }

        return node is null ? new AnyType() : ctx.Schemas.Map(node, id, name);
    }

    /// <summary>Classifies a schema format media type (parameters after ';' other than version are ignored).</summary>
    public static Kind Classify(string format)
    {
        var media = format.Split(';')[0].Trim().ToLowerInvariant();
        return media switch
        {
            "application/vnd.aai.asyncapi" or "application/vnd.aai.asyncapi+json" or "application/vnd.aai.asyncapi+yaml" => Kind.AsyncApi,
            "application/schema+json" or "application/schema+yaml" => Kind.JsonSchema,
            "application/vnd.oai.openapi" or "application/vnd.oai.openapi+json" or "application/vnd.oai.openapi+yaml" => Kind.OpenApi,
            "application/vnd.apache.avro" or "application/vnd.apache.avro+json" or "application/vnd.apache.avro+yaml" => Kind.Avro,
            "application/vnd.google.protobuf" => Kind.Protobuf,
            "application/raml+yaml" => Kind.Raml,
            _ => Kind.Unknown,
        };
    }
}
