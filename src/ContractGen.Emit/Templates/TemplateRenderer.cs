using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ContractGen.Emit.Templates;

/// <summary>
/// The Scriban host. Strict: an unknown variable, member, function or index is an error, never empty text.
/// View members are exposed snake_case (<c>HasBody</c> → <c>has_body</c>); <c>include 'name.sbn'</c> goes
/// through the same loader, so includes are overridable too. Output always uses LF.
/// </summary>
public sealed class TemplateRenderer(TemplateLoader loader)
{
    private TemplateLoader Loader => loader;

    private readonly Dictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    /// <summary>Renders template <paramref name="name"/> with <paramref name="model"/> as <c>model</c> and the given functions as globals.</summary>
    public string Render(string name, object model, ScriptObject? functions = null)
    {
        var template = Parse(name);
        var globals = new ScriptObject();
        if (functions is not null)
        {
            globals.Import(functions);
        }

        globals.SetValue("model", model, readOnly: true);
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableRelaxedFunctionAccess = false,
            EnableRelaxedIndexerAccess = false,
            LoopLimit = 0,
            NewLine = "\n",
            TemplateLoader = new IncludeLoader(this),
            MemberRenamer = StandardMemberRenamer.Default,
        };
        context.PushGlobal(globals);
        try
        {
            return template.Render(context).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException([new TemplateProblem(Located(e.Span, name), e.OriginalMessage)]);
        }
    }

    /// <summary>A Scriban span (0-based) as a source span (1-based) in the template's origin; includes are named by template name.</summary>
    private Model.SourceSpan Located(SourceSpan span, string renderedName)
    {
        var name = string.IsNullOrEmpty(span.FileName) ? renderedName : span.FileName;
        var origin = name.StartsWith("embedded:", StringComparison.Ordinal) || Path.IsPathRooted(name) ? name : OriginOf(name);
        return new Model.SourceSpan(origin, span.Start.Line + 1, span.Start.Column + 1);
    }

    private string OriginOf(string name)
    {
        try
        {
            return loader.Load(name).Origin;
        }
        catch (TemplateException)
        {
            return name;
        }
    }

    private Template Parse(string name)
    {
        if (_parsed.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var source = loader.Load(name);
        var template = Template.Parse(source.Text, source.Origin);
        if (template.HasErrors)
        {
            throw new TemplateException([.. template.Messages.Select(m => new TemplateProblem(Located(m.Span, name), m.Message))]);
        }

        _parsed[name] = template;
        return template;
    }

    private sealed class IncludeLoader(TemplateRenderer renderer) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            renderer.Loader.Load(templatePath).Text;

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
