using System.Text.Json.Nodes;

namespace AiOps.Notifications.Dashboard.Tests.Infrastructure;

/// <summary>Applies one to three random changes to a JSON payload: wrong types, removals, huge or odd values.</summary>
internal static class PayloadMutator
{
    private static readonly Func<Random, JsonNode?>[] Replacements =
    [
        _ => null,
        r => JsonValue.Create(r.Next(int.MinValue, int.MaxValue)),
        r => JsonValue.Create(r.NextDouble() * 1e300),
        _ => JsonValue.Create(true),
        _ => new JsonArray(JsonValue.Create("a"), JsonValue.Create(1)),
        _ => new JsonObject { ["x"] = new JsonObject { ["y"] = 1 } },
        _ => JsonValue.Create(""),
        r => JsonValue.Create(new string((char)r.Next(0x20, 0x2FFF), r.Next(1, 200_000))),
        _ => JsonValue.Create("0001-01-01T00:00:00Z"),
        _ => JsonValue.Create("9999-99-99T99:99:99Z"),
        _ => JsonValue.Create("resolved"),
        _ => JsonValue.Create("<no value>\u0000\u202e"),
        r => Nest(r.Next(10, 100)),
    ];

    public static string Mutate(JsonNode root, Random random)
    {
        var changes = random.Next(1, 4);
        for (var i = 0; i < changes; i++)
        {
            MutateOne(root, random);
        }

        return root.ToJsonString();
    }

    private static void MutateOne(JsonNode root, Random random)
    {
        var nodes = Flatten(root).Where(node => node.Parent is not null).ToList();
        if (nodes.Count == 0)
        {
            return;
        }

        var target = nodes[random.Next(nodes.Count)];
        var parent = target.Parent!;
        var replacement = random.Next(4) == 0 ? null : Replacements[random.Next(Replacements.Length)](random);
        var remove = random.Next(4) == 0;
        switch (parent)
        {
            case JsonObject obj:
                var name = target.GetPropertyName();
                obj.Remove(name);
                if (!remove)
                {
                    obj[name] = replacement;
                }

                break;
            case JsonArray array:
                var index = target.GetElementIndex();
                array.RemoveAt(index);
                if (!remove)
                {
                    array.Insert(index, replacement);
                }

                break;
        }
    }

    private static IEnumerable<JsonNode> Flatten(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject obj => obj.Select(pair => pair.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Flatten(child))
            {
                yield return descendant;
            }
        }
    }

    private static JsonNode Nest(int depth)
    {
        JsonNode node = JsonValue.Create(1);
        for (var i = 0; i < depth; i++)
        {
            node = new JsonArray(node);
        }

        return node;
    }
}
