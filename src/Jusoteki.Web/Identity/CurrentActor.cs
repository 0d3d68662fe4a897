using System.Security.Claims;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Identity;
using Microsoft.AspNetCore.Components.Authorization;

namespace Jusoteki.Web.Identity;

/// <summary>
/// Who is acting in this circuit: the signed-in account (its id is what meetings name as a participant's user, its display
/// name is what the journal shows). Anyone not signed in is <see cref="Anonymous"/> and is a participant of nothing.
/// </summary>
public sealed class CurrentActor(AuthenticationStateProvider authentication)
{
    public static readonly Actor Anonymous = new("anonymous", "未ログインの参加者");

    public async Task<Actor> GetAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (user.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name }) return Anonymous;
        var displayName = user.FindFirstValue(JusotekiClaims.DisplayName);
        return new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? name, string.IsNullOrWhiteSpace(displayName) ? name : displayName);
    }
}
