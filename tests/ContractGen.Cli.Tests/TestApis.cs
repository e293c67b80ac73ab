namespace ContractGen.Cli.Tests;

/// <summary>Small OpenAPI documents that several command tests write into a temp folder.</summary>
internal static class TestApis
{
    /// <summary>One route, GET /a/{x} (operation one), declared at line 5 column 5.</summary>
    public const string OneRoute =
        """
        openapi: 3.1.0
        info: { title: t, version: "1" }
        paths:
          /a/{x}:
            get: { operationId: one, parameters: [{ name: x, in: path, required: true, schema: { type: string } }], responses: { "200": { description: ok } } }
        """;

    /// <summary><see cref="OneRoute"/> plus GET /a/{y} (operation two, line 7 column 5): the same requests, a CG4401 duplicate.</summary>
    public const string DuplicateRoutes = OneRoute + "\n" +
        """
          /a/{y}:
            get: { operationId: two, parameters: [{ name: y, in: path, required: true, schema: { type: string } }], responses: { "200": { description: ok } } }
        """;
}
