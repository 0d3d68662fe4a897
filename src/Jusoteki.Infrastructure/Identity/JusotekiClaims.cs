namespace Jusoteki.Infrastructure.Identity;

/// <summary>Claims Jusoteki adds to a signed-in user besides Identity's own.</summary>
public static class JusotekiClaims
{
    public const string DisplayName = "jusoteki:display_name";
    public const string AgencyId = "jusoteki:agency_id";

    /// <summary>Present (value "true") while the account must change its password before doing anything else.</summary>
    public const string MustChangePassword = "jusoteki:must_change_password";
}
