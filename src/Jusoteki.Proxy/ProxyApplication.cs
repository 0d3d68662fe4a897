using System.Net;
using Yarp.ReverseProxy.Transforms;

namespace Jusoteki.Proxy;

/// <summary>Everything Program.cs wires up: YARP from the <c>ReverseProxy</c> section, and the refusal to listen beyond loopback.</summary>
public static class ProxyApplication
{
    /// <summary><c>Proxy:AllowNonLoopback=true</c> lets the proxy listen on other addresses (behind a firewall, with TLS in front).</summary>
    public const string AllowNonLoopbackKey = "Proxy:AllowNonLoopback";

    /// <summary>The response header naming the instance (destination id) that answered.</summary>
    public const string InstanceHeader = "X-Jusoteki-Instance";

    public static WebApplicationBuilder AddJusotekiProxy(this WebApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            // Which instance answered (its destination id), for operators and the cluster e2e: the circuit lives there.
            .AddTransforms(context => context.AddResponseTransform(transform =>
            {
                if (transform.HttpContext.GetReverseProxyFeature().ProxiedDestination is { } destination)
                    transform.HttpContext.Response.Headers[InstanceHeader] = destination.DestinationId;
                return ValueTask.CompletedTask;
            }));
        return builder;
    }

    public static WebApplication MapJusotekiProxy(this WebApplication app)
    {
        if (!app.Configuration.GetValue(AllowNonLoopbackKey, false))
        {
            var urls = (app.Configuration["urls"] ?? app.Configuration["ASPNETCORE_URLS"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);
            var outside = urls.Where(url => !IsLoopback(url)).ToList();
            if (outside.Count > 0)
                throw new InvalidOperationException($"The proxy listens on loopback only; refused: {string.Join(", ", outside)} (set {AllowNonLoopbackKey}=true to allow).");
        }
        // The app answers /health itself; the proxy's own liveness is /proxy-health, which never reaches an instance.
        app.MapGet("/proxy-health", () => Results.Text("ok"));
        app.MapReverseProxy();
        return app;
    }

    private static bool IsLoopback(string url)
    {
        var host = new Uri(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0")).Host;
        return host == "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
