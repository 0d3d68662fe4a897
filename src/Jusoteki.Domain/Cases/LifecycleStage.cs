namespace Jusoteki.Domain.Cases;

/// <summary>ケースの段階: 受付 → アセスメント → 会議 → 支援中 → モニタリング → 終結 / つながり続ける.</summary>
public enum LifecycleStage
{
    /// <summary>受付 — intake at any window.</summary>
    Intake,
    /// <summary>アセスメント — インテーク・アセスメントシート.</summary>
    Assessment,
    /// <summary>会議 — taken to a 支援会議 or 重層的支援会議.</summary>
    Meeting,
    /// <summary>支援中 — plan or direction in action (伴走).</summary>
    InSupport,
    /// <summary>モニタリング — watching progress until the next review date.</summary>
    Monitoring,
    /// <summary>終結 — closed.</summary>
    Closed,
    /// <summary>つながり続ける — support continues as a light connection.</summary>
    ContinuedConnection,
}

public static class LifecycleStages
{
    // The allowed moves, stage by stage. Anything else is refused.
    private static readonly Dictionary<LifecycleStage, LifecycleStage[]> Next = new()
    {
        [LifecycleStage.Intake] = [LifecycleStage.Assessment],
        [LifecycleStage.Assessment] = [LifecycleStage.Meeting],
        [LifecycleStage.Meeting] = [LifecycleStage.InSupport],
        [LifecycleStage.InSupport] = [LifecycleStage.Monitoring, LifecycleStage.Closed, LifecycleStage.ContinuedConnection],
        [LifecycleStage.Monitoring] = [LifecycleStage.InSupport, LifecycleStage.Meeting, LifecycleStage.Closed, LifecycleStage.ContinuedConnection],
        [LifecycleStage.ContinuedConnection] = [LifecycleStage.InSupport, LifecycleStage.Meeting, LifecycleStage.Closed],
        [LifecycleStage.Closed] = [LifecycleStage.Intake],
    };

    public static bool CanMove(LifecycleStage from, LifecycleStage to) => Next[from].Contains(to);

    /// <summary>Active: support has been decided and is going on, so the case needs a 主担当機関.</summary>
    public static bool IsActive(this LifecycleStage stage) =>
        stage is LifecycleStage.InSupport or LifecycleStage.Monitoring or LifecycleStage.ContinuedConnection;

    public static bool IsEnded(this LifecycleStage stage) => stage is LifecycleStage.Closed or LifecycleStage.ContinuedConnection;

    public static string JapaneseName(this LifecycleStage stage) => stage switch
    {
        LifecycleStage.Intake => "受付",
        LifecycleStage.Assessment => "アセスメント",
        LifecycleStage.Meeting => "会議",
        LifecycleStage.InSupport => "支援中",
        LifecycleStage.Monitoring => "モニタリング",
        LifecycleStage.Closed => "終結",
        LifecycleStage.ContinuedConnection => "つながり続ける",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}
