using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Reports;
using Jusoteki.Infrastructure.Persistence;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Cases;
using Jusoteki.Web.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jusoteki.Web.Tests.Roles.UnconsentedCaseInDecember;

namespace Jusoteki.Web.Tests.Reports;

/// <summary>
/// C8 end to end below the screen: after the December repro (a gap naming the household on A-01) and the demo's November gap,
/// the 事務局 approves one rewritten wording. Only that wording reaches the report and its Excel; the other stays a count.
/// </summary>
public sealed class ResourceGapApprovalTests : IAsyncLifetime
{
    private const string Wording = "ひきこもりの方が日中に通える居場所が近くにない";
    private const string NovemberText = "ひきこもりの方が通える居場所が市北部にない";
    private static readonly Caller Secretariat = new(new Actor("jimukyoku", "福祉総務課 伊藤"), new HashSet<string> { AppRoles.Secretariat }, null);
    private static readonly Caller Reviewer = TestApp.Caller("etsuran", AppRoles.Reviewer);
    private readonly TestApp _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await AssignNoteAndCloseAsync(_app.Services);
        var readers = _app.Services.GetRequiredService<CaseReaders>();
        if (!(await readers.ForAsync(Secretariat)).HasStandingPledge) await readers.RecordStandingPledgeAsync(Secretariat);
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    private ResourceGapReviews Reviews => _app.Services.GetRequiredService<ResourceGapReviews>();

    private async Task<ResourceGapForReview> DecemberGapAsync() =>
        (await Reviews.ForYearAsync(2026, Secretariat)).Single(g => g.NotedText == GapText);

