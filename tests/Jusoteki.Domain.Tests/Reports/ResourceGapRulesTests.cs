using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Reports;

namespace Jusoteki.Domain.Tests.Reports;

/// <summary>The 事務局's approval of a 社会資源の不足's wording (C8): who may, what the wording may hold, and how it changes later.</summary>
public sealed class ResourceGapRulesTests
{
    private static readonly NotedResourceGap Held = new(Guid.NewGuid(), 7, Guid.NewGuid(), 2026, MeetingHeld: true);
    // Every name recorded in Jusoteki: the gap's own case and another case.
    private static readonly string[] Names = ["緑川 健一", "緑川 トシ", "林 拓海"];
    private static readonly DateTimeOffset At = new(2026, 12, 10, 1, 0, 0, TimeSpan.Zero);

    private static Caller As(string role) => new(new Actor(role.ToLowerInvariant(), role), new HashSet<string> { role }, null);

    private static ResourceGapApproval Approved(string wording = "通える居場所が市北部にない", string category = "PlaceToBe") =>
        new(ResourceGapRules.Approve(As(AppRoles.Secretariat), Held, null, 0, wording, category, Names, mayReadCase: true), "事務局", At);

    [Fact]
    public void The_secretariat_approves_a_wording_with_a_category_as_revision_one()
    {
        var change = ResourceGapRules.Approve(As(AppRoles.Secretariat), Held, null, 0, "  通える居場所が市北部にない ", "PlaceToBe", Names, mayReadCase: true);

        Assert.Equal(("通える居場所が市北部にない", ResourceGapCategory.PlaceToBe, 1), (change.Wording, change.Category, change.Revision));
        Assert.Same(Held, change.Gap);
    }

    [Theory]
    [InlineData(AppRoles.Chair)]
    [InlineData(AppRoles.Coordinator)]
    [InlineData(AppRoles.AgencyStaff)]
    [InlineData(AppRoles.Reviewer)]
    [InlineData(AppRoles.Administrator)]
    public void Anyone_but_the_secretariat_is_refused(string role)
    {
        var error = Assert.Throws<DomainException>(() => ResourceGapRules.Approve(As(role), Held, null, 0, "通える居場所がない", "PlaceToBe", Names, mayReadCase: true));

        Assert.Equal("access.denied", error.Code);
        Assert.Equal("この操作（社会資源の不足の文言を承認する）を行う権限がありません。", error.Message);
    }

    [Fact]
    public void A_gap_of_a_meeting_not_yet_closed_is_refused()
    {
        var error = Assert.Throws<DomainException>(() =>
            ResourceGapRules.Approve(As(AppRoles.Secretariat), Held with { MeetingHeld = false }, null, 0, "通える居場所がない", "PlaceToBe", Names, mayReadCase: true));

        Assert.Equal(("resource-gap.meeting-not-held", "閉会した会議の社会資源の不足だけを承認できます。"), (error.Code, error.Message));
    }

    [Theory]
    [InlineData(null, "社会資源の不足の文言を入力してください。")]
    [InlineData("   ", "社会資源の不足の文言を入力してください。")]
    [InlineData("居場所\u202Eがない", "社会資源の不足の文言に使えない文字（制御文字など）が含まれています。")]
    [InlineData("居場所\nがない", "社会資源の不足の文言に使えない文字（制御文字など）が含まれています。")]
    [InlineData("\u200B\u200B", "社会資源の不足の文言を入力してください（見えない文字だけの入力はできません）。")]
    public void An_empty_or_foreign_wording_is_refused_in_japanese(string? wording, string message)
    {
        var error = Assert.Throws<DomainException>(() => ResourceGapRules.Approve(As(AppRoles.Secretariat), Held, null, 0, wording, "PlaceToBe", Names, mayReadCase: true));

        Assert.Equal(("text.invalid", message), (error.Code, error.Message));
    }

    [Fact]
    public void A_wording_of_the_maximum_length_is_taken_and_one_longer_is_refused()
    {
        var longest = new string('居', ResourceGapRules.WordingMaxLength);
        Assert.Equal(longest, ResourceGapRules.Approve(As(AppRoles.Secretariat), Held, null, 0, longest, "Other", Names, mayReadCase: true).Wording);

        var error = Assert.Throws<DomainException>(() => ResourceGapRules.Approve(As(AppRoles.Secretariat), Held, null, 0, longest + "居", "Other", Names, mayReadCase: true));
        Assert.Equal("社会資源の不足の文言は200文字以内で入力してください。", error.Message);
    }

