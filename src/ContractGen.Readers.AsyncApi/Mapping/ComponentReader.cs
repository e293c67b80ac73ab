using System.Text.Json.Nodes;
using ContractGen.Readers.AsyncApi.Json;
using ContractGen.Readers.AsyncApi.Refs;

namespace ContractGen.Readers.AsyncApi.Mapping;

/// <summary>Components that become model elements even when nothing references them: schemas and messages.</summary>
internal static class ComponentReader
{
    public static void Schemas(ReadContext ctx)
    {
        var schemas = ctx.Root.Obj("components").Obj("schemas");
        foreach (var (key, node) in schemas.Entries())
        {
            var pointer = "/components/schemas/" + Pointer.Escape(key);
            if (ctx.IsV3 && node is JsonObject o && o.ContainsKey("schemaFormat") && o.ContainsKey("schema"))
            {
                // Multi Format Schema Object: map only formats we understand.
                if (o.Str("schemaFormat") is { } f && Payloads.Classify(f) is Payloads.Kind.AsyncApi or Payloads.Kind.JsonSchema or Payloads.Kind.OpenApi)
                {
                    ctx.Schemas.Map(o["schema"], ctx.Refs.IdOf(ctx.File, pointer + "/schema"), key);
                }

                continue;
            }

            if (RefResolver.IsRef(node, out var holder, out _))
            {
                ctx.Refs.Follow(holder);
                continue;
            }

            ctx.Schemas.Named(new Located(node, ctx.File, pointer));
        }
    }

    public static void Messages(ReadContext ctx)
    {
        var messages = ctx.Root.Obj("components").Obj("messages");
        foreach (var (key, node) in messages.Entries())
        {
            var loc = RefResolver.IsRef(node, out var holder, out _) ? ctx.Refs.Follow(holder) : new Located(node, ctx.File, "/components/messages/" + Pointer.Escape(key));
            if (loc is not null)
            {
                ctx.Messages.Get(loc, key, key);
            }
        }
    }
}
