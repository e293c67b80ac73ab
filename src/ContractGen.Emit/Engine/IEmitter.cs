using ContractGen.Emit.Writing;

namespace ContractGen.Emit.Engine;

/// <summary>One cell of the language × artifact matrix: turns the model (through views and templates) into files.</summary>
public interface IEmitter
{
    /// <summary>csharp | typescript | go | python.</summary>
    string Language { get; }

    /// <summary>matchers, … .</summary>
    string Artifact { get; }

    /// <summary>Files relative to the language's output folder. Problems go to <see cref="EmitContext.Diagnostics"/>.</summary>
    IReadOnlyList<GeneratedFile> Emit(EmitContext context);
}
