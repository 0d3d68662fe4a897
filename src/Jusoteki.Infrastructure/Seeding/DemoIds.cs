using System.Security.Cryptography;
using System.Text;

namespace Jusoteki.Infrastructure.Seeding;

/// <summary>Stable ids for demo records, derived from a readable key, so that seeding twice finds the same rows.</summary>
internal static class DemoIds
{
    public static Guid For(string key) => new(MD5.HashData(Encoding.UTF8.GetBytes("jusoteki-demo/" + key)));
}
