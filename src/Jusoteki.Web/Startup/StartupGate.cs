namespace Jusoteki.Web.Startup;

/// <summary>
/// The database start-up runs while Kestrel starts listening (two cores do both at once); until it has finished every
/// request — /health too — waits for it, so nothing is answered from a database that is not ready.
/// </summary>
public static class StartupGate
{
    public static IApplicationBuilder UseStartupGate(this IApplicationBuilder app, Task ready) => app.Use(async (context, next) =>
    {
        if (!ready.IsCompletedSuccessfully) await ready.WaitAsync(context.RequestAborted);
        await next(context);
    });
}
