using Jusoteki.Proxy;

// The reverse proxy in front of several Jusoteki.Web instances (docs/cluster.md): one route, sticky sessions, health checks.
var builder = WebApplication.CreateBuilder(args);
builder.AddJusotekiProxy();

var app = builder.Build();
app.MapJusotekiProxy();
app.Run();
