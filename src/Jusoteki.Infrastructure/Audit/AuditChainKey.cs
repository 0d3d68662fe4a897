using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Jusoteki.Infrastructure.Audit;

/// <summary>
/// The secret that keys the audit chain, and the anchor of its head — both in files outside the database (by default beside
/// the Data Protection keys), so that someone holding only the database can neither recompute the chain nor cut its tail
/// unseen. The key file is created on first use, readable by the app's own user only.
/// </summary>
public sealed class AuditChainKey
{
    public const string KeyFileName = "audit-chain.key";
    public const string AnchorFileName = "audit-chain.anchor";

    private readonly byte[] _key;

    private AuditChainKey(string folder, byte[] key) => (Folder, _key) = (folder, key);

    public string Folder { get; }

    public string AnchorPath => Path.Combine(Folder, AnchorFileName);

    /// <summary>Reads the key in <paramref name="folder"/>, or creates it (32 random bytes, mode 0600) when there is none yet.</summary>
    public static AuditChainKey OpenOrCreate(string folder)
    {
        CreateFolder(folder);
        var path = Path.Combine(folder, KeyFileName);
        if (!File.Exists(path))
        {
            try
            {
                using var created = new FileStream(path, OwnerOnly(FileMode.CreateNew));
                created.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another start created it at the same moment: use theirs.
            }
        }
        var key = Convert.FromBase64String(File.ReadAllText(path, Encoding.ASCII).Trim());
        if (key.Length < 32) throw new InvalidOperationException($"監査ログの鍵 {path} が壊れています（32バイト未満）。");
        return new AuditChainKey(folder, key);
    }

    /// <summary>HMAC-SHA256 of <paramref name="canonical"/> under this key.</summary>
    public byte[] Mac(string canonical) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(canonical));

    /// <summary>The stored anchor, or null when there is none or it does not carry this key's seal.</summary>
    public AuditAnchor? ReadAnchor()
    {
        if (!File.Exists(AnchorPath)) return null;
        var lines = File.ReadAllLines(AnchorPath, Encoding.ASCII);
        if (lines.Length < 4 || !long.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || !long.TryParse(lines[2], NumberStyles.None, CultureInfo.InvariantCulture, out var legacy)) return null;
        var anchor = new AuditAnchor(count, lines[1], legacy);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(SealOf(anchor)), Encoding.ASCII.GetBytes(lines[3])) ? anchor : null;
    }

    /// <summary>
    /// Moves the anchor to <paramref name="anchor"/> if that is further along than the stored one: processes sharing the
    /// folder write under one file lock, and a writer finishing late never moves the anchor back. A missing or unsealed
    /// anchor stays as it is (re-creating it would hide a cut tail).
    /// </summary>
    public void AdvanceAnchor(AuditAnchor anchor) => UnderAnchorLock(() =>
    {
        if (ReadAnchor() is { } stored && anchor.Count > stored.Count) WriteAnchor(anchor);
    });

    /// <summary>Writes the first anchor, unless another process wrote one meanwhile.</summary>
    public void WriteAnchorIfMissing(AuditAnchor anchor) => UnderAnchorLock(() =>
    {
        if (!File.Exists(AnchorPath)) WriteAnchor(anchor);
    });

    // An exclusive lock on a file beside the anchor (flock on Unix, a share lock on Windows), waited for briefly.
    private void UnderAnchorLock(Action write)
    {
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            FileStream held;
            try
            {
                held = new FileStream(AnchorPath + ".lock", options);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(2);
                continue;
            }
            using (held) write();
            return;
        }
    }

    /// <summary>Replaces the anchor in one step (a new file renamed over the old), so a crash leaves the old or the new one whole.</summary>
    public void WriteAnchor(AuditAnchor anchor)
    {
        var temporary = AnchorPath + ".tmp";
        using (var file = new FileStream(temporary, OwnerOnly(FileMode.Create)))
        {
            file.Write(Encoding.ASCII.GetBytes($"{Number(anchor.Count)}\n{anchor.Head}\n{Number(anchor.LegacyCount)}\n{SealOf(anchor)}\n"));
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, AnchorPath, overwrite: true);
    }

    private string SealOf(AuditAnchor anchor) =>
        Convert.ToHexStringLower(Mac($"anchor\u001f{Number(anchor.Count)}\u001f{anchor.Head}\u001f{Number(anchor.LegacyCount)}"));

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static FileStreamOptions OwnerOnly(FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return options;
    }

    private static void CreateFolder(string folder)
    {
        if (Directory.Exists(folder)) return;
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}

/// <summary>
/// The head of the audit chain as last written: how many records, the last one's link, and how many records came before the
/// chain was keyed (fixed when the key first met the database: only those may carry a plain SHA-256 link).
/// </summary>
public sealed record AuditAnchor(long Count, string Head, long LegacyCount);
