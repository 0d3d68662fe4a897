using Jusoteki.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddJusoteki();

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UseJusoteki();
app.Run();
