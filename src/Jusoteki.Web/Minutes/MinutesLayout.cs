using Jusoteki.Domain.Meetings;
using Jusoteki.Domain.Minutes;
using Jusoteki.Web.Components.UI;

namespace Jusoteki.Web.Minutes;

/// <summary>A piece of the minutes as every output lays it out: the page, the Markdown and the .docx render the same blocks.</summary>
public abstract record MinutesBlock;

public sealed record MinutesHeading(int Level, string Text) : MinutesBlock;

/// <summary>A paragraph; <see cref="EditKey"/> names a free-text part the 事務局 or chair may tidy (<see cref="MinutesText"/>).</summary>
public sealed record MinutesParagraph(string Text, string? EditKey = null) : MinutesBlock;

public sealed record MinutesBullets(IReadOnlyList<string> Items) : MinutesBlock;

public sealed record MinutesTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : MinutesBlock;

/// <summary>Says that something was withheld from this reader (C7): never silently missing.</summary>
public sealed record MinutesNotice(string Text) : MinutesBlock;

/// <summary>
/// What the minutes say and in which order — one place, so that the page, the Markdown and the .docx cannot drift apart, and
/// what a reader may not see (already taken out by <see cref="MinutesRedaction"/>) is absent from all of them alike.
/// </summary>
public static class MinutesLayout
{
    public const string RedactedBanner = "この議事録は閲覧者に合わせて一部を伏せています（仮名表示）。";

    /// <summary>Rows withheld from this reader are counted, never described: a list never reads 「なし」 when it is not.</summary>
    public static string WithheldRoles(int count) => $"（ほかに、閲覧できない役割が {count} 件あります）";

    public static string WithheldNotes(int count) => $"（ほかに、同意の範囲外のため閲覧できない各機関の情報が {count} 件あります）";

    public static IReadOnlyList<MinutesBlock> Blocks(MinutesView minutes)
    {
        var h = minutes.Header;
        var blocks = new List<MinutesBlock> { new MinutesHeading(1, $"{h.Title}　議事録（第{minutes.Version}版・{minutes.StatusName}）") };
        if (minutes.AnyRedacted) blocks.Add(new MinutesNotice(RedactedBanner));
        var facts = new List<string>
        {
            $"会議の種類：{h.Kind.JapaneseName()}（{h.LegalBasis}）",
            $"日時：{JapaneseFormat.DateTime(h.StartsAt)}" + (h.OpenedAt is { } o ? $"（開会 {Time(o)}" + (h.ClosedAt is { } c ? $"・閉会 {Time(c)}" : "") + "）" : ""),
            $"場所：{h.Place}",
            $"議長：{h.Chair}",
            $"事務局：{(h.Secretariat.Count == 0 ? "—" : string.Join("、", h.Secretariat))}",
        };
        if (minutes.CorrectionReason is { } reason) facts.Add($"訂正の理由：{reason}");
        if (minutes.ApprovedBy is { } by) facts.Add($"承認：{by}（{JapaneseFormat.DateTime(minutes.ApprovedAt!.Value)}）");
        blocks.Add(new MinutesBullets(facts));

        blocks.Add(new MinutesHeading(2, "出席者"));
        blocks.Add(new MinutesTable(["氏名", "機関", "役割", "出欠", "守秘義務の誓約"],
            [.. h.Attendees.Select(a => (IReadOnlyList<string>)[a.Name, a.Agency, a.Role, a.Attendance, a.Pledge])]));

        foreach (var view in minutes.Cases) blocks.AddRange(CaseBlocks(view));

        blocks.Add(new MinutesHeading(2, "未完了の役割"));
        blocks.Add(minutes.OpenRoles.Count > 0
            ? new MinutesBullets([.. minutes.OpenRoles.Select(r => $"{r.Pseudonym}：{r.Agency}「{r.Description}」期限 {r.DueDate:yyyy/M/d}（{r.Status}）")])
            : new MinutesParagraph(minutes.WithheldOpenRoles > 0 ? "（閲覧できる役割はありません）" : "（なし）"));
        if (minutes.WithheldOpenRoles > 0) blocks.Add(new MinutesNotice(WithheldRoles(minutes.WithheldOpenRoles)));
        return blocks;
    }

    private static IEnumerable<MinutesBlock> CaseBlocks(MinutesSectionView view)
    {
        var c = view.Section;
        yield return new MinutesHeading(2, $"{c.Order}. {c.Pseudonym}" + (c.PersonName is { } name ? $"（{name}）" : ""));
        if (c.Redacted)
        {
            yield return new MinutesBullets([c.Summary]);
            yield return new MinutesNotice(MinutesRedaction.RedactedNotice);
            yield break;
        }
        yield return new MinutesBullets([c.Summary, $"本人同意：{c.Consent}"]);
        yield return new MinutesHeading(3, "協議の内容");
        yield return new MinutesParagraph(OrNone(view.Discussion), MinutesText.DiscussionKey(c.CaseId));
        if (c.WithheldAgencyNotes > 0) yield return new MinutesNotice(WithheldNotes(c.WithheldAgencyNotes));
        yield return new MinutesHeading(3, "支援方針");
        yield return new MinutesParagraph(OrNone(c.SupportPolicy));
        yield return new MinutesHeading(3, "見守り");
        yield return new MinutesParagraph(OrNone(c.Watching));
        if (c.Plan is { } plan)
        {
            yield return new MinutesHeading(3, $"支援プラン（第{plan.Version}版を採択）");
            yield return new MinutesBullets([.. plan.Goals.Select(g => $"{g.Text}（{string.Join("・", g.Agencies)}）")]);
        }
        yield return new MinutesHeading(3, "役割分担");
        yield return RoleBlock(c.Roles);
        yield return new MinutesBullets(
        [
            $"主担当機関：{c.LeadAgency ?? "未定"}",
            $"次回確認日：{(c.NextReviewDate is { } review ? JapaneseFormat.Date(review) : "未定")}",
            $"社会資源の不足：{(c.ResourceGaps.Count == 0 ? "なし" : string.Join("／", c.ResourceGaps))}",
        ]);
    }

    // The roles as the meeting left them; a column for corrections and withdrawals only where the meeting made any.
    private static MinutesBlock RoleBlock(IReadOnlyList<MinutesRole> roles)
    {
        if (roles.Count == 0) return new MinutesParagraph("（この会議で割り当てた役割はありません）");
        var corrected = roles.Any(r => r.Changes.Count > 0);
        IReadOnlyList<string> Row(MinutesRole r)
        {
            List<string> row = [r.Agency, (r.Withdrawn ? "（取り下げ）" : "") + r.Description, r.DueDate.ToString("yyyy/M/d"), r.Lead ? "○" : "", $"{r.ProposedBy}（{Time(r.ProposedAt)}）"];
            if (corrected) row.Add(string.Join("／", r.Changes));
            return row;
        }
        return new MinutesTable(corrected ? ["機関", "役割", "期限", "主担当", "提案", "訂正・取り下げ"] : ["機関", "役割", "期限", "主担当", "提案"], [.. roles.Select(Row)]);
    }

    private static string OrNone(string text) => string.IsNullOrWhiteSpace(text) ? "（記載なし）" : text;

    private static string Time(DateTimeOffset at) => at.ToOffset(Domain.Common.JapanTime.Offset).ToString("HH:mm");
}
