using Jusoteki.Domain.Cases;
using Jusoteki.Web.Components.UI;

namespace Jusoteki.Web.Cases;

/// <summary>
/// 支援経過記録 — the case's history as one timeline: intake, contacts, assessments, consent, meetings' decisions, roles and
/// their progress, plans, stages. Built only for a reader the gate lets see the case in full (free text included).
/// </summary>
public static class CaseTimeline
{
    public static IEnumerable<TimelineItem> Of(IEnumerable<CaseHistoryEntry> history, SupportCase supportCase, Func<Guid, string> agency, Func<Guid, string> meeting)
    {
        string Role(Guid roleId) => supportCase.Roles.FirstOrDefault(r => r.Id == roleId) is { } r ? $"{agency(r.AgencyId)}「{r.Description}」" : "役割";
        foreach (var entry in history)
        {
            TimelineItem Item(string kind, string text, DateOnly? date = null) => new(entry.OccurredAt, date, kind, entry.Actor.DisplayName, text);
            TimelineItem? item = entry.Event switch
            {
                CaseOpened opened => Item("相談受付", opened.Intake is { } i ? $"{agency(i.ReceivingAgencyId)}が受付（相談経路：{i.Route.JapaneseName()}）：{i.ChiefComplaint}" : "ケースを登録", opened.Intake?.ReceivedOn),
                ConsultationRecorded c => Item(c.Consultation.Kind.JapaneseName(), $"{agency(c.Consultation.AgencyId)}：{c.Consultation.Summary}", c.Consultation.Date),
                AssessmentCompleted a => Item("アセスメント", $"第{a.Assessment.Version}版（{agency(a.Assessment.AgencyId)}、緊急性 {a.Assessment.Sheet.Urgency.JapaneseName()}）：{a.Assessment.Sheet.SupportNeeds}", a.Assessment.AssessedOn),
                ConsentGranted g => Item("本人同意", $"同意（{g.Method.JapaneseName()}、範囲 {string.Join("・", g.Scope.Select(agency))}" + (g.ExpiresOn is { } e ? $"、有効期限 {JapaneseFormat.Wareki(e)}" : "") + "）", g.Date),
                ConsentRefused r => Item("本人同意", "不同意", r.Date),
                ConsentWithdrawn w => Item("本人同意", "撤回（支援プランは凍結、重層的支援会議の議題から外れます）", w.Date),
                StageChanged s => Item("段階", $"「{s.Stage.JapaneseName()}」へ"),
                CaseEnded ended => Item("段階", $"「{ended.Outcome.JapaneseName()}」：{ended.Evaluation}"),
                ReviewDateSet review => Item("次回確認日", $"{JapaneseFormat.Date(review.Date)}（{meeting(review.MeetingId)}）"),
                DirectionCarried d => Item("会議の決定", $"{meeting(d.MeetingId)}：支援方針「{d.SupportPolicy}」" + (d.Watching.Length > 0 ? $"、見守り「{d.Watching}」" : "")),
                FlagsChanged f => Item("フラグ", string.Join("・", new[] { f.Urgent ? "緊急" : null, f.Outreach ? "アウトリーチ中" : null, f.ParticipationSupport ? "参加支援" : null }.OfType<string>()) is { Length: > 0 } flags ? flags : "なし"),
                LeadAgencySet lead => Item("主担当機関", agency(lead.AgencyId)),
                RoleAssigned role => Item("役割分担", $"{agency(role.AgencyId)}「{role.Description}」（期限 {JapaneseFormat.Wareki(role.DueDate)}）" + (role.MeetingId is { } m ? $"・{meeting(m)}" : "")),
                RoleCorrected c => Item("役割の訂正", $"{agency(c.AgencyId)}「{c.Description}」（期限 {JapaneseFormat.Wareki(c.DueDate)}）に訂正" + (c.Reason.Length > 0 ? $"。理由：{c.Reason}" : "") + (c.MeetingId is { } cm ? $"・{meeting(cm)}" : "")),
                RoleWithdrawn w => Item("役割の取り下げ", $"{Role(w.RoleId)}を取り下げ。理由：{w.Reason}" + (w.MeetingId is { } wm ? $"・{meeting(wm)}" : "")),
                RoleStatusChanged status => Item("役割の状況", $"{Role(status.RoleId)}：{status.Status.JapaneseName()}"),
                RoleProgressNoted note => Item("役割の経過", $"{Role(note.RoleId)}：{note.Text}"),
                PlanDrafted plan => Item("支援プラン", $"第{plan.Version}版を作成：{string.Join("／", plan.Goals.Select(g => g.Text))}"),
                PlanAdopted adopted => Item("支援プラン", $"採択（{meeting(adopted.MeetingId)}）"),
                _ => null,
            };
            if (item is not null) yield return item;
        }
    }
}
