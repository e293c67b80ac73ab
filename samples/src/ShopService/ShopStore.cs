using System.Text.Json.Serialization;

namespace Acme.Shop;

/// <summary>One product and its quantity (orders.proto LineItem, protobuf JSON names).</summary>
public sealed record LineItem(string Sku, int Quantity);

/// <summary>An order (orders.proto Order). int64 is a JSON string in the protobuf JSON mapping.</summary>
public sealed record Order
{
    public string Name { get; init; } = "";

    public IReadOnlyList<LineItem> Items { get; init; } = [];

    public string State { get; init; } = "ORDER_STATE_UNSPECIFIED";

    [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    public long TotalMinor { get; init; }

    public string Currency { get; init; } = "";

    public DateTime? CreateTime { get; init; }
}

/// <summary>Stock of one product (inventory openapi.yaml Stock).</summary>
public sealed record Stock(string Sku, int Available, int Reserved, IReadOnlyDictionary<string, int> Warehouses);

/// <summary>
/// The shop's state, in memory: products with prices, counted stock per warehouse, reservations by placed orders,
/// and the orders. Thread-safe (one lock); a real service keeps this in its database.
/// </summary>
public sealed class ShopStore
{
    public const int ReorderLevel = 5;

    private readonly object _gate = new();
    private readonly Dictionary<string, long> _prices = new(StringComparer.Ordinal) { ["MUG-001"] = 1200, ["TEE-042"] = 2500 };
    private readonly Dictionary<string, Dictionary<string, int>> _counted = new(StringComparer.Ordinal)
    {
        ["MUG-001"] = new(StringComparer.Ordinal) { ["berlin-1"] = 40, ["porto-2"] = 3 },
        ["TEE-042"] = new(StringComparer.Ordinal) { ["berlin-1"] = 12 },
    };
    private readonly HashSet<string> _warehouses = new(StringComparer.Ordinal) { "berlin-1", "porto-2" };
    private readonly Dictionary<string, int> _reserved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Order> _orders = new(StringComparer.Ordinal);

    /// <summary>Places an order under <paramref name="parent"/> (customers/{id}) and reserves its items; null with a reason when it cannot.</summary>
    public Order? Place(string parent, Order order, out string? problem)
    {
        lock (_gate)
        {
            problem = order.Items.Count == 0 ? "an order needs at least one item"
                : order.Items.FirstOrDefault(i => i.Quantity < 1 || !_prices.ContainsKey(i.Sku) || StockOf(i.Sku).Available < i.Quantity) is { } bad
                    ? $"cannot order {bad.Quantity} × {bad.Sku}"
                    : null;
            if (problem is not null)
            {
                return null;
            }

            foreach (var item in order.Items)
            {
                _reserved[item.Sku] = _reserved.GetValueOrDefault(item.Sku) + item.Quantity;
            }

            var placed = order with
            {
                Name = $"{parent}/orders/{_orders.Count + 1}",
                State = "ORDER_STATE_PLACED",
                TotalMinor = order.Items.Sum(i => _prices[i.Sku] * i.Quantity),
                CreateTime = DateTime.UtcNow,
            };
            _orders[placed.Name] = placed;
            return placed;
        }
    }

    public Order? Find(string name)
    {
        lock (_gate)
        {
            return _orders.GetValueOrDefault(name);
        }
    }

    public IReadOnlyList<Order> List(string parent)
    {
        lock (_gate)
        {
            return _orders.Values.Where(o => o.Name.StartsWith(parent + "/", StringComparison.Ordinal)).Reverse().ToList();
        }
    }

    /// <summary>Cancels a placed order and releases its reservation; null when there is no such order or it shipped.</summary>
    public Order? Cancel(string name)
    {
        lock (_gate)
        {
            if (_orders.GetValueOrDefault(name) is not { State: "ORDER_STATE_PLACED" } order)
            {
                return null;
            }

            foreach (var item in order.Items)
            {
                _reserved[item.Sku] -= item.Quantity;
            }

            return _orders[name] = order with { State = "ORDER_STATE_CANCELED" };
        }
    }

    /// <summary>Stock of one product; null for an unknown SKU.</summary>
    public Stock? Product(string sku)
    {
        lock (_gate)
        {
            return _counted.ContainsKey(sku) ? StockOf(sku) : null;
        }
    }

    /// <summary>Replaces the counted units of a product in a warehouse; null when either is unknown.</summary>
    public Stock? Count(string sku, string warehouseId, int counted)
    {
        lock (_gate)
        {
            if (!_counted.TryGetValue(sku, out var perWarehouse) || !_warehouses.Contains(warehouseId))
            {
                return null;
            }

            perWarehouse[warehouseId] = counted;
            return StockOf(sku);
        }
    }

    /// <summary>Every product stocked in a warehouse (available there), by SKU; null for an unknown warehouse.</summary>
    public IReadOnlyList<Stock>? InWarehouse(string warehouseId, bool lowStockOnly)
    {
        lock (_gate)
        {
            return !_warehouses.Contains(warehouseId)
                ? null
                : _counted.Where(kv => kv.Value.ContainsKey(warehouseId)).Select(kv => StockOf(kv.Key))
                    .Where(s => !lowStockOnly || s.Warehouses[warehouseId] < ReorderLevel)
                    .OrderBy(s => s.Sku, StringComparer.Ordinal).ToList();
        }
    }

    public IReadOnlyList<Stock> All()
    {
        lock (_gate)
        {
            return _counted.Keys.Order(StringComparer.Ordinal).Select(StockOf).ToList();
        }
    }

    private Stock StockOf(string sku)
    {
        var perWarehouse = _counted[sku];
        var reserved = _reserved.GetValueOrDefault(sku);
        return new Stock(sku, Math.Max(0, perWarehouse.Values.Sum() - reserved), reserved,
            new SortedDictionary<string, int>(perWarehouse, StringComparer.Ordinal));
    }
}
