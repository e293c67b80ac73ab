using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractGen.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContractGen.Cli.Config;

/// <summary>The configuration and the problems found in it (located CG5xxx diagnostics).</summary>
public sealed record ConfigLoadResult(ContractGenConfig Config, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// Loads contractgen.yaml: YAML (YamlDotNet) → JSON → validated against the embedded schema → <see cref="ContractGenConfig"/>.
/// </summary>
public static class ConfigLoader
{
    public const string DefaultFileName = "contractgen.yaml";

    /// <summary><paramref name="explicitPath"/> (--config) must exist; otherwise ./contractgen.yaml is read when present.</summary>
    public static ConfigLoadResult Load(string? explicitPath, string currentDirectory)
    {
        if (explicitPath is null)
        {
            var implicitPath = Path.Combine(currentDirectory, DefaultFileName);
            return File.Exists(implicitPath) ? LoadFile(implicitPath) : new ConfigLoadResult(ContractGenConfig.Defaults(currentDirectory), []);
        }

        var full = Path.GetFullPath(explicitPath, currentDirectory);
        if (!File.Exists(full))
        {
            return Failed(currentDirectory, Diagnostic.Error(ConfigCodes.NotFound, $"configuration file '{explicitPath}' does not exist", new SourceSpan(full, 0, 0)));
        }

        return LoadFile(full);
    }

    public static ConfigLoadResult LoadFile(string path)
    {
        var directory = Path.GetDirectoryName(path)!;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(directory, Diagnostic.Error(ConfigCodes.NotFound, $"cannot read configuration file: {IoFailure.Reason(e)}", new SourceSpan(path, 0, 0)));
        }

        return LoadText(text, path);
    }

    /// <summary>Parses and validates configuration text; <paramref name="path"/> names it in diagnostics and anchors relative paths.</summary>
    public static ConfigLoadResult LoadText(string text, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var span = new SourceSpan(path, (int)e.Start.Line, (int)e.Start.Column);
            return Failed(directory, Diagnostic.Error(ConfigCodes.Syntax, "invalid YAML: " + Message(e), span));
        }

        if (stream.Documents.Count == 0)
        {
            return new ConfigLoadResult(ContractGenConfig.Defaults(directory) with { FilePath = path }, []);
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            return Failed(directory, Diagnostic.Error(ConfigCodes.MultipleDocuments, "the configuration must be a single YAML document",
                new SourceSpan(path, (int)second.Line, (int)second.Column)));
        }

        var locations = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        var json = YamlJson.Convert(stream.Documents[0].RootNode, "", locations);
        if (json is null)
        {
            return new ConfigLoadResult(ContractGenConfig.Defaults(directory) with { FilePath = path }, []);
        }

        using var document = JsonDocument.Parse(json.ToJsonString());
        var errors = ConfigSchema.Validate(document.RootElement);
        if (errors.Count > 0)
        {
            var diagnostics = errors.Select(e => Diagnostic.Error(ConfigCodes.Schema, $"{Where(e.Pointer)}: {e.Message}", Locate(path, e.Pointer, e.Message.StartsWith("unknown key", StringComparison.Ordinal), locations)));
            return new ConfigLoadResult(ContractGenConfig.Defaults(directory) with { FilePath = path }, Sorted(diagnostics));
        }

        var config = ConfigBinder.Bind(json.AsObject(), path, directory, p => Locate(path, p, false, locations));
        return new ConfigLoadResult(config, Sorted(ConfigChecks.Check(config)));
    }

    private static string Where(string pointer) => pointer.Length == 0 ? "(root)" : pointer.TrimStart('/').Replace('/', '.');

    private static SourceSpan Locate(string path, string pointer, bool atKey, Dictionary<string, (int Line, int Column)> locations)
    {
        // Unknown keys, and problems of a whole mapping or list, are reported at the key; problems of a scalar at the value.
        if ((atKey || locations.ContainsKey(pointer + "#container")) && locations.TryGetValue(pointer + "#key", out var key))
        {
            return new SourceSpan(path, key.Line, key.Column);
        }

        return locations.TryGetValue(pointer, out var at) ? new SourceSpan(path, at.Line, at.Column) : new SourceSpan(path, 1, 1);
    }

    private static string Message(YamlException e) =>
        (e.InnerException?.Message ?? e.Message).Split(':', 2) is [var head, var tail] && head.Contains("Line", StringComparison.Ordinal) ? tail.Trim() : e.Message;

    private static ConfigLoadResult Failed(string directory, Diagnostic diagnostic) =>
        new(ContractGenConfig.Defaults(directory), [diagnostic]);

    private static ImmutableArray<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(diagnostics);
        return bag.ToImmutableSorted();
    }
}
