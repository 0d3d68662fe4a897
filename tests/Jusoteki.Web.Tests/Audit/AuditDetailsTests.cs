using Jusoteki.Web.Audit;

namespace Jusoteki.Web.Tests.Audit;

/// <summary>What the audit page shows of stored details and action codes.</summary>
public sealed class AuditDetailsTests
{
    [Theory]
    // A row stored before details stopped copying the role's words: the words go, the due date stays.
    [InlineData("緑川 健一さん宅（母 緑川 トシ）の見守り（期限 2026-12-30）", "役割を割り当て（期限 2026-12-30）")]
    [InlineData("役割を割り当て（期限 2027-01-15）", "役割を割り当て（期限 2027-01-15）")]
    // Words with no due date to keep (or a date only inside the words) show as the bare action.
    [InlineData("緑川 健一さん宅の見守り", "役割を割り当て")]
    [InlineData("（期限 2026-12-30）までに緑川さん宅を訪問", "役割を割り当て")]
    [InlineData("", "役割を割り当て")]
    public void A_role_assignment_shows_its_due_date_only(string stored, string shown) =>
        Assert.Equal(shown, AuditDetails.ForDisplay("role.assigned", stored));

    [Fact]
    public void A_correction_of_minutes_shows_its_version_without_the_reason()
    {
        Assert.Equal("議事録 第2版（訂正）", AuditDetails.ForDisplay("minutes.correction-started", "議事録 第2版（訂正）：緑川さんの名前の誤記"));
        Assert.Equal("議事録の訂正", AuditDetails.ForDisplay("minutes.correction-started", "緑川さんの件"));
    }

    [Fact]
    public void Other_details_carry_no_free_text_and_are_shown_as_stored() =>
        Assert.Equal("役割の状況：完了", AuditDetails.ForDisplay("role.status-changed", "役割の状況：完了"));

    [Fact]
    public void Every_action_has_its_own_japanese_name_and_no_name_is_a_code()
    {
        Assert.Equal(AuditActions.All.Count, AuditActions.All.Select(a => a.Name).Distinct().Count());
        Assert.Equal(AuditActions.All.Count, AuditActions.All.Select(a => a.Code).Distinct().Count());
        Assert.All(AuditActions.All, a => Assert.DoesNotMatch("[a-z]", a.Name));
        Assert.Equal("アカウントの権限変更", AuditActions.NameOf("account.role-changed"));
        Assert.Equal("役割（支援）の状況変更", AuditActions.NameOf("role.status-changed"));
        Assert.Equal("相談受付（ケースの登録）", AuditActions.NameOf("case.registered"));
        Assert.Equal("年度の包括的な誓約（会議の外）", AuditActions.NameOf("pledge.standing-recorded"));
        Assert.Equal("同意のないケースの個人情報の表示", AuditActions.NameOf("case.personal-information-shown"));
        Assert.Equal("議事録の承認", AuditActions.NameOf("minutes.approved"));
        Assert.Equal(AuditActions.Unknown, AuditActions.NameOf("something.new"));
    }
}
