namespace Acme.Shop;

/// <summary>The operations of inventory/openapi.yaml, registered under their operationIds.</summary>
public static class InventoryHandlers
{
    /// <summary>Body of SetStock (the StockCount schema).</summary>
    public sealed record StockCount(string WarehouseId, int Counted);

    public static void Register(IDictionary<string, OperationHandler> handlers, ShopStore store)
    {
        // GET /v1/products/{sku}/stock
        handlers["GetStock"] = (context, v) => store.Product(v["sku"]) is { } stock
            ? context.Response.WriteAsJsonAsync(stock, context.RequestAborted)
            : Problem.Write(context, StatusCodes.Status404NotFound, "no such product", v["sku"]);

        // PUT /v1/products/{sku}/stock, body: StockCount.
        handlers["SetStock"] = async (context, v) =>
        {
            var count = await context.Request.ReadFromJsonAsync<StockCount>(context.RequestAborted);
            if (count is null || count.Counted < 0)
            {
                await Problem.Write(context, StatusCodes.Status400BadRequest, "the body must be a StockCount with counted >= 0");
                return;
            }

            if (store.Count(v["sku"], count.WarehouseId, count.Counted) is { } stock)
            {
                await context.Response.WriteAsJsonAsync(stock, context.RequestAborted);
                return;
            }

            await Problem.Write(context, StatusCodes.Status404NotFound, "no such product or warehouse");
        };

        // GET /v1/warehouses/{warehouseId}/stock?lowStockOnly=true
        handlers["ListWarehouseStock"] = (context, v) =>
        {
            var lowOnly = string.Equals(context.Request.Query["lowStockOnly"], "true", StringComparison.Ordinal);
            return store.InWarehouse(v["warehouseId"], lowOnly) is { } stock
                ? context.Response.WriteAsJsonAsync(stock, context.RequestAborted)
                : Problem.Write(context, StatusCodes.Status404NotFound, "no such warehouse", v["warehouseId"]);
        };

        // GET /v1/exports/{path}.{format}: a partial-segment template, format is csv or json.
        handlers["DownloadExport"] = (context, v) => v["format"] switch
        {
            "json" => context.Response.WriteAsJsonAsync(store.All(), context.RequestAborted),
            "csv" => WriteCsv(context, store.All()),
            _ => Problem.Write(context, StatusCodes.Status404NotFound, "exports are .csv or .json", v["format"]),
        };
    }

    private static Task WriteCsv(HttpContext context, IReadOnlyList<Stock> stock)
    {
        context.Response.ContentType = "text/csv";
        var lines = stock.Select(s => $"{s.Sku},{s.Available},{s.Reserved}");
        return context.Response.WriteAsync("sku,available,reserved\n" + string.Join("\n", lines) + "\n", context.RequestAborted);
    }
}
