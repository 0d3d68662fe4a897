using System.Text.RegularExpressions;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Audit;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Web.Audit;

/// <summary>
/// One row of the audit page as the 管理者 reads it: the action by its Japanese name, the case by its pseudonym (never the
/// person's name), and a detail that carries no free text about a case (<see cref="AuditDetails.ForDisplay"/>).
/// </summary>
public sealed record AuditLine(DateTimeOffset At, string Action, string ActionName, string ActorId, string ActorName, string? CasePseudonym, string Detail);

/// <summary>A page of the audit page: its rows, newest first, and how many match in all.</summary>
public sealed record AuditLinesPage(IReadOnlyList<AuditLine> Lines, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The audit log for the 管理者: reading and verifying it are operations of the permission table like any other.</summary>
public sealed class AuditQueries(AuditLog log, IDbContextFactory<JusotekiDbContext> contexts)
{
    /// <summary>Shown for a case id that no longer matches a case (never the id's person).</summary>
    public const string UnknownCase = "（不明なケース）";

    public Task<IReadOnlyList<AuditRecord>> ReadAsync(Caller caller, AuditFilter filter, CancellationToken ct = default)
    {
        caller.Require(Operation.ReadAuditLog);
        return log.ReadAsync(filter, ct);
    }

    /// <summary>Rows shown on one page of the audit page (and the most one CSV export holds).</summary>
    public const int PageSize = 100;
    public const int ExportLimit = 100_000;

    /// <summary>
    /// One page of rows, newest first (<paramref name="page"/> 0 is the newest): named in Japanese, cases by pseudonym, details
    /// without free text; a chosen action matches exactly.
    /// </summary>
    public async Task<AuditLinesPage> ReadPageAsync(Caller caller, AuditFilter filter, int page, int pageSize = PageSize, CancellationToken ct = default)
    {
        caller.Require(Operation.ReadAuditLog);
        var found = await log.ReadPageAsync(filter, Math.Max(page, 0) * pageSize, pageSize, ct);
        return new(await LinesAsync(found.Records, ct), found.Total, Math.Max(page, 0), pageSize);
    }

    private async Task<IReadOnlyList<AuditLine>> LinesAsync(IReadOnlyList<AuditRecord> records, CancellationToken ct)
    {
        var caseIds = records.Select(r => r.CaseId).OfType<Guid>().Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var pseudonyms = caseIds.Count == 0
            ? []
            : await db.SupportCases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.Pseudonym })
                .ToDictionaryAsync(c => c.Id, c => c.Pseudonym, ct);
        return [.. records.Select(r => new AuditLine(r.At, r.Action, AuditActions.NameOf(r.Action), r.ActorId, r.ActorName,
            r.CaseId is { } id ? pseudonyms.GetValueOrDefault(id, UnknownCase) : null, AuditDetails.ForDisplay(r.Action, r.Detail)))];
    }

    public Task<AuditVerification> VerifyAsync(Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.ReadAuditLog);
        return log.VerifyAsync(ct);
    }
}

/// <summary>What the 管理者 reads after 「改ざんがないか検査する」.</summary>
public static class AuditVerificationText
{
    public static string Of(AuditVerification v) => v.Break switch
    {
        AuditBreak.None => $"監査ログは改ざんされていません（{v.VerifiedCount}件を検査）。",
        AuditBreak.Truncated => $"監査ログの末尾が削除されています（{v.BrokenAtSequence}番目以降がありません）。残っている{v.VerifiedCount}件は正常です。",
        AuditBreak.AnchorMissing => $"監査ログの照合用ファイル（{AuditChainKey.AnchorFileName}）がないか、鍵と一致しません。末尾の削除を検査できません（{v.VerifiedCount}件の連鎖は正常）。",
        _ => $"監査ログの{v.BrokenAtSequence}番目で不整合を検出しました。それ以前の{v.VerifiedCount}件は正常です。",
    };
}

/// <summary>The Japanese name of every audited action (the codes stay in the log, the page shows these).</summary>
public static class AuditActions
{
    public const string Unknown = "その他の操作";

    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("account.login", "ログイン"),
        ("account.login-failed", "ログイン失敗"),
        ("account.locked-out", "ロック中のログイン"),
        ("account.login-refused", "無効なアカウントのログイン"),
        ("account.login-held", "送信元のログイン一時停止"),
        ("account.logout", "ログアウト"),
        ("account.screen-locked", "画面ロック"),
        ("account.idle-locked", "無操作による画面ロック"),
        ("account.created", "アカウントの作成"),
        ("account.role-changed", "アカウントの権限変更"),
        ("account.disabled", "アカウントの無効化"),
        ("account.enabled", "アカウントの有効化"),
        ("account.password-reset", "パスワードの再設定"),
        ("account.password-changed", "パスワードの変更"),
        ("case.registered", "相談受付（ケースの登録）"),
        ("case.personal-information-shown", "同意のないケースの個人情報の表示"),
        ("case.duplicate-shown", "相談受付での重複の可能性の表示"),
        ("consent.granted", "本人同意の記録（同意）"),
        ("consent.refused", "本人同意の記録（不同意）"),
        ("consent.withdrawn", "本人同意の撤回"),
        ("pledge.recorded", "会議での誓約"),
        ("pledge.standing-recorded", "年度の包括的な誓約（会議の外）"),
        ("meeting.participant-added", "参加者の追加"),
        ("role.assigned", "役割（支援）の割り当て"),
        ("role.status-changed", "役割（支援）の状況変更"),
        ("role.corrected", "役割（支援）の訂正"),
        ("role.withdrawn", "役割（支援）の取り下げ"),
        ("role.lead-agency-set", "主担当機関の決定"),
        ("plan.adopted", "支援プランの採択"),
        ("minutes.approved", "議事録の承認"),
        ("minutes.correction-started", "議事録の訂正"),
        ("progress.target-set", "進行管理の目標の設定"),
        ("progress.state-exported", "国への報告用の一覧の出力"),
        ("audit.exported", "監査ログのCSV出力"),
        ("audit.day-anchor", "日ごとの起点（前日までの件数と末尾）"),
    ];

    public static string NameOf(string action) => All.FirstOrDefault(a => a.Code == action).Name ?? Unknown;
}

/// <summary>
/// What the audit page shows of a record's detail. Rows stored before details stopped copying free text may still hold it:
/// a <c>role.assigned</c> row held the role's own words (「緑川 …の見守り（期限 2026-12-30）」), a correction of minutes its
/// reason. Those are shown without the text — the due date only, or the bare action.
/// </summary>
public static partial class AuditDetails
{
    public const string RoleAssigned = "役割を割り当て";

    public static string ForDisplay(string action, string detail) => action switch
    {
        "role.assigned" => DueDate().Match(detail) is { Success: true } due ? $"{RoleAssigned}（期限 {due.Groups[1].Value}）" : RoleAssigned,
        "minutes.correction-started" => CorrectedVersion().Match(detail) is { Success: true } version ? $"議事録 第{version.Groups[1].Value}版（訂正）" : "議事録の訂正",
        _ => detail,
    };

    [GeneratedRegex(@"（期限 (\d{4}-\d{2}-\d{2})）$")]
    private static partial Regex DueDate();

    [GeneratedRegex(@"^議事録 第(\d+)版（訂正）")]
    private static partial Regex CorrectedVersion();
}
