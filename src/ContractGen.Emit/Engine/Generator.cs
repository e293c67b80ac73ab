using ContractGen.Emit.Templates;
using ContractGen.Emit.Writing;
using ContractGen.Model;

namespace ContractGen.Emit.Engine;

/// <summary>One language to generate: its artifacts and its output folder.</summary>
public sealed record GenerateTarget(string Language, IReadOnlyList<string> Artifacts, string OutputFolder);

/// <summary>What a run wrote, per output folder.</summary>
public sealed record GenerateResult(IReadOnlyList<(GenerateTarget Target, WriteReport Report)> Written);

/// <summary>
/// Runs the emitters of every requested language × artifact on one model, then writes each language's files with
/// the deterministic writer. All-or-nothing: when any diagnostic is an error (route conflicts, unknown targets,
/// template errors, unsafe names), nothing is written.
/// </summary>
public sealed class Generator(EmitterRegistry registry)
{
    public GenerateResult Run(ContractModel model, EmitOptions options, IReadOnlyList<GenerateTarget> targets, DiagnosticBag diagnostics)
    {
        var context = new EmitContext(model, options, diagnostics);
        var planned = new List<(GenerateTarget Target, List<GeneratedFile> Files)>();
        foreach (var target in targets)
        {
            var files = new List<GeneratedFile>();
            foreach (var artifact in target.Artifacts.Distinct(StringComparer.Ordinal))
            {
                var emitter = registry.Find(target.Language, artifact);
                if (emitter is null)
                {
                    diagnostics.Error(EmitCodes.UnknownTarget,
                        $"no emitter for language '{target.Language}' and artifact '{artifact}' (languages: {string.Join(", ", registry.Languages)}; artifacts: {string.Join(", ", registry.Artifacts)})",
                        SourceSpan.None);
                    continue;
                }

                try
                {
                    files.AddRange(emitter.Emit(context));
                }
                catch (TemplateException e)
                {
                    foreach (var problem in e.Problems)
                    {
                        diagnostics.Error(EmitCodes.TemplateFailed, $"{target.Language} {artifact}: {problem.Reason}", problem.Span);
                    }
                }
            }

            planned.Add((target, files));
        }

        if (diagnostics.HasErrors)
        {
            return new GenerateResult(Array.Empty<(GenerateTarget, WriteReport)>());
        }

        foreach (var (target, files) in planned)
        {
            foreach (var file in files)
            {
                if (OutputPath.Problem(file.RelativePath) is { } problem)
                {
                    diagnostics.Error(EmitCodes.UnsafeOutputPath, $"{target.Language}: refusing to write '{file.RelativePath}': {problem}", SourceSpan.None);
                }
            }
        }

        if (diagnostics.HasErrors)
        {
            return new GenerateResult(Array.Empty<(GenerateTarget, WriteReport)>());
        }

        var written = new List<(GenerateTarget, WriteReport)>();
        var writer = new OutputWriter(GeneratorInfo.Version);
        foreach (var (target, files) in planned)
        {
            try
            {
                written.Add((target, writer.Write(target.OutputFolder, files)));
            }
            catch (UnsafeOutputPathException e)
            {
                diagnostics.Error(EmitCodes.UnsafeOutputPath, $"{target.Language}: {e.Message}", SourceSpan.None);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(EmitCodes.WriteFailed, $"{target.Language}: cannot write the output folder: {IoFailure.Reason(e)}", new SourceSpan(target.OutputFolder, 0, 0));
            }
        }

        return new GenerateResult(written);
    }
}
