using Jusoteki.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddJusoteki();

var app = builder.Build();
// The database start-up runs while the pipeline is built and Kestrel starts; requests wait for it (StartupGate).
var ready = Task.Run(app.InitializeDatabaseAsync);
app.UseJusoteki(ready);
await app.RunJusotekiAsync(ready);
