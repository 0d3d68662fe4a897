using System.Security.Claims;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Identity;
using Microsoft.AspNetCore.Components.Authorization;

namespace Jusoteki.Web.Identity;

/// <summary>
/// Who is asking in this circuit: the signed-in account (its id is what meetings name as a participant's user, its display
/// name is what the journal shows), its roles and its agency. Anyone not signed in is <see cref="Caller.Anonymous"/>.
/// </summary>
public sealed class CurrentCaller(AuthenticationStateProvider authentication)
{
    public async Task<Caller> GetAsync() => From((await authentication.GetAuthenticationStateAsync()).User);

    /// <summary>The caller a signed-in principal stands for (also used by the SignalR hub).</summary>
    public static Caller From(ClaimsPrincipal user)
    {
        if (user.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name }) return Caller.Anonymous;
        var displayName = user.FindFirstValue(JusotekiClaims.DisplayName);
        var actor = new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? name, string.IsNullOrWhiteSpace(displayName) ? name : displayName);
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        var agency = Guid.TryParse(user.FindFirstValue(JusotekiClaims.AgencyId), out var id) ? id : (Guid?)null;
        return new Caller(actor, roles, agency);
    }
}