    [Fact]
    public async Task Only_the_approved_wording_reaches_the_report_and_its_excel_and_unapproved_gaps_stay_counts()
    {
        var gap = await DecemberGapAsync();
        await Reviews.ApproveAsync(gap.MeetingId, gap.Sequence, 0, Wording, nameof(ResourceGapCategory.PlaceToBe), Secretariat);

        var report = await _app.Services.GetRequiredService<RepresentativesReportQueries>().ForYearAsync(2026, Reviewer);
        var model = JsonSerializer.Serialize(report, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var excel = CellsOf(RepresentativesExports.Excel(report));

        Assert.Equal(Wording, report.ApprovedResourceGaps.Single().Wording);
        Assert.Equal((2, 1), (report.ResourceGapsTotal, report.ResourceGapsUnchecked));
        Assert.Equal(1, report.ResourceGapsByCategory.Single(c => c.Category == "居場所・通いの場").Count);
        Assert.Equal(1, report.ResourceGapsByCategory.Single(c => c.Category == "未承認").Count);
        foreach (var surface in new[] { model, excel })
        {
            Assert.Contains(Wording, surface);
            Assert.DoesNotContain(GapText, surface);
            Assert.DoesNotContain("緑川", surface);
            Assert.DoesNotContain(NovemberText, surface);
        }
        Assert.Contains("未承認", excel);
        Assert.Contains("令和8年度", excel);
    }

    [Fact]
    public async Task An_approved_wording_that_names_a_person_is_counted_as_unapproved_and_shown_nowhere()
    {
        // Stored before the name check on approving existed (or edited in the database): the report checks again on reading.
        var gap = await DecemberGapAsync();
        await Reviews.ApproveAsync(gap.MeetingId, gap.Sequence, 0, Wording, nameof(ResourceGapCategory.PlaceToBe), Secretariat);
        await RowsAsync(db => db.ResourceGapApprovals.ExecuteUpdateAsync(a => a.SetProperty(x => x.Wording, "居場所がない 緑川 健\u200B一 さん")));

        var report = await _app.Services.GetRequiredService<RepresentativesReportQueries>().ForYearAsync(2026, Reviewer);
        var excel = CellsOf(RepresentativesExports.Excel(report));

        Assert.Empty(report.ApprovedResourceGaps);
        Assert.Equal((2, 2), (report.ResourceGapsTotal, report.ResourceGapsUnchecked));
        Assert.Equal(2, report.ResourceGapsByCategory.Single(c => c.Category == "未承認").Count);
        Assert.DoesNotContain("緑川", excel);
        Assert.DoesNotContain("居場所がない", excel);
    }

    [Fact]
    public async Task Before_any_approval_neither_the_report_nor_its_excel_holds_any_gap_text()
    {
        var report = await _app.Services.GetRequiredService<RepresentativesReportQueries>().ForYearAsync(2026, Reviewer);
        var excel = CellsOf(RepresentativesExports.Excel(report));

        Assert.Empty(report.ApprovedResourceGaps);
        Assert.Equal(2, report.ResourceGapsByCategory.Single(c => c.Category == "未承認").Count);
        foreach (var surface in new[] { excel, JsonSerializer.Serialize(report, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) })
        {
            Assert.DoesNotContain(GapText, surface);
            Assert.DoesNotContain(NovemberText, surface);
            Assert.DoesNotContain("緑川", surface);
            Assert.DoesNotContain("市北部", surface);
        }
    }

    [Fact]
    public async Task An_approval_is_audited_without_its_words_and_a_second_one_raises_the_revision()
    {
        var gap = await DecemberGapAsync();
        await Reviews.ApproveAsync(gap.MeetingId, gap.Sequence, 0, Wording, nameof(ResourceGapCategory.PlaceToBe), Secretariat);
        var again = await Reviews.ApproveAsync(gap.MeetingId, gap.Sequence, 1, "日中に通える居場所が足りない", nameof(ResourceGapCategory.WorkAndParticipation), Secretariat);

        Assert.Equal(2, again.Revision);
        var audits = await RowsAsync(db => db.AuditLog.Where(a => a.Action == "report.resource-gap-approved").OrderBy(a => a.Sequence).ToListAsync());
        Assert.Equal(2, audits.Count);
        Assert.All(audits, a => Assert.Equal((gap.MeetingId, Case, "jimukyoku"), (a.MeetingId!.Value, a.CaseId!.Value, a.ActorId)));
        Assert.Contains("分類「居場所・通いの場」（第1版）", audits[0].Detail);
        Assert.Contains("承認し直し：分類「就労・社会参加」（第2版）", audits[1].Detail);
        Assert.All(audits, a => Assert.DoesNotContain("居場所が", a.Detail));
        Assert.All(audits, a => Assert.DoesNotContain("緑川", a.Detail));
    }

    [Fact]
    public async Task A_refused_approval_stores_nothing_and_no_audit()
    {
        var gap = await DecemberGapAsync();
        var before = await RowsAsync(db => db.AuditLog.CountAsync());

        var named = await Assert.ThrowsAsync<DomainException>(() =>
            Reviews.ApproveAsync(gap.MeetingId, gap.Sequence, 0, "緑川さんが通える居場所がない", nameof(ResourceGapCategory.PlaceToBe), Secretariat));
        var empty = await Assert.ThrowsAsync<DomainException>(() =>
            Reviews.ApproveAsync(gap.MeetingId, gap.Sequence, 0, " ", nameof(ResourceGapCategory.PlaceToBe), Secretariat));
        var reviewer = await Assert.ThrowsAsync<DomainException>(() =>
            Reviews.ApproveAsync(gap.MeetingId, gap.Sequence, 0, Wording, nameof(ResourceGapCategory.PlaceToBe), Reviewer));
        var notAGap = await Assert.ThrowsAsync<DomainException>(() =>
            Reviews.ApproveAsync(gap.MeetingId, 1, 0, Wording, nameof(ResourceGapCategory.PlaceToBe), Secretariat));

        Assert.Equal(("resource-gap.names-a-person", "text.invalid", "access.denied", "resource-gap.not-found"), (named.Code, empty.Code, reviewer.Code, notAGap.Code));
        Assert.Equal(0, await RowsAsync(db => db.ResourceGapApprovals.CountAsync()));
        Assert.Equal(before, await RowsAsync(db => db.AuditLog.CountAsync()));
    }

    [Fact]
    public async Task An_approval_from_a_page_read_before_another_approval_is_refused_and_keeps_the_first()
    {
        var gap = await DecemberGapAsync();
        await Reviews.ApproveAsync(gap.MeetingId, gap.Sequence, gap.Revision, Wording, nameof(ResourceGapCategory.PlaceToBe), Secretariat);

        var stale = await Assert.ThrowsAsync<DomainException>(() =>
            Reviews.ApproveAsync(gap.MeetingId, gap.Sequence, gap.Revision, "別の書き方の文言", nameof(ResourceGapCategory.Other), Secretariat));

        Assert.Equal("resource-gap.stale", stale.Code);
        Assert.Equal(Wording, (await RowsAsync(db => db.ResourceGapApprovals.SingleAsync())).Wording);
    }

    [Fact]
    public async Task The_list_is_for_the_secretariat_only_and_shows_noted_words_only_to_a_reader_the_gate_lets_in()
    {
        var unpledged = new Caller(new Actor("jimukyoku-new", "福祉総務課 新任"), new HashSet<string> { AppRoles.Secretariat }, null);

        var denied = await Assert.ThrowsAsync<DomainException>(() => Reviews.ForYearAsync(2026, Reviewer));
        var hidden = (await Reviews.ForYearAsync(2026, unpledged)).Single(g => g.MeetingId == MidoriCityDemo.DecemberSupportMeetingId);

        Assert.Equal("access.denied", denied.Code);
        Assert.Null(hidden.NotedText);
        Assert.Equal(GapText, (await DecemberGapAsync()).NotedText);
    }

    private async Task<T> RowsAsync<T>(Func<JusotekiDbContext, Task<T>> query)
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<JusotekiDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    private static string CellsOf(byte[] xlsx)
    {
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var text = new StringBuilder();
        foreach (var sheet in workbook.Worksheets)
        {
            text.AppendLine(sheet.Name);
            foreach (var cell in sheet.CellsUsed()) text.AppendLine(cell.GetFormattedString());
        }
        return text.ToString();
    }
}
