using ContractGen.Model;

namespace ContractGen.Breaking;

/// <summary>Extensions of a file present on both sides, paired by nested name (buf's pairing for EXTENSION_NO_DELETE).</summary>
public sealed class ExtensionPair(PairScope scope, string nestedName, SourceDocument previousFile, SourceDocument currentFile, ExtensionField? previous, ExtensionField? current)
    : ElementPair<ExtensionField>(scope, previous, current)
{
    /// <summary>The name below the package (<c>Outer.name</c> for one declared inside message Outer), as buf names it.</summary>
    public string NestedName { get; } = nestedName;

    public SourceDocument PreviousFile { get; } = previousFile;

    public SourceDocument CurrentFile { get; } = currentFile;
}

/// <summary>Extensions of a package present on both sides, paired by nested name wherever the package's files declare them.</summary>
public sealed class PackageExtensionPair(PairScope scope, string package, string nestedName, ExtensionField? previous, ExtensionField? current)
    : ElementPair<ExtensionField>(scope, previous, current)
{
    public string Package { get; } = package;

    /// <summary>The name below the package, as buf names it.</summary>
    public string NestedName { get; } = nestedName;
}
