using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Security;

/// <summary>Who makes a request, for rate limiting: its API key name, else its user, else its address.</summary>
internal static class ApiClient
{
    public const string KeyNameItem = "AiOps.ApiKeyName";

    public const string ApiKeyClaim = "aiops:api-key";

    public static string Partition(HttpContext context)
    {
        if (context.Items[KeyNameItem] is string keyName)
        {
            return "key:" + keyName;
        }

        if (context.User.FindFirst(ApiKeyClaim)?.Value is { } claimed)
        {
            return "key:" + claimed;
        }

        var address = context.Connection.RemoteIpAddress;
        return "ip:" + (address?.IsIPv4MappedToIPv6 == true ? address.MapToIPv4() : address);
    }

    public static ClaimsPrincipal Principal(string keyName, string authenticationType) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, keyName), new Claim(ApiKeyClaim, keyName)], authenticationType));
}
