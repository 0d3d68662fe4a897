namespace Jusoteki.Domain.Access;

/// <summary>Every command and query a caller may be allowed or denied (the rows of the permission table).</summary>
public enum Operation
{
    /// <summary>会議の一覧を見る</summary>
    ViewMeetingList,
    /// <summary>会議ボードを見る（内容は同意ゲートが決める）</summary>
    ViewBoard,
    /// <summary>議事録を読む（内容は同意ゲートが決める）</summary>
    ReadMinutes,
    /// <summary>集計（進行管理・代表者会議）を見る</summary>
    ViewAggregates,
    /// <summary>担当の役割を見る・更新する</summary>
    UpdateRoleProgress,
    /// <summary>会議を準備する（作成・議題・参加者の招待）</summary>
    PrepareMeeting,
    /// <summary>開会・閉会・フォーカスの切り替え</summary>
    ChairMeeting,
    /// <summary>守秘義務の誓約を記録する（本人の分、または議長・事務局が点呼で）</summary>
    RecordPledge,
    /// <summary>出欠を記録する（本人の分、または議長・事務局が点呼で）</summary>
    RecordAttendance,
    /// <summary>支援方針・見守り・次回確認日・社会資源の不足を編集する</summary>
    EditDecision,
    /// <summary>役割を割り当てる・主担当機関を決める</summary>
    AssignRole,
    /// <summary>本人同意を記録する</summary>
    RecordConsent,
    /// <summary>支援プランを作成する</summary>
    DraftPlan,
    /// <summary>支援プランを採択する</summary>
    AdoptPlan,
    /// <summary>議事録を編集する</summary>
    EditMinutes,
    /// <summary>議事録を承認する</summary>
    ApproveMinutes,
    /// <summary>ケースと進行管理台帳を見る（内容は C10 のゲートが決める）</summary>
    ViewCases,
    /// <summary>相談を受け付ける（相談受付）</summary>
    RegisterConsultation,
    /// <summary>支援経過記録・アセスメントを記録する</summary>
    RecordCaseProgress,
    /// <summary>ケースの段階を進める・議題に載せる</summary>
    ManageCaseStage,
    /// <summary>進行管理の目標を設定する（年度ごと・指標ごと）</summary>
    SetProgressTargets,
    /// <summary>社会資源の不足の文言を確認して承認する（C8：承認した文言だけが集計に出る）</summary>
    ApproveResourceGapWording,
    /// <summary>代表者会議に出す年度の評価を書く</summary>
    WriteProgramEvaluation,
    /// <summary>国への年次報告用の一覧（CSV）を出力する</summary>
    ExportStateReport,
    /// <summary>アカウントと権限を管理する</summary>
    ManageAccounts,
    /// <summary>監査ログを見る・検証する</summary>
    ReadAuditLog,
}
