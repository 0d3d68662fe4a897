using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jusoteki.Infrastructure.Identity;

/// <summary>Puts the display name and the agency into the sign-in cookie, so every request knows who speaks for whom.</summary>
public sealed class JusotekiClaimsFactory(UserManager<JusotekiUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<JusotekiUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(JusotekiUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(JusotekiClaims.DisplayName, user.DisplayName));
        if (user.MustChangePassword) identity.AddClaim(new Claim(JusotekiClaims.MustChangePassword, "true"));
        if (user.AgencyId is { } agency) identity.AddClaim(new Claim(JusotekiClaims.AgencyId, agency.ToString()));
        return identity;
    }
}
