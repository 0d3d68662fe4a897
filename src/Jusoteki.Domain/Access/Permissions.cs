using static Jusoteki.Domain.Access.AppRoles;

namespace Jusoteki.Domain.Access;

/// <summary>
/// The permission table: which account roles may perform which operation. Use-case services check it for every command and
/// query (never only the screen); what a permitted viewer then sees of a case is the consent gate's decision.
/// The README shows the same table, and a test keeps the two equal.
/// </summary>
public static class Permissions
{
    private static readonly Dictionary<Operation, string[]> Table = new()
    {
        [Operation.ViewMeetingList] = [Chair, Secretariat, Coordinator, AgencyStaff, Reviewer],
        [Operation.ViewBoard] = [Chair, Secretariat, Coordinator, AgencyStaff],
        [Operation.ReadMinutes] = [Chair, Secretariat, Coordinator, AgencyStaff, Reviewer],
        [Operation.ViewAggregates] = [Chair, Secretariat, Coordinator, Reviewer],
        [Operation.UpdateRoleProgress] = [Chair, Secretariat, Coordinator, AgencyStaff],
        [Operation.PrepareMeeting] = [Chair, Secretariat],
        [Operation.ChairMeeting] = [Chair],
        [Operation.RecordPledge] = [Chair, Secretariat, Coordinator, AgencyStaff],
        [Operation.RecordAttendance] = [Chair, Secretariat, Coordinator, AgencyStaff],
        [Operation.EditDecision] = [Chair, Secretariat, Coordinator, AgencyStaff],
        [Operation.AssignRole] = [Chair, Secretariat, Coordinator, AgencyStaff],
        [Operation.RecordConsent] = [Secretariat, Coordinator, AgencyStaff],
        [Operation.DraftPlan] = [Chair, Secretariat, Coordinator],
        [Operation.AdoptPlan] = [Chair],
        [Operation.EditMinutes] = [Chair, Secretariat],
        [Operation.ApproveMinutes] = [Chair],
        [Operation.ViewCases] = [Chair, Secretariat, Coordinator, AgencyStaff, Reviewer],
        [Operation.RegisterConsultation] = [Secretariat, Coordinator, AgencyStaff],
        [Operation.RecordCaseProgress] = [Secretariat, Coordinator, AgencyStaff],
        [Operation.ManageCaseStage] = [Chair, Secretariat, Coordinator],
        [Operation.SetProgressTargets] = [Secretariat],
        [Operation.ApproveResourceGapWording] = [Secretariat],
        [Operation.WriteProgramEvaluation] = [Secretariat],
        [Operation.ExportStateReport] = [Secretariat],
        [Operation.ManageAccounts] = [Administrator],
        [Operation.ReadAuditLog] = [Administrator],
    };

    public static bool IsAllowed(string role, Operation operation) =>
        Table.TryGetValue(operation, out var roles) ? roles.Contains(role) : throw new ArgumentOutOfRangeException(nameof(operation), operation, null);

    /// <summary>A caller with several roles may do what any of them may do.</summary>
    public static bool IsAllowed(IEnumerable<string> roles, Operation operation) => roles.Any(role => IsAllowed(role, operation));

    public static string JapaneseName(this Operation operation) => operation switch
    {
        Operation.ViewMeetingList => "会議の一覧を見る",
        Operation.ViewBoard => "会議ボードを見る",
        Operation.ReadMinutes => "議事録を読む",
        Operation.ViewAggregates => "集計を見る",
        Operation.UpdateRoleProgress => "担当の役割を更新する",
        Operation.PrepareMeeting => "会議を準備する",
        Operation.ChairMeeting => "開会・閉会・フォーカス",
        Operation.RecordPledge => "誓約を記録する",
        Operation.RecordAttendance => "出欠を記録する",
        Operation.EditDecision => "支援方針などを編集する",
        Operation.AssignRole => "役割を割り当てる",
        Operation.RecordConsent => "本人同意を記録する",
        Operation.DraftPlan => "支援プランを作成する",
        Operation.AdoptPlan => "支援プランを採択する",
        Operation.EditMinutes => "議事録を編集する",
        Operation.ApproveMinutes => "議事録を承認する",
        Operation.ViewCases => "ケースを見る",
        Operation.RegisterConsultation => "相談を受け付ける",
        Operation.RecordCaseProgress => "支援経過・アセスメントを記録する",
        Operation.ManageCaseStage => "ケースの段階を進める",
        Operation.SetProgressTargets => "進行管理の目標を設定する",
        Operation.ApproveResourceGapWording => "社会資源の不足の文言を承認する",
        Operation.WriteProgramEvaluation => "年度の評価を書く",
        Operation.ExportStateReport => "国への報告用の一覧を出力する",
        Operation.ManageAccounts => "アカウントを管理する",
        Operation.ReadAuditLog => "監査ログを見る",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}
