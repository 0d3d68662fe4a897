using System.Text.Encodings.Web;
using System.Text.Json;
using ClosedXML.Excel;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Cases;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Cases;

/// <summary>
/// The case between meetings over the real services and the みどり市 demo: C10 per reader on the board, the case page, search
/// and exports; C6 once per page visit; commands that refuse bad input in Japanese and write nothing.
/// </summary>
public sealed class CaseServiceTests : IAsyncLifetime
{
    private static readonly Guid A01 = MidoriCityDemo.CaseId("A-01");
    private static readonly Guid A02 = MidoriCityDemo.CaseId("A-02");
    private static readonly Guid A14 = MidoriCityDemo.CaseId("A-14");
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly TestApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();
    public Task DisposeAsync() => _app.DisposeAsync();

    private CaseQueries Queries => _app.Services.GetRequiredService<CaseQueries>();
    private CaseCommands Commands => _app.Services.GetRequiredService<CaseCommands>();
    private CaseDisclosureLog NewVisit() => _app.Services.GetRequiredService<CaseDisclosureLog>();

    private static Caller Staff(string userId, string agencyKey) =>
        TestApp.Caller(userId, AppRoles.AgencyStaff) with { AgencyId = MidoriCityDemo.AgencyId(agencyKey) };

    private static readonly Caller Houkatsu = Staff("houkatsu", "houkatsu-chuo");
    private static readonly Caller Police = Staff("police", "police");
    private static readonly Caller Kodomo = Staff("kodomo", "kodomo-katei");
    private static readonly Caller Reviewer = TestApp.Caller("etsuran", AppRoles.Reviewer);
    private static readonly Caller Coordinator = TestApp.Caller("coordinator", AppRoles.Coordinator);

    [Fact]
    public async Task The_receiving_agency_reads_the_case_in_full_and_another_agency_reads_nothing_of_it()
    {
        var full = (await Queries.CaseAsync(A01, Houkatsu, NewVisit()))!;
        Assert.True(full.Full);
        Assert.Equal("緑川 健一", full.Card.PersonName);
        Assert.Contains(full.Timeline, t => t.Text.Contains("母の介護認定調査に同席", StringComparison.Ordinal));

        var withheld = (await Queries.CaseAsync(A01, Police, NewVisit()))!;
        Assert.False(withheld.Full);
        var text = JsonSerializer.Serialize(withheld, Readable);
        foreach (var secret in new[] { "緑川", "トシ", "母の介護", "声かけ" }) Assert.DoesNotContain(secret, text);
        Assert.Empty(withheld.Timeline);
        Assert.Empty(withheld.Household);
        Assert.Null(withheld.Intake);
    }

    [Fact]
    public async Task A_reviewer_sees_every_card_pseudonymised_and_the_coordinator_only_after_a_standing_pledge()
    {
        Assert.All(await Queries.BoardAsync(Reviewer, new(), NewVisit()), c => Assert.Null(c.PersonName));
        Assert.All(await Queries.BoardAsync(Coordinator, new(), NewVisit()), c => Assert.Null(c.PersonName));

        await _app.Services.GetRequiredService<CaseReaders>().RecordStandingPledgeAsync(Coordinator);

        var cards = await Queries.BoardAsync(Coordinator, new(), NewVisit());
        Assert.All(cards, c => Assert.NotNull(c.PersonName));
        await Assert.ThrowsAsync<DomainException>(() => _app.Services.GetRequiredService<CaseReaders>().RecordStandingPledgeAsync(Coordinator));
    }

    [Fact]
    public async Task An_agency_in_the_consent_scope_loses_the_case_when_consent_is_withdrawn_and_the_case_leaves_the_multi_layered_meeting()
    {
        Assert.True((await Queries.CaseAsync(A02, Kodomo, NewVisit()))!.Full);

        await Commands.WithdrawConsentAsync(A02, JapanTime.DateOf(DateTimeOffset.UtcNow), Houkatsu);

        Assert.False((await Queries.CaseAsync(A02, Kodomo, NewVisit()))!.Full);
        var meeting = await _app.Services.GetRequiredService<Infrastructure.Meetings.MeetingRepository>().FindAsync(MidoriCityDemo.DecemberMultiLayeredMeetingId);
        Assert.False(meeting!.HasOnAgenda(A02));
        var a02 = await _app.Services.GetRequiredService<SupportCaseRepository>().FindAsync(A02);
        Assert.All(a02!.Plans, p => Assert.Equal(PlanStatus.Frozen, p.Status));
    }

