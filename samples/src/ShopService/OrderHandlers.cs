namespace Acme.Shop;

/// <summary>The operations of orders.proto's OrderService, registered under their route ids (the RPCs' full names).</summary>
public static class OrderHandlers
{
    private const string Service = "acme.shop.orders.v1.OrderService.";

    public static void Register(IDictionary<string, OperationHandler> handlers, ShopStore store)
    {
        // POST /v1/{parent=customers/*}/orders, body: the order.
        handlers[Service + "CreateOrder"] = async (context, v) =>
        {
            var order = await context.Request.ReadFromJsonAsync<Order>(context.RequestAborted);
            if (order is null)
            {
                await Problem.Write(context, StatusCodes.Status400BadRequest, "the body must be an Order");
                return;
            }

            if (store.Place(v["parent"], order, out var problem) is { } placed)
            {
                await context.Response.WriteAsJsonAsync(placed, context.RequestAborted);
                return;
            }

            await Problem.Write(context, StatusCodes.Status400BadRequest, "order not placed", problem);
        };

        // GET /v1/{name=customers/*/orders/*}
        handlers[Service + "GetOrder"] = (context, v) => store.Find(v["name"]) is { } order
            ? context.Response.WriteAsJsonAsync(order, context.RequestAborted)
            : Problem.Write(context, StatusCodes.Status404NotFound, "no such order", v["name"]);

        // GET /v1/{parent=customers/*}/orders: one page holding every order of the customer.
        handlers[Service + "ListOrders"] = (context, v) =>
            context.Response.WriteAsJsonAsync(new { orders = store.List(v["parent"]), nextPageToken = "" }, context.RequestAborted);

        // POST /v1/{name=customers/*/orders/*}:cancel, body: "*" (the reason).
        handlers[Service + "CancelOrder"] = (context, v) => store.Cancel(v["name"]) is { } canceled
            ? context.Response.WriteAsJsonAsync(canceled, context.RequestAborted)
            : Problem.Write(context, StatusCodes.Status409Conflict, "only a placed order can be canceled", v["name"]);
    }
}