    [Theory]
    [InlineData("緑川 健一さん（50代）が通える居場所がない")]
    [InlineData("緑川健一さんが通える居場所がない")]
    [InlineData("緑川さん宅の見守りの担い手がいない")]
    [InlineData("トシさんの通院の足がない")]
    [InlineData("ﾄｼさんの通院の足がない")]
    [InlineData("林 拓海さんが通える居場所がない")]
    [InlineData("居場所がない 林 拓\u200B海 さん")]
    public void A_wording_that_holds_a_name_recorded_in_jusoteki_is_refused_even_of_another_case_or_split_by_an_invisible_character(string wording)
    {
        var error = Assert.Throws<DomainException>(() => ResourceGapRules.Approve(As(AppRoles.Secretariat), Held, null, 0, wording, "PlaceToBe", Names, mayReadCase: true));

        Assert.Equal("resource-gap.names-a-person", error.Code);
        Assert.DoesNotContain("緑川", error.Message);
    }

    [Fact]
    public void A_secretariat_who_may_not_read_the_words_as_noted_may_not_approve_them_and_learns_nothing_of_the_names()
    {
        var error = Assert.Throws<DomainException>(() =>
            ResourceGapRules.Approve(As(AppRoles.Secretariat), Held, null, 0, "緑川さんの居場所がない", null, Names, mayReadCase: false));

        Assert.Equal("resource-gap.case-not-readable", error.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("居場所")]
    [InlineData("0")]
    [InlineData("99")]
    public void A_missing_or_unknown_category_is_refused(string? category)
    {
        var error = Assert.Throws<DomainException>(() => ResourceGapRules.Approve(As(AppRoles.Secretariat), Held, null, 0, "通える居場所がない", category, Names, mayReadCase: true));

        Assert.Equal(("resource-gap.unknown-category", "社会資源の不足の分類を選んでください。"), (error.Code, error.Message));
    }

    [Fact]
    public void An_approved_wording_changes_only_through_a_new_approval_from_its_current_revision()
    {
        var approval = Approved();

        var change = ResourceGapRules.Approve(As(AppRoles.Secretariat), Held, approval, 1, "通える居場所が市の北部に足りない", "PlaceToBe", Names, mayReadCase: true);
        approval.Reapprove(change, "事務局 田中", At.AddDays(1));

        Assert.Equal(("通える居場所が市の北部に足りない", 2, "事務局 田中"), (approval.Wording, approval.Revision, approval.ApprovedBy));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void An_approval_from_another_revision_than_the_current_one_is_refused(int expected)
    {
        var approval = Approved();

        var error = Assert.Throws<DomainException>(() =>
            ResourceGapRules.Approve(As(AppRoles.Secretariat), Held, approval, expected, "通える居場所が足りない", "PlaceToBe", Names, mayReadCase: true));

        Assert.Equal("resource-gap.stale", error.Code);
        Assert.Equal(("通える居場所が市北部にない", 1), (approval.Wording, approval.Revision));
    }

    [Fact]
    public void A_first_approval_is_refused_when_someone_approved_the_gap_meanwhile()
    {
        var error = Assert.Throws<DomainException>(() =>
            ResourceGapRules.Approve(As(AppRoles.Secretariat), Held, null, 1, "通える居場所が足りない", "PlaceToBe", Names, mayReadCase: true));

        Assert.Equal("resource-gap.stale", error.Code);
    }

    [Fact]
    public void A_new_approval_that_changes_nothing_is_refused_and_a_new_category_alone_is_taken()
    {
        var approval = Approved();

        var error = Assert.Throws<DomainException>(() =>
            ResourceGapRules.Approve(As(AppRoles.Secretariat), Held, approval, 1, " 通える居場所が市北部にない", "PlaceToBe", Names, mayReadCase: true));
        Assert.Equal(("resource-gap.unchanged", "承認済みの文言・分類から変わっていません。"), (error.Code, error.Message));

        var change = ResourceGapRules.Approve(As(AppRoles.Secretariat), Held, approval, 1, "通える居場所が市北部にない", "WorkAndParticipation", Names, mayReadCase: true);
        Assert.Equal((ResourceGapCategory.WorkAndParticipation, 2), (change.Category, change.Revision));
    }

    [Fact]
    public void The_entity_takes_no_change_that_skips_the_rules()
    {
        var approval = Approved();
        var other = new ResourceGapApprovalChange(Held with { Sequence = 8 }, "別の文言", ResourceGapCategory.Other, 2);
        var skipped = new ResourceGapApprovalChange(Held, "別の文言", ResourceGapCategory.Other, 3);

        Assert.Throws<ArgumentException>(() => approval.Reapprove(other, "x", At));
        Assert.Throws<ArgumentException>(() => approval.Reapprove(skipped, "x", At));
        Assert.Throws<ArgumentException>(() => new ResourceGapApproval(skipped, "x", At));
        Assert.Equal(1, approval.Revision);
    }

    [Fact]
    public void Every_category_has_a_japanese_name()
    {
        Assert.All(Enum.GetValues<ResourceGapCategory>(), c => Assert.False(string.IsNullOrWhiteSpace(c.JapaneseName())));
        Assert.Equal(Enum.GetValues<ResourceGapCategory>().Length, Enum.GetValues<ResourceGapCategory>().Select(c => c.JapaneseName()).Distinct().Count());
    }
}
