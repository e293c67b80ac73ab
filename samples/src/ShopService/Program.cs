using Acme.Shop;
using Acme.Shop.Contracts;

// The shop service. One terminal middleware dispatches every request with the route matcher contractgen generated
// from contracts/ (orders.proto through its google.api.http bindings, inventory/openapi.yaml); route ids are the
// contracts' operation ids, so each handler is registered under the name the contract gives it.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

var store = new ShopStore();
var handlers = new Dictionary<string, OperationHandler>(StringComparer.Ordinal);
OrderHandlers.Register(handlers, store);
InventoryHandlers.Register(handlers, store);
var dispatcher = new Dispatcher(Routes.Table, Routes.Matcher, handlers);

app.Run(dispatcher.HandleAsync);
app.Run();
