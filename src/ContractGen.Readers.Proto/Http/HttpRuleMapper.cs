using System.Collections.Immutable;
using ContractGen.Model;
using ContractGen.Readers.Proto.Mapping;
using Google.Api;
using Google.Protobuf.Reflection;

namespace ContractGen.Readers.Proto.Http;

/// <summary>
/// google.api.http on a method → <see cref="HttpBinding"/>s: the rule itself and every additional_bindings entry,
/// with path parameters for each template variable, query parameters for the rest (unless body is "*"), the request
/// body and the 200 response.
/// </summary>
internal static class HttpRuleMapper
{
    /// <summary>Field number of the google.api.http extension on MethodOptions.</summary>
    private const int HttpExtensionNumber = 72295728;

    public static ImmutableArray<HttpBinding> Map(MappingContext ctx, ProtoFile file, MethodDescriptorProto method, string methodPath,
        TypeRef input, TypeRef output)
    {
        if (method.Options is not { } options || !options.HasExtension(AnnotationsExtensions.Http))
        {
            return ImmutableArray<HttpBinding>.Empty;
        }

        var rule = options.GetExtension(AnnotationsExtensions.Http);
        var rulePath = $"{methodPath}.4.{HttpExtensionNumber}";
        var ruleSpan = file.Source.Span(rulePath) is { IsKnown: true } s ? s : file.Source.Span(methodPath);
        var request = FieldPaths.MessageOf(ctx, input);
        var response = FieldPaths.MessageOf(ctx, output);
        var result = ImmutableArray.CreateBuilder<HttpBinding>(1 + rule.AdditionalBindings.Count);
        var site = new RuleSite(file, rulePath, ruleSpan, method.Name);
        Add(result, ctx, rule, false, site, request, response, input, output);
        foreach (var extra in rule.AdditionalBindings)
        {
            if (extra.AdditionalBindings.Count > 0)
            {
                ctx.Diagnostics.Warning(ProtoCodes.HttpNestedBindings,
                    $"method '{method.Name}': additional_bindings inside an additional binding are not allowed and are ignored", ruleSpan);
            }

            Add(result, ctx, extra, true, site, request, response, input, output);
        }

        return result.ToImmutable();
    }

    /// <summary>Where a rule was written: the method's file, the option's descriptor path and span, the method name.</summary>
    private sealed record RuleSite(ProtoFile File, string OptionPath, SourceSpan Span, string MethodName);

    private static void Add(ImmutableArray<HttpBinding>.Builder into, MappingContext ctx, HttpRule rule, bool additional, RuleSite site,
        TypeEntry? request, TypeEntry? response, TypeRef input, TypeRef output)
    {
        var span = site.Span;
        var methodName = site.MethodName;
        var (verb, text) = Pattern(rule);
        if (verb is null)
        {
            ctx.Diagnostics.Error(ProtoCodes.HttpNoPattern, $"method '{methodName}': google.api.http rule sets none of get, put, post, delete, patch, custom", span);
            return;
        }

        if (text.Length == 0)
        {
            ctx.Diagnostics.Error(ProtoCodes.HttpEmptyPath, $"method '{methodName}': google.api.http {verb.ToLowerInvariant()} has an empty path", span);
            return;
        }

        span = HttpTemplates.Locate(site.File, site.OptionPath, span, text);
        var template = HttpTemplates.Parse(text, span, ctx.Diagnostics);
        if (template is null)
        {
            return;
        }

        var body = rule.Body.Length == 0 ? null : rule.Body;
        var responseBody = rule.ResponseBody.Length == 0 ? null : rule.ResponseBody;
        var parameters = ImmutableArray.CreateBuilder<HttpParameter>();
        var bound = PathParameters(ctx, template, request, input, span, methodName, parameters);
        TypeRef? bodyType = body == "*" ? input : null;
        if (body is not null && body != "*")
        {
            bodyType = TopLevelFieldType(ctx, request, body, span, ProtoCodes.HttpBadBody, $"method '{methodName}': body '{body}'", input);
        }

        if (body != "*")
        {
            QueryParameters.Collect(ctx, request, bound, body, span, parameters);
        }

        var responseType = responseBody is null
            ? output
            : TopLevelFieldType(ctx, response, responseBody, span, ProtoCodes.HttpBadResponseBody, $"method '{methodName}': response_body '{responseBody}'", output);
        into.Add(new HttpBinding
        {
            Method = verb,
            Path = template,
            BodyField = body,
            ResponseBodyField = responseBody,
            Parameters = parameters.ToImmutable(),
            RequestBody = bodyType is null ? null : new RequestBody { Content = [new MediaContent("application/json", bodyType)], Span = span },
            Responses = [new HttpResponse { Status = "200", Content = [new MediaContent("application/json", responseType)], Span = span }],
            IsAdditional = additional,
            Span = span,
        });
    }

    private static (string? Verb, string Path) Pattern(HttpRule rule) => rule.PatternCase switch
    {
        HttpRule.PatternOneofCase.Get => ("GET", rule.Get),
        HttpRule.PatternOneofCase.Put => ("PUT", rule.Put),
        HttpRule.PatternOneofCase.Post => ("POST", rule.Post),
        HttpRule.PatternOneofCase.Delete => ("DELETE", rule.Delete),
        HttpRule.PatternOneofCase.Patch => ("PATCH", rule.Patch),
        HttpRule.PatternOneofCase.Custom => (rule.Custom.Kind.Length == 0 ? null : rule.Custom.Kind.ToUpperInvariant(), rule.Custom.Path),
        _ => (null, ""),
    };

    private static HashSet<string> PathParameters(MappingContext ctx, PathTemplate template, TypeEntry? request, TypeRef input, SourceSpan span,
        string methodName, ImmutableArray<HttpParameter>.Builder into)
    {
        var bound = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variable in template.Variables)
        {
            var path = variable.FieldPath;
            if (!bound.Add(path))
            {
                continue;
            }

            var field = FieldPaths.Resolve(ctx, request, path);
            if (field is null)
            {
                ctx.Diagnostics.Error(ProtoCodes.HttpBadPathField,
                    $"method '{methodName}': path variable '{path}' is not a field of {TextOf(input)}", span);
                continue;
            }

            var type = ctx.FieldType(field.Field, span, out _);
            into.Add(new HttpParameter
            {
                Name = path,
                In = ParameterLocation.Path,
                Type = field.IsRepeated ? new ListType(type) : type,
                Required = true,
                FieldPath = path,
                Docs = field.Owner.File.Source.Docs(field.SourcePath),
                Span = span,
            });
        }

        return bound;
    }

    private static TypeRef TopLevelFieldType(MappingContext ctx, TypeEntry? message, string name, SourceSpan span, string code, string what, TypeRef owner)
    {
        var field = name.Contains('.') ? null : FieldPaths.Resolve(ctx, message, name);
        if (field is null)
        {
            ctx.Diagnostics.Error(code, $"{what} is not a top-level field of {TextOf(owner)}", span);
            return new AnyType();
        }

        var type = ctx.FieldType(field.Field, span, out var isMap);
        return field.IsRepeated && !isMap ? new ListType(type) : type;
    }

    private static string TextOf(TypeRef type) => type switch
    {
        NamedTypeRef n => n.TypeId,
        WellKnownType w => "google.protobuf." + w.Kind,
        _ => type.ToString(),
    };
}
