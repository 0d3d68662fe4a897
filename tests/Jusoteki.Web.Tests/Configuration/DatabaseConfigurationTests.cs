using Microsoft.AspNetCore.Builder;

namespace Jusoteki.Web.Tests.Configuration;

public sealed class DatabaseConfigurationTests
{
    private static WebApplicationBuilder Builder(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder();
        foreach (var (key, value) in settings) builder.Configuration[key] = value;
        return builder;
    }

    [Fact]
    public void PostgreSql_without_an_audit_key_folder_refuses_to_start_naming_the_setting()
    {
        var builder = Builder(("Jusoteki:Database", "PostgreSQL"), ("ConnectionStrings:Jusoteki", "Host=127.0.0.1;Database=jusoteki"));

        var refused = Assert.Throws<InvalidOperationException>(() => builder.AddJusoteki());

        Assert.Contains("Jusoteki:AuditKeyFolder", refused.Message);
    }

    [Fact]
    public void PostgreSql_without_a_connection_string_refuses_to_start_naming_the_setting()
    {
        var builder = Builder(("Jusoteki:Database", "PostgreSQL"), ("ConnectionStrings:Jusoteki", ""), ("Jusoteki:AuditKeyFolder", Path.GetTempPath()));

        var refused = Assert.Throws<InvalidOperationException>(() => builder.AddJusoteki());

        Assert.Contains("ConnectionStrings:Jusoteki", refused.Message);
    }
}