    [Fact]
    public async Task Expired_consent_gives_its_scope_nothing() =>
        Assert.False((await Queries.CaseAsync(A14, Houkatsu, NewVisit()))!.Full);

    [Fact]
    public async Task A_name_is_searched_only_among_cases_the_reader_may_see()
    {
        Assert.Empty(await Queries.BoardAsync(Police, new(Search: "緑川"), NewVisit()));
        Assert.Equal("ケースA-01", Assert.Single(await Queries.BoardAsync(Houkatsu, new(Search: "緑川"), NewVisit())).Pseudonym);
        Assert.Equal("ケースA-01", Assert.Single(await Queries.BoardAsync(Police, new(Search: "ケースA-01"), NewVisit())).Pseudonym);
    }

    [Fact]
    public async Task A_full_view_of_an_unconsented_case_is_audited_once_per_page_visit()
    {
        var audit = _app.Services.GetRequiredService<AuditLog>();
        async Task<int> ShownAsync() => (await audit.ReadForCaseAsync(A01)).Count(r => r.Action == "case.personal-information-shown");
        var before = await ShownAsync();

        var visit = NewVisit();
        await Queries.CaseAsync(A01, Houkatsu, visit);
        await Queries.CaseAsync(A01, Houkatsu, visit);
        await Queries.BoardAsync(Houkatsu, new(), visit);
        Assert.Equal(before + 1, await ShownAsync());

        await Queries.CaseAsync(A01, Houkatsu, NewVisit());
        Assert.Equal(before + 2, await ShownAsync());
        await Queries.CaseAsync(A01, Police, NewVisit());
        Assert.Equal(before + 2, await ShownAsync());
    }

    private static CaseRegistration Registration(string? name = "春野 太郎") => new(name, null, "40代", "男性", "", [Field.Elderly], [IssueTag.Hikikomori],
        [new("春野 花子", "母", "70代", "")], JapanTime.DateOf(DateTimeOffset.UtcNow), MidoriCityDemo.AgencyId("houkatsu-chuo"), ConsultationRoute.Family,
        "母から。息子が家から出ない。", Urgent: false, null);

    [Fact]
    public async Task A_window_registers_a_consultation_without_consent_that_starts_at_intake_and_only_it_may_read()
    {
        var id = await Commands.RegisterAsync(Registration(), Houkatsu);

        var mine = (await Queries.CaseAsync(id, Houkatsu, NewVisit()))!;
        Assert.Equal(("ケースA-18", LifecycleStage.Intake, "春野 太郎"), (mine.Card.Pseudonym, mine.Card.Stage, mine.Card.PersonName));
        Assert.False((await Queries.CaseAsync(id, Police, NewVisit()))!.Full);
    }

    public static TheoryData<string, Func<CaseCommands, Task>> BadCommands => new()
    {
        { "本人の氏名", c => c.RegisterAsync(Registration(name: " "), Houkatsu) },
        { "続柄", c => c.RegisterAsync(Registration() with { Household = [new("春野 花子", "", "", "")] }, Houkatsu) },
        { "生年月日", c => c.RegisterAsync(Registration() with { BirthDate = new DateOnly(2099, 1, 1) }, Houkatsu) },
        { "使えない文字", c => c.RegisterAsync(Registration(name: "春野\u0007太郎"), Houkatsu) },
        { "自分の所属機関", c => c.RegisterAsync(Registration() with { ReceivingAgencyId = MidoriCityDemo.AgencyId("shakyo") }, Houkatsu) },
        { "同意の方法", c => c.GrantConsentAsync(A01, new ConsentGrant(new DateOnly(2026, 11, 1), null, [MidoriCityDemo.AgencyId("houkatsu-chuo")], ConsentSigner.Person, null, null, null), Houkatsu) },
        { "有効期限", c => c.GrantConsentAsync(A01, new ConsentGrant(new DateOnly(2026, 11, 1), ConsentMethod.Written, [MidoriCityDemo.AgencyId("houkatsu-chuo")], ConsentSigner.Person, null, null, new DateOnly(2026, 10, 1)), Houkatsu) },
        { "撤回できません", c => c.WithdrawConsentAsync(A01, new DateOnly(2026, 11, 1), Houkatsu) },
        { "未来の日付", c => c.RecordContactAsync(A01, new Consultation(new DateOnly(2099, 1, 1), MidoriCityDemo.AgencyId("houkatsu-chuo"), "訪問", ContactKind.Visit), Houkatsu) },
        { "立場にない", c => c.RecordContactAsync(A01, new Consultation(new DateOnly(2026, 11, 1), MidoriCityDemo.AgencyId("police"), "訪問", ContactKind.Visit), Police) },
        { "進められません", c => c.MoveToAsync(MidoriCityDemo.CaseId("A-13"), LifecycleStage.InSupport, null, TestApp.Caller("jimukyoku", AppRoles.Secretariat) with { AgencyId = MidoriCityDemo.AgencyId("seikatsu-support") }) },
    };

