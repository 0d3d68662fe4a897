namespace Jusoteki.Web.Identity;

/// <summary>
/// Failed logins per source (the client's address) as well as per account, before the account's own lockout counts them:
/// one source adds at most <see cref="CountedPerSourceAndAccount"/> failures to an account's lockout (fewer than the five
/// that lock it), then is held off that account for <see cref="Window"/> — so nobody can lock 議長's account from one
/// machine — and a source with <see cref="FailuresPerSource"/> failures in the window is held off every account.
/// In memory: a restart forgets it, and the account's lockout still stops guessing from many sources.
/// </summary>
public sealed class LoginThrottle(TimeProvider clock)
{
    public const int CountedPerSourceAndAccount = 3;
    public const int FailuresPerSource = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _sources = new();
    private readonly Dictionary<(string Source, string Account), Pair> _pairs = new();
    private readonly HashSet<string> _announced = new();

    public enum Decision { Allowed, Held, HeldFirstTime }

    /// <summary>May <paramref name="source"/> try <paramref name="account"/> (a normalized user name, known or not) now?</summary>
    public Decision Check(string source, string account)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            var held = _pairs.TryGetValue((source, account), out var pair) && pair.HeldUntil > now
                ? source + "\n" + account
                : FailuresOf(source, now) >= FailuresPerSource ? source : null;
            if (held is null) return Decision.Allowed;
            // One audit record per spell, not per refused attempt: a flood of attempts must not flood the log.
            return _announced.Add(held) ? Decision.HeldFirstTime : Decision.Held;
        }
    }

    /// <summary>Records a failure; true if it counts towards the account's lockout.</summary>
    public bool RecordFailure(string source, string account)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            Prune(now);
            if (!_sources.TryGetValue(source, out var failures)) _sources[source] = failures = new();
            failures.Enqueue(now);
            if (!_pairs.TryGetValue((source, account), out var pair)) _pairs[(source, account)] = pair = new();
            pair.Last = now;
            var counts = pair.Counted < CountedPerSourceAndAccount;
            if (counts) pair.Counted++;
            if (pair.Counted >= CountedPerSourceAndAccount)
            {
                pair.HeldUntil = now + Window;
                _announced.Remove(source + "\n" + account);
            }
            if (failures.Count >= FailuresPerSource) _announced.Remove(source);
            return counts;
        }
    }

    /// <summary>The right password for the account: what sources counted against it is forgotten, as the lockout count is.</summary>
    public void RecordSuccess(string account)
    {
        lock (_gate)
            foreach (var key in _pairs.Keys.Where(k => k.Account == account).ToList()) _pairs.Remove(key);
    }

    private int FailuresOf(string source, DateTimeOffset now)
    {
        if (!_sources.TryGetValue(source, out var failures)) return 0;
        while (failures.Count > 0 && now - failures.Peek() > Window) failures.Dequeue();
        return failures.Count;
    }

    // Bounded memory however many names and sources are tried.
    private void Prune(DateTimeOffset now)
    {
        if (_pairs.Count + _sources.Count < 10_000) return;
        foreach (var (key, pair) in _pairs.Where(p => p.Value.HeldUntil <= now && now - p.Value.Last > Window * 4).ToList()) _pairs.Remove(key);
        foreach (var source in _sources.Keys.Where(s => FailuresOf(s, now) == 0).ToList()) _sources.Remove(source);
    }

    private sealed class Pair
    {
        public int Counted;
        public DateTimeOffset HeldUntil;
        public DateTimeOffset Last;
    }
}
