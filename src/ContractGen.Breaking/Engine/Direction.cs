namespace ContractGen.Breaking;

/// <summary>
/// Which way data flows through a schema. Request: the API accepts it, so accepting less is breaking.
/// Response: the API promises it, so promising less (or something new) is breaking. AsyncAPI: what the
/// application sends is a Response (it must not promise less), what it receives is a Request (it must not accept
/// less). Both: a schema seen in both roles (or in none we know), checked both ways.
/// </summary>
[Flags]
public enum Direction
{
    None = 0,
    Request = 1,
    Response = 2,
    Both = Request | Response,
}

public static class DirectionExtensions
{
    public static bool IsRequest(this Direction d) => (d & Direction.Request) != 0;

    public static bool IsResponse(this Direction d) => (d & Direction.Response) != 0;
}
