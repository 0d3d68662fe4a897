using Jusoteki.Proxy;

// The reverse proxy in front of several Jusoteki.Web instances (docs/cluster.md): one route, sticky sessions, health checks.
// Its appsettings.json is read from beside the dll, wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddJusotekiProxy();

var app = builder.Build();
app.MapJusotekiProxy();
app.Run();
