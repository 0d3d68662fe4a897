using Jusoteki.Testing;
using Jusoteki.Web.Cluster;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Jusoteki.Web.Tests.Cluster;

/// <summary>Two servers sharing one Redis read each other's protected payloads: a sign-in cookie from one is valid on the other.</summary>
public sealed class SharedDataProtectionTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private const string Purpose = "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware";

    [Fact]
    public void A_payload_protected_by_one_server_is_unprotected_by_another_sharing_the_Redis_key_ring()
    {
        using var first = Server(redis.Connect());
        using var second = Server(redis.Connect());

        var cookie = first.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("houkatsu のサインイン");

        Assert.Equal("houkatsu のサインイン", second.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(cookie));
    }

    [Fact]
    public void Servers_that_each_made_a_key_at_the_same_start_still_read_each_others_payloads()
    {
        using var first = Server(redis.Connect(), "jusoteki:test:race");
        using var second = Server(redis.Connect(), "jusoteki:test:race");
        // Both start on an empty ring, so each creates its own key before seeing the other's.
        var fromFirst = first.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("一");
        var fromSecond = second.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("二");

        Assert.Equal("一", second.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(fromFirst));
        Assert.Equal("二", first.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(fromSecond));
    }

    [Fact]
    public void A_server_with_its_own_key_ring_cannot_read_it()
    {
        using var clustered = Server(redis.Connect());
        var folder = Directory.CreateTempSubdirectory("jusoteki-keys-");
        try
        {
            using var alone = new ServiceCollection().AddLogging().AddDataProtection().SetApplicationName("Jusoteki")
                .PersistKeysToFileSystem(folder).Services.BuildServiceProvider();
            var cookie = clustered.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("houkatsu");

            Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() =>
                alone.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(cookie));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // What JusotekiApplication registers when Jusoteki:Redis is set.
    private static ServiceProvider Server(IConnectionMultiplexer connection, string? key = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(connection);
        services.AddDataProtection().SetApplicationName("Jusoteki");
        services.PersistDataProtectionKeysInRedis(key ?? ClusterServices.DataProtectionKey);
        return services.BuildServiceProvider();
    }
}
