using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Reports;

/// <summary>
/// Who may approve a 社会資源の不足's wording and what an approval must hold (C8). Every refusal is Japanese and changes nothing.
/// </summary>
public static class ResourceGapRules
{
    public const int WordingMaxLength = 200;

    /// <summary>
    /// Checks an approval: only the 事務局, only a gap of a closed meeting, from the revision the 事務局 saw
    /// (<paramref name="expectedRevision"/>: 0 when not yet approved — so an approved wording changes only through a new
    /// approval made knowingly), a wording that is not empty, at most <see cref="WordingMaxLength"/> characters, holds no
    /// foreign characters and none of the names recorded in Jusoteki (<paramref name="knownNames"/>: every case's person and
    /// household — a gap's words may name someone of another case), a known category, and something different from the
    /// current approval. Only a 事務局 who may read the words as noted (<paramref name="mayReadCase"/>, <see cref="ResourceGapSight"/>)
    /// approves them: rewriting words one may not read would be blind, and the name check would answer guesses about the case.
    /// </summary>
    public static ResourceGapApprovalChange Approve(Caller caller, NotedResourceGap gap, ResourceGapApproval? current, int expectedRevision,
        string? wording, string? category, IEnumerable<string> knownNames, bool mayReadCase)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(gap);
        ArgumentNullException.ThrowIfNull(knownNames);
        caller.Require(Operation.ApproveResourceGapWording);
        if (!mayReadCase) throw ResourceGapErrors.CaseNotReadable();
        if (!gap.MeetingHeld) throw ResourceGapErrors.MeetingNotHeld();
        var revision = current?.Revision ?? 0;
        if (expectedRevision != revision) throw ResourceGapErrors.Stale();
        var text = TextRules.Required(wording, WordingMaxLength, "社会資源の不足の文言");
        if (PersonNames.Mentions(text, knownNames)) throw ResourceGapErrors.NamesAPerson();
        if (!Enum.TryParse<ResourceGapCategory>(category?.Trim(), ignoreCase: false, out var known) || !Enum.IsDefined(known) || int.TryParse(category, out _))
            throw ResourceGapErrors.UnknownCategory();
        if (current is not null && current.Wording == text && current.Category == known) throw ResourceGapErrors.Unchanged();
        return new ResourceGapApprovalChange(gap, text, known, revision + 1);
    }
}

public static class ResourceGapErrors
{
    public static DomainException MeetingNotHeld() =>
        new("resource-gap.meeting-not-held", "閉会した会議の社会資源の不足だけを承認できます。");

    public static DomainException Stale() =>
        new("resource-gap.stale", "この社会資源の不足は、ほかの人が先に承認（または承認し直し）しました。画面を読み込み直してから、もう一度確認してください。");

    public static DomainException NamesAPerson() =>
        new("resource-gap.names-a-person", "文言に、記録されている人の名前が含まれています。名前を除き、誰のことか分からない書き方にしてください。");

    public static DomainException CaseNotReadable() =>
        new("resource-gap.case-not-readable", "このケースの記述を読めないため、この社会資源の不足の文言は承認できません。記述を読める事務局の人に依頼してください。");

    public static DomainException UnknownCategory() => new("resource-gap.unknown-category", "社会資源の不足の分類を選んでください。");

    public static DomainException Unchanged() => new("resource-gap.unchanged", "承認済みの文言・分類から変わっていません。");

    public static DomainException NotFound() => new("resource-gap.not-found", "指定された社会資源の不足は見つかりません。");
}
