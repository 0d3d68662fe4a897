using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jusoteki.E2E;

/// <summary>
/// The room's repro end to end: in the December 支援会議 the pledged 民生委員 assigns on A-01 (不同意) a role and notes a
/// 社会資源の不足 that name the household, and the chair closes. Outside the meeting none of those words reach a reader the
/// gate (C10, C8) does not let in: 「担当の役割」 for unpledged meeting staff, the 代表者会議 report, the audit page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OutsideTheGateTests(BrowserFixture browser, ServerFixture server) : BrowserTest(browser), IClassFixture<ServerFixture>
{
    private const string RoleText = "緑川 健一さん宅（母 緑川 トシ）の見守り";
    private const string GapText = "緑川 健一さん（50代）が通える居場所が近くにない";
    private static readonly Guid December = Guid.Parse(DemoMeeting.Id);
    private static readonly Guid CaseA01 = DemoId("case/A-01");
    private static readonly Guid Minsei = DemoId("agency/minsei-kita");
    private static readonly LocatorAssertionsToBeVisibleOptions Loading = new() { Timeout = 30_000 };

    [Fact]
    public async Task Free_text_about_an_unconsented_case_stays_behind_the_gate_on_roles_report_and_audit_pages()
    {
        var app = server.Server;
        await using (var minsei = await HubClient.ConnectAsync(app, "minsei"))
        await using (var chair = await HubClient.ConnectAsync(app, "gicho"))
        {
            await minsei.InvokeAsync("JoinMeeting", December);
            await chair.InvokeAsync("JoinMeeting", December);
            await chair.InvokeAsync("OpenMeeting", December);
            await minsei.InvokeAsync("AssignRole", December, CaseA01, Minsei, RoleText, "2027-03-31");
            await minsei.InvokeAsync("NoteResourceGap", December, CaseA01, GapText);
            await chair.InvokeAsync("CloseMeeting", December);
        }

        foreach (var user in new[] { "coordinator", "gicho" })
        {
            var roles = await OpenAsAsync(app, user, app.BaseUrl + "/roles");
            await Expect(roles.Locator("[data-live='true'][data-loaded='true']")).ToBeVisibleAsync(Loading);
            var card = roles.GetByTestId("role-card").Filter(new() { HasText = "ケースA-01" });
            await Expect(card).ToContainTextAsync("役割の内容は表示されません");
            await Expect(card.GetByRole(AriaRole.Combobox)).ToHaveCountAsync(0);
            await Expect(roles.Locator("body")).Not.ToContainTextAsync("緑川");
        }
        // The agency holding the open role reads it in full.
        var own = await OpenAsAsync(app, "minsei", app.BaseUrl + "/roles");
        await Expect(own.GetByRole(AriaRole.Region, new() { Name = $"ケースA-01：{RoleText}" })).ToBeVisibleAsync(Loading);

        var report = await OpenAsAsync(app, "etsuran", app.BaseUrl + "/reports/representatives");
        await Expect(report.Locator("[data-live='true'][data-loaded='true']")).ToBeVisibleAsync(Loading);
        await Expect(report.GetByTestId("gaps-wording")).ToContainTextAsync("文言は事務局が承認したものだけを表示します（未承認 2件）");
        await Expect(report.Locator("body")).Not.ToContainTextAsync("緑川");
        await Expect(report.Locator("body")).Not.ToContainTextAsync("居場所");

        var audit = await OpenAsAsync(app, "admin", app.BaseUrl + "/admin/audit");
        var assigned = audit.GetByRole(AriaRole.Table, new() { Name = "監査ログ" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "役割（支援）の割り当て" }).Filter(new() { HasText = "ケースA-01" });
        await Expect(assigned).ToContainTextAsync("役割を割り当て（期限 2027-03-31）", new() { Timeout = 30_000 });
        await Expect(audit.Locator("body")).Not.ToContainTextAsync("緑川");
    }

    // Same derivation as DemoIds in Infrastructure: MD5 of the readable key.
    private static Guid DemoId(string key) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes("jusoteki-demo/" + key)));
}
