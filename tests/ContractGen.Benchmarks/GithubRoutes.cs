using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContractGen.Benchmarks;

/// <summary>
/// The 203 GitHub routes of ../shared/corpus/routes/github-routes.txt (`METHOD /path/:param`), as routes with
/// `{param}` templates and one request path per route (each parameter replaced by a sample value).
/// </summary>
internal static class GithubRoutes
{
    public sealed record Route(string Method, string Template, string RequestPath, string OperationId);

    public static IReadOnlyList<Route> Load()
    {
        var file = Path.Combine(FindShared(), "corpus", "routes", "github-routes.txt");
        var routes = new List<Route>();
        foreach (var line in File.ReadAllLines(file))
        {
            var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2)
            {
                continue;
            }

            var segments = parts[1].Split('/');
            var template = string.Join('/', segments.Select(s => s.StartsWith(':') ? "{" + s[1..] + "}" : s));
            var request = string.Join('/', segments.Select(s => s.StartsWith(':') ? Sample(s[1..]) : s));
            var id = parts[0].ToLowerInvariant() + string.Concat(segments.Select(s => s.StartsWith(':') ? "_by_" + s[1..] : "_" + s)).Replace("__", "_");
            routes.Add(new Route(parts[0], template, request, id));
        }

        return routes;
    }

    /// <summary>Writes the routes as an OpenAPI 3.1 document (one operation per route) for the generators.</summary>
    public static int WriteContract(string outPath)
    {
        var paths = new JsonObject();
        foreach (var r in Load())
        {
            var item = paths[r.Template] as JsonObject ?? new JsonObject();
            paths[r.Template] = item;
            var parameters = new JsonArray();
            foreach (var name in r.Template.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}')))
            {
                parameters.Add(new JsonObject { ["name"] = name, ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } });
            }

            item[r.Method.ToLowerInvariant()] = new JsonObject
            {
                ["operationId"] = r.OperationId,
                ["parameters"] = parameters,
                ["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = "ok" } },
            };
        }

        var doc = new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject { ["title"] = "GitHub routes (go-http-routing-benchmark)", ["version"] = "1" },
            ["paths"] = paths,
        };
        File.WriteAllText(outPath, doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return 0;
    }

    public static string FindShared()
    {
        if (Environment.GetEnvironmentVariable("CONTRACTGEN_SHARED") is { Length: > 0 } s)
        {
            return s;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "contractgen.sln")))
        {
            dir = dir.Parent;
        }

        return Path.GetFullPath(Path.Combine(dir?.FullName ?? ".", "..", "shared"));
    }

    private static string Sample(string name) => name switch
    {
        "owner" => "julienschmidt",
        "repo" => "httprouter",
        "number" or "id" => "42",
        "user" => "gopher",
        "sha" => "3d8b2f6a",
        "ref" => "heads%2Fmain",
        _ => "x" + name,
    };
}
