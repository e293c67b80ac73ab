using System.Collections.Immutable;
using Google.Api;
using Google.Protobuf;
using Google.Protobuf.Collections;
using Google.Protobuf.Reflection;
using FileOptions = Google.Protobuf.Reflection.FileOptions;

namespace ContractGen.Readers.Proto.Mapping;

/// <summary>
/// The google.api option extensions known to the registry, as model extensions named after the extension
/// (<c>option:google.api.resource</c>). google.api.http and google.api.field_behavior are mapped to the model instead.
/// </summary>
internal static class GoogleApiOptions
{
    /// <summary>Every extension the descriptor set is parsed with.</summary>
    public static readonly ExtensionRegistry Registry = new()
    {
        AnnotationsExtensions.Http,
        FieldBehaviorExtensions.FieldBehavior,
        FieldInfoExtensions.FieldInfo,
        ResourceExtensions.Resource,
        ResourceExtensions.ResourceDefinition,
        ResourceExtensions.ResourceReference,
        ClientExtensions.MethodSignature,
        ClientExtensions.DefaultHost,
        ClientExtensions.OauthScopes,
        ClientExtensions.ApiVersion,
        RoutingExtensions.Routing,
    };

    public static void File(ImmutableSortedDictionary<string, string>.Builder into, FileOptions? o)
    {
        if (o is not null)
        {
            AddList(into, "google.api.resource_definition", o.GetExtension(ResourceExtensions.ResourceDefinition), OptionsJson.Message);
        }
    }

    public static void Message(ImmutableSortedDictionary<string, string>.Builder into, MessageOptions? o)
    {
        if (o is not null && o.HasExtension(ResourceExtensions.Resource))
        {
            into["option:google.api.resource"] = OptionsJson.Message(o.GetExtension(ResourceExtensions.Resource));
        }
    }

    public static void Field(ImmutableSortedDictionary<string, string>.Builder into, FieldOptions? o)
    {
        if (o is null)
        {
            return;
        }

        if (o.HasExtension(ResourceExtensions.ResourceReference))
        {
            into["option:google.api.resource_reference"] = OptionsJson.Message(o.GetExtension(ResourceExtensions.ResourceReference));
        }

        if (o.HasExtension(FieldInfoExtensions.FieldInfo))
        {
            into["option:google.api.field_info"] = OptionsJson.Message(o.GetExtension(FieldInfoExtensions.FieldInfo));
        }
    }

    /// <summary>google.api.field_behavior values by their proto names (REQUIRED, OUTPUT_ONLY…).</summary>
    public static ImmutableArray<string> Behaviors(FieldOptions? o)
    {
        var list = o?.GetExtension(FieldBehaviorExtensions.FieldBehavior);
        return list is null || list.Count == 0
            ? ImmutableArray<string>.Empty
            : list.Select(OptionsJson.EnumName).ToImmutableArray();
    }

    public static void Service(ImmutableSortedDictionary<string, string>.Builder into, ServiceOptions? o)
    {
        if (o is null)
        {
            return;
        }

        if (o.HasExtension(ClientExtensions.DefaultHost))
        {
            into["option:google.api.default_host"] = OptionsJson.String(o.GetExtension(ClientExtensions.DefaultHost));
        }

        if (o.HasExtension(ClientExtensions.OauthScopes))
        {
            into["option:google.api.oauth_scopes"] = OptionsJson.String(o.GetExtension(ClientExtensions.OauthScopes));
        }

        if (o.HasExtension(ClientExtensions.ApiVersion))
        {
            into["option:google.api.api_version"] = OptionsJson.String(o.GetExtension(ClientExtensions.ApiVersion));
        }
    }

    public static void Method(ImmutableSortedDictionary<string, string>.Builder into, MethodOptions? o)
    {
        if (o is null)
        {
            return;
        }

        AddList(into, "google.api.method_signature", o.GetExtension(ClientExtensions.MethodSignature), OptionsJson.String);
        if (o.HasExtension(RoutingExtensions.Routing))
        {
            into["option:google.api.routing"] = OptionsJson.Message(o.GetExtension(RoutingExtensions.Routing));
        }
    }

    private static void AddList<T>(ImmutableSortedDictionary<string, string>.Builder into, string name, RepeatedField<T>? items, Func<T, string> json)
    {
        if (items is { Count: > 0 })
        {
            into["option:" + name] = "[" + string.Join(",", items.Select(json)) + "]";
        }
    }
}
