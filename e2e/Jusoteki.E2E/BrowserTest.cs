using Microsoft.Playwright;

namespace Jusoteki.E2E;

/// <summary>Base of the browser tests: Japanese-locale contexts of the shared Chromium, closed after each test.</summary>
public abstract class BrowserTest(BrowserFixture browser) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    protected IBrowser Browser => browser.Browser;

    /// <summary>A page in a fresh context: its own cookies, as another person's browser.</summary>
    protected async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await browser.Browser.NewContextAsync(options ?? new() { Locale = "ja-JP" });
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh browser signed in as <paramref name="userName"/>, on the page at <paramref name="url"/>.</summary>
    protected async Task<IPage> OpenAsAsync(AppServer server, string userName, string url)
    {
        var page = await NewPageAsync();
        await SignIn.SignInToAsync(page, server, userName, url);
        return page;
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.DisposeAsync();
    }
}
