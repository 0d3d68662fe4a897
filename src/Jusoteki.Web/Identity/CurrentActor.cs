using System.Security.Claims;
using Jusoteki.Domain.Common;
using Microsoft.AspNetCore.Components.Authorization;

namespace Jusoteki.Web.Identity;

/// <summary>
/// Who is acting in this circuit, taken from the signed-in user. Until accounts exist (the security issue) everyone is
/// the same anonymous participant; the journal then says so honestly rather than inventing a name.
/// </summary>
public sealed class CurrentActor(AuthenticationStateProvider authentication)
{
    public static readonly Actor Anonymous = new("anonymous", "未ログインの参加者");

    public async Task<Actor> GetAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (user.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name }) return Anonymous;
        return new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? name, name);
    }
}
