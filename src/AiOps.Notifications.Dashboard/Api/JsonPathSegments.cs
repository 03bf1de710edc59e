namespace AiOps.Notifications.Dashboard.Api;

/// <summary>Splits a serializer path such as <c>$.alerts[0]['a.b']</c> into names; an index reads as null.</summary>
internal static class JsonPathSegments
{
    public static IEnumerable<string?> Read(string path)
    {
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                yield return path[(i + 1)..end];
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                yield return path[(i + 2)..end];
                i = end + 2;
            }
            else
            {
                var end = path.IndexOf(']', i);
                yield return null;
                i = end < 0 ? path.Length : end + 1;
            }
        }
    }
}
