using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Access;

/// <summary>Who asks: the acting person, the roles of their account and the agency they speak for.</summary>
public sealed record Caller(Actor Actor, IReadOnlySet<string> Roles, Guid? AgencyId)
{
    /// <summary>Nobody signed in: allowed nothing.</summary>
    public static readonly Caller Anonymous = new(new Actor("anonymous", "未ログインの利用者"), new HashSet<string>(), null);

    public bool May(Operation operation) => Permissions.IsAllowed(Roles, operation);

    /// <summary>Throws the Japanese refusal unless the permission table allows <paramref name="operation"/>.</summary>
    public void Require(Operation operation)
    {
        if (!May(operation)) throw AccessErrors.Denied(operation);
    }
}

public static class AccessErrors
{
    public static DomainException Denied(Operation operation) =>
        new("access.denied", $"この操作（{operation.JapaneseName()}）を行う権限がありません。");
}
