using System.Net;
using System.Text.Json;

namespace Jusoteki.E2E;

/// <summary>The benchmark's memory reading (/diagnostics/memory): absent unless Jusoteki:Diagnostics is true.</summary>
public sealed class MemoryDiagnosticsTests
{
    [Fact]
    public async Task The_memory_reading_does_not_exist_by_default()
    {
        await using var server = new AppServer();
        await server.StartAsync();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        var response = await http.GetAsync($"{server.BaseUrl}/diagnostics/memory");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("managedHeapBytes", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task With_diagnostics_on_a_loopback_caller_reads_the_settled_heap_and_rss()
    {
        await using var server = new AppServer(new Dictionary<string, string> { ["Jusoteki__Diagnostics"] = "true" });
        await server.StartAsync();
        using var http = new HttpClient();

        using var reading = JsonDocument.Parse(await http.GetStringAsync($"{server.BaseUrl}/diagnostics/memory"));

        Assert.True(reading.RootElement.GetProperty("managedHeapBytes").GetInt64() > 0);
        Assert.True(reading.RootElement.GetProperty("residentSetBytes").GetInt64() > reading.RootElement.GetProperty("managedHeapBytes").GetInt64());
    }
}
