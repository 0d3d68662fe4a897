namespace Jusoteki.Domain.Cases;

/// <summary>State of one version of a 支援プラン.</summary>
public enum PlanStatus
{
    /// <summary>案 — drafted, not yet adopted.</summary>
    Draft,
    /// <summary>採択 — adopted in a 重層的支援会議.</summary>
    Adopted,
    /// <summary>改定済 — replaced by a later adopted version.</summary>
    Superseded,
    /// <summary>凍結 — consent was withdrawn: kept, read-only (C2).</summary>
    Frozen,
    /// <summary>評価済 — evaluated at 終結 or つながり続ける.</summary>
    Evaluated,
}

/// <summary>支援プラン目標 — a goal and the agencies that work on it.</summary>
public sealed record PlanGoal(string Text, IReadOnlyList<Guid> AgencyIds);

/// <summary>
/// 支援プラン (多機関協働事業プラン) — goals, each with its agencies. Each revision is a new version; only a 重層的支援会議
/// with the person's consent adopts one (C5).
/// </summary>
public sealed class SupportPlan
{
    internal SupportPlan(Guid id, int version, IReadOnlyList<PlanGoal> goals)
    {
        Id = id;
        Version = version;
        Goals = [.. goals];
        Status = PlanStatus.Draft;
    }

    // For EF Core.
    private SupportPlan() { }

    public Guid Id { get; private set; }
    public int Version { get; private set; }
    public PlanStatus Status { get; private set; }
    public List<PlanGoal> Goals { get; private set; } = [];
    public Guid? AdoptedInMeetingId { get; private set; }
    public DateTimeOffset? AdoptedAt { get; private set; }

    /// <summary>評価 — written at 終結 or つながり続ける.</summary>
    public string? Evaluation { get; private set; }

    internal void Adopt(Guid meetingId, DateTimeOffset at)
    {
        Status = PlanStatus.Adopted;
        AdoptedInMeetingId = meetingId;
        AdoptedAt = at;
    }

    internal void Supersede() => Status = PlanStatus.Superseded;

    internal void Freeze() => Status = PlanStatus.Frozen;

    internal void Evaluate(string evaluation)
    {
        Status = PlanStatus.Evaluated;
        Evaluation = evaluation;
    }
}
