using Bunit;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Audit;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Audit;
using Jusoteki.Web.Cases;
using Jusoteki.Web.Components.Pages.Admin;
using Jusoteki.Web.Minutes;
using Microsoft.Extensions.DependencyInjection;
using static Jusoteki.Web.Tests.Roles.UnconsentedCaseInDecember;

namespace Jusoteki.Web.Tests.Components;

/// <summary>
/// The audit page for the 管理者 after the December repro, an approval of minutes, a standing pledge, and a 「role.assigned」
/// row stored the old way (with the role's own words).
/// </summary>
public sealed class AuditLogPageTests() : AppTestContext("admin", "システム管理者", AppRoles.Administrator)
{
    protected override async Task ArrangeAsync()
    {
        await AssignNoteAndCloseAsync(Services);
        await Services.GetRequiredService<MinutesCommands>().ApproveAsync(MidoriCityDemo.NovemberSupportMeetingId, 1, TestApp.Caller("gicho", AppRoles.Chair));
        await Services.GetRequiredService<CaseReaders>().RecordStandingPledgeAsync(Coordinator);
        await Services.GetRequiredService<AuditLog>().AppendAsync(
            [new AuditRecord(DateTimeOffset.UtcNow, "role.assigned", "minsei", "民生委員 渡辺", MidoriCityDemo.DecemberSupportMeetingId, Case, $"{RoleText}（期限 2026-12-30）")]);
    }

    [Fact]
    public void Rows_name_the_case_by_pseudonym_and_the_action_in_japanese_and_carry_no_free_text()
    {
        var cut = Render<AuditLogPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='audit-row']")), TimeSpan.FromSeconds(10));
        var table = cut.Find("table[aria-label='監査ログ']").TextContent;

        Assert.DoesNotContain("緑川", cut.Markup);
        Assert.DoesNotContain(AuditActions.All, a => table.Contains(a.Code, StringComparison.Ordinal));
        var assigned = cut.FindAll("[data-testid='audit-row']").Where(r => r.TextContent.Contains("役割（支援）の割り当て")).ToList();
        Assert.Equal(2, assigned.Count);
        Assert.All(assigned, r => Assert.Contains("ケースA-01", r.TextContent));
        Assert.Contains(assigned, r => r.TextContent.Contains("役割を割り当て（期限 2026-12-30）"));
        Assert.Contains("議事録の承認", table);
        Assert.Contains("年度の包括的な誓約（会議の外）", table);
        Assert.DoesNotContain("C8", cut.Markup);
    }
}
