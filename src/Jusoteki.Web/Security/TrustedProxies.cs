using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Jusoteki.Web.Security;

/// <summary>
/// Behind a reverse proxy (src/Jusoteki.Proxy, docs/cluster.md) every request comes from the proxy's address, so the login
/// throttle would count every person as one source. <c>Jusoteki:TrustedProxies</c> lists the proxies' IP addresses: from those
/// only, X-Forwarded-For gives the client's address and X-Forwarded-Proto the scheme. Unset: the headers are ignored, as
/// anyone can send them.
/// </summary>
public static class TrustedProxies
{
    public const string Key = "Jusoteki:TrustedProxies";

    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app, IConfiguration configuration)
    {
        // A list (Jusoteki__TrustedProxies__0=…) or one comma-separated value (Jusoteki__TrustedProxies=127.0.0.1,::1).
        var section = configuration.GetSection(Key);
        var proxies = (section.Value is { } one ? one.Split(',') : section.Get<string[]>() ?? [])
            .Select(proxy => proxy.Trim()).Where(proxy => proxy.Length > 0).ToArray();
        if (proxies.Length == 0) return app;
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // One proxy in front: the last address it appended is the client; anything before it was sent by the client.
            ForwardLimit = 1,
        };
        // The defaults trust loopback; only the configured proxies are trusted here.
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var proxy in proxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
        return app.UseForwardedHeaders(options);
    }
}
