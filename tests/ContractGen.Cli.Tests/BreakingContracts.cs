namespace ContractGen.Cli.Tests;

/// <summary>Small OpenAPI and AsyncAPI documents for the breaking-command tests, and a few edits of them.</summary>
internal static class BreakingContracts
{
    public const string OpenApi = """
        openapi: 3.1.0
        info:
          title: Shop
          version: 1.0.0
        paths:
          /orders:
            get:
              operationId: listOrders
              parameters:
                - name: limit
                  in: query
                  schema:
                    type: integer
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema:
                        type: array
                        items:
                          $ref: '#/components/schemas/Order'
          /orders/{id}:
            delete:
              operationId: deleteOrder
              parameters:
                - name: id
                  in: path
                  required: true
                  schema:
                    type: string
              responses:
                '204':
                  description: Deleted
        components:
          schemas:
            Order:
              type: object
              required: [id]
              properties:
                id:
                  type: string
                status:
                  type: string
                  enum: [open, paid]

        """;

    /// <summary>DELETE /orders/{id} removed (OPERATION_NO_DELETE, error).</summary>
    public static readonly string DeleteRemoved = Cut(OpenApi, "  /orders/{id}:\n", "components:\n");

    /// <summary>The query parameter removed (REQUEST_PARAMETER_REMOVED, a warning only).</summary>
    public static readonly string ParameterRemoved = Cut(OpenApi, "      parameters:\n        - name: limit\n", "      responses:\n        '200':");

    public const string AsyncApi = """
        asyncapi: 3.0.0
        info:
          title: Events
          version: 1.0.0
        channels:
          orders:
            address: orders
            messages:
              orderCreated:
                payload:
                  type: object
                  properties:
                    id:
                      type: string
        operations:
          sendOrders:
            action: send
            channel:
              $ref: '#/channels/orders'

        """;

    /// <summary>The send operation became a receive (MESSAGE_OPERATION_SAME_ACTION, error).</summary>
    public static readonly string ActionFlipped = AsyncApi.Replace("action: send", "action: receive", StringComparison.Ordinal);

    /// <summary>Not a valid document: `paths` is a list.</summary>
    public const string InvalidOpenApi = "openapi: 3.1.0\ninfo:\n  title: Shop\n  version: 1.0.0\npaths:\n  - /orders\n";

    private static string Cut(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(to, start, StringComparison.Ordinal);
        if (start < 0 || end < 0)
        {
            throw new ArgumentException($"'{from}' … '{to}' not in the document");
        }

        return text[..start] + text[end..];
    }
}
