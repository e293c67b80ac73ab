using ContractGen.Breaking.Tests.Images;
using ContractGen.Readers;
using ContractGen.Testing;

namespace ContractGen.Breaking.Tests.Issues;

/// <summary>
/// One folder per reported bug, kept forever (DESIGN.md): <c>contracts/issues/&lt;issue&gt;/{previous,current}/</c> and
/// <c>expected.txt</c>, the report of <c>contractgen breaking current --against previous</c>. Proto cases are also
/// compiled into descriptor-set images (.binpb) with the bundled protoc, with and without source info, and the images
/// must give the same findings as the sources: same rules, elements, messages and files (lines too when the image
/// carries source info). Issue 3: on images, every field and enum finding was lost.
/// </summary>
public sealed class IssueCases
{
    private const string Folder = "contracts/issues";

    private static IEnumerable<string> Names() =>
        Directory.GetDirectories(Path.Combine(RepoPaths.Root, Folder)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static TheoryData<string> Cases() => new(Names());

    public static TheoryData<string, bool> ProtoCases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var name in Names())
        {
            if (Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, Folder, name), "*.proto", SearchOption.AllDirectories).Any())
            {
                data.Add(name, true);
                data.Add(name, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sources_give_the_expected_report(string name) => FixtureRunner.RunFolder($"{Folder}/{name}");

    [Theory]
    [MemberData(nameof(ProtoCases))]
    public void Descriptor_set_images_give_the_same_findings_as_the_sources(string name, bool sourceInfo)
    {
        var caseDir = Path.Combine(RepoPaths.Root, Folder, name);
        var (previous, current) = FixtureRunner.Load(caseDir);
        var fromSources = FixtureRunner.Relative(FixtureRunner.Compare(caseDir, previous, current), caseDir);

        using var temp = new TempFolder();
        var loader = new ContractLoader();
        LoadResult Image(string side) => loader.Load(new LoadRequest
        {
            Inputs = [ProtoImage.Compile(Path.Combine(caseDir, side), Path.Combine(temp.Path, side + ".binpb"), sourceInfo)],
        });
        var fromImages = FixtureRunner.Compare(caseDir, Image("previous"), Image("current"));

        Assert.NotEmpty(fromSources.Findings);
        Assert.Equal(Shown(fromSources, sourceInfo), Shown(fromImages, sourceInfo));
    }

    /// <summary>A finding without the side folder in its file (sources name current/a.proto, images a.proto).</summary>
    private static List<string> Shown(BreakingResult result, bool lines) =>
        result.Findings
            .Select(f => $"{StripSide(f.Location.File)}{(lines ? ":" + f.Location.Line : "")} {f.Rule} {f.Element}: {f.Message}")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string StripSide(string file) =>
        file.StartsWith("current/", StringComparison.Ordinal) ? file["current/".Length..]
        : file.StartsWith("previous/", StringComparison.Ordinal) ? file["previous/".Length..]
        : file;
}
