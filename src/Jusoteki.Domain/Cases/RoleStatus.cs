namespace Jusoteki.Domain.Cases;

/// <summary>役割の状況.</summary>
public enum RoleStatus
{
    /// <summary>未着手</summary>
    NotStarted,
    /// <summary>対応中</summary>
    InProgress,
    /// <summary>完了</summary>
    Done,
    /// <summary>見直し — to be reconsidered at the next meeting.</summary>
    UnderReview,
}

public static class RoleStatusInfo
{
    public static string JapaneseName(this RoleStatus status) => status switch
    {
        RoleStatus.NotStarted => "未着手",
        RoleStatus.InProgress => "対応中",
        RoleStatus.Done => "完了",
        RoleStatus.UnderReview => "見直し",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