    [Theory]
    [MemberData(nameof(BadCommands))]
    public async Task Bad_input_is_refused_in_japanese_and_writes_nothing(string message, Func<CaseCommands, Task> command)
    {
        var history = await HistoryLengthAsync();
        var audited = (await _app.Services.GetRequiredService<AuditLog>().ReadAsync(new(Limit: 100_000))).Count;

        var error = await Assert.ThrowsAsync<DomainException>(() => command(Commands));

        Assert.Contains(message, error.Message);
        Assert.Equal(history, await HistoryLengthAsync());
        Assert.Equal(audited, (await _app.Services.GetRequiredService<AuditLog>().ReadAsync(new(Limit: 100_000))).Count);
    }

    [Fact]
    public async Task Possible_duplicates_are_named_by_pseudonym_and_reason_only()
    {
        var byName = await Commands.FindDuplicatesAsync("大森　修", new DateOnly(1979, 12, 31), null, Houkatsu);
        Assert.Equal(("ケースA-13", "氏名と生年が同じ"), (Assert.Single(byName).Pseudonym, byName[0].Reason));
        var byAddress = await Commands.FindDuplicatesAsync("別の人", null, "みどり市南町４－５－６", Houkatsu);
        Assert.Equal(("ケースA-13", "住所が同じ"), (Assert.Single(byAddress).Pseudonym, byAddress[0].Reason));
        // Each hit is audited against the case it matched, without the words that were searched.
        var shown = (await _app.Services.GetRequiredService<AuditLog>().ReadForCaseAsync(MidoriCityDemo.CaseId("A-13"))).Where(r => r.Action == "case.duplicate-shown").ToList();
        Assert.Equal(2, shown.Count);
        Assert.All(shown, r => Assert.DoesNotContain("大森", r.Detail));
    }

    [Fact]
    public async Task The_excel_and_csv_exports_hold_the_screen_s_rows_and_redaction_and_keep_formulas_as_text()
    {
        var rows = CaseExports.Rows(await Queries.BoardAsync(Police, new(), NewVisit())).ToList();
        Assert.Equal(CaseExports.WithheldName, rows.Single(r => r[0] == "ケースA-01")[1]);
        rows.Add(["=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "", "", "", "", "", "0", ""]);

        using var workbook = new XLWorkbook(new MemoryStream(CaseExports.Excel(rows)));
        var sheet = workbook.Worksheet("進行管理台帳");
        Assert.Equal(rows.Count + 1, sheet.LastRowUsed()!.RowNumber());
        Assert.Equal(CaseExports.WithheldName, sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "ケースA-01").Cell(2).GetString());
        var formula = sheet.Cell(rows.Count + 1, 1);
        Assert.False(formula.HasFormula);
        Assert.Equal("=HYPERLINK(\"http://x\")", formula.GetString());
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal(1, sheet.SheetView.SplitRow);

        var csv = CaseExports.Csv(rows);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var text = System.Text.Encoding.UTF8.GetString(csv[3..]);
        Assert.StartsWith("仮名,氏名,", text);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-1,'@SUM(A1)", text);
        Assert.DoesNotContain("緑川", text);
    }

    private async Task<int> HistoryLengthAsync()
    {
        await using var db = await _app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Infrastructure.Persistence.JusotekiDbContext>>().CreateDbContextAsync();
        return db.CaseHistory.Count() + db.SupportCases.Count() + db.Journal.Count();
    }
}
