using System.Text.Json.Nodes;

namespace ContractGen.Readers.AsyncApi.Documents;

/// <summary>One loaded YAML/JSON file: where it is, how diagnostics name it, and its content as JSON nodes.</summary>
internal sealed class SourceFile(string fullPath, string displayPath)
{
    public string FullPath { get; } = fullPath;

    /// <summary>The path used in spans: as given for the input, derived from it for referenced files.</summary>
    public string DisplayPath { get; } = displayPath;

    /// <summary>Null when the file could not be read or parsed.</summary>
    public JsonNode? Root { get; set; }

    public bool Loaded { get; set; }
}
