namespace Jusoteki.Web.Identity;

/// <summary>
/// Tells the other servers of a cluster that a sign-in session ended (ログアウト, 画面をロック) or an account was disabled or
/// changed, so that they drop what they cached and close what it has open there at once, not when their caches lapse.
/// One process has nobody to tell (none is registered).
/// </summary>
public interface IIdentitySignals
{
    void SessionEnded(string userId, string sessionId);

    void AccountRevoked(string userId);
}
