using DocumentFormat.OpenXml.Packaging;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Domain.Minutes;
using Jusoteki.Infrastructure.Audit;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Minutes;
using Jusoteki.Web.Reports;
using Jusoteki.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Minutes;

/// <summary>
/// The minutes of the seeded November 支援会議 (closed) through the real services and SQLite: tidied, approved, locked,
/// corrected; and read by a pledged participant and by a 閲覧者 — in the view, the Markdown and the .docx.
/// </summary>
public sealed class MinutesServiceTests : IAsyncLifetime
{
    private static readonly Guid November = MidoriCityDemo.NovemberSupportMeetingId;
    private static readonly Caller Secretariat = TestApp.Caller("jimukyoku", AppRoles.Secretariat);
    private static readonly Caller Chair = TestApp.Caller("gicho", AppRoles.Chair);
    private static readonly Caller Participant = TestApp.Caller("houkatsu", AppRoles.AgencyStaff);
    private static readonly Caller Reviewer = TestApp.Caller("etsuran", AppRoles.Reviewer);
    private static readonly string[] PersonalInformation = ["林 拓海", "林 健", "南 和子", "南 誠"];

    private readonly TestApp _app = new();
    private MinutesQueries Queries => _app.Services.GetRequiredService<MinutesQueries>();
    private MinutesCommands Commands => _app.Services.GetRequiredService<MinutesCommands>();

    public Task InitializeAsync() => _app.InitializeAsync();
    public Task DisposeAsync() => _app.DisposeAsync();

    private static string Discussion(MinutesView view, int index = 0) => MinutesText.DiscussionKey(view.Cases[index].Section.CaseId);

    [Fact]
    public async Task The_secretariat_tidies_the_draft_the_chair_approves_and_the_approved_version_is_locked()
    {
        var draft = (await Queries.GetAsync(November, Secretariat))!;
        Assert.True(draft.MayEdit);

        await Commands.EditTextAsync(November, 1, Discussion(draft), "障がい相談から、本人が訪問を受け入れ始めたと報告があった。", Secretariat);
        Assert.False((await Queries.GetAsync(November, Secretariat))!.MayApprove);
        Assert.True((await Queries.GetAsync(November, Chair))!.MayApprove);
        await Commands.ApproveAsync(November, 1, Chair);

        var approved = (await Queries.GetAsync(November, Secretariat))!;
        Assert.Equal((MinutesStatus.Approved, "社会福祉課長 山田", false), (approved.Status, approved.ApprovedBy, approved.MayEdit));
        Assert.Equal("障がい相談から、本人が訪問を受け入れ始めたと報告があった。", approved.Cases[0].Discussion);
        await Refused(() => Commands.EditTextAsync(November, 1, Discussion(approved), "書き換え", Secretariat), "minutes.locked");
        await Refused(() => Commands.ApproveAsync(November, 1, Chair), "minutes.already-approved");
    }

    [Fact]
    public async Task A_correction_needs_a_reason_and_the_approved_version_stays_readable()
    {
        var draft = (await Queries.GetAsync(November, Secretariat))!;
        await Commands.EditTextAsync(November, 1, Discussion(draft), "第1版", Secretariat);
        await Commands.ApproveAsync(November, 1, Chair);

        await Refused(() => Commands.CorrectAsync(November, " ", Secretariat), "minutes.reason-required");
        await Commands.CorrectAsync(November, "役割の期限の記載誤り", Secretariat);
        await Commands.EditTextAsync(November, 2, Discussion(draft), "第2版", Secretariat);

        Assert.Equal("第1版", (await Queries.GetAsync(November, Secretariat, version: 1))!.Cases[0].Discussion);
        var current = (await Queries.GetAsync(November, Secretariat))!;
        Assert.Equal((2, MinutesStatus.Draft, "役割の期限の記載誤り", "第2版"), (current.Version, current.Status, current.CorrectionReason, current.Cases[0].Discussion));
        // The 閲覧者 keeps reading the approved first version until the correction is approved.
        Assert.Equal(1, (await Queries.GetAsync(November, Reviewer))!.Version);
    }

    [Fact]
    public async Task A_correction_reason_naming_a_person_reaches_only_readers_who_see_every_case_and_no_search_finds_it()
    {
        await Commands.ApproveAsync(November, 1, Chair);
        await Commands.CorrectAsync(November, "林 拓海さん（A-05）の役割の記載を訂正", Secretariat);
        await Commands.ApproveAsync(November, 2, Chair);

        var redacted = (await Queries.GetAsync(November, Reviewer))!;
        Assert.Equal((2, MinutesView.ReasonWithheld), (redacted.Version, redacted.CorrectionReason));
        Assert.All(redacted.Versions, v => Assert.True(v.CorrectionReason is null or MinutesView.ReasonWithheld));
        foreach (var text in new[] { MinutesMarkdown.Render(redacted), DocxText(MinutesDocx.Render(redacted)) }) Assert.DoesNotContain("拓海", text);
        Assert.Empty((await Queries.LibraryAsync(new MinutesFilter(Text: "拓海"), Reviewer)).Items);
        Assert.Equal("林 拓海さん（A-05）の役割の記載を訂正", (await Queries.GetAsync(November, Chair))!.CorrectionReason);
    }

    [Fact]
    public async Task A_reviewer_cannot_read_or_export_minutes_before_they_are_approved()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => Queries.GetAsync(November, Reviewer));

        Assert.Contains("まだ", error.Message);
        Assert.Empty((await Queries.LibraryAsync(new MinutesFilter(), Reviewer)).Items);
    }

    [Fact]
    public async Task The_same_minutes_are_full_for_a_pledged_participant_and_redacted_for_a_reviewer_in_the_view_markdown_and_docx()
    {
        await Commands.ApproveAsync(November, 1, Chair);

        var full = (await Queries.GetAsync(November, Participant))!;
        var redacted = (await Queries.GetAsync(November, Reviewer))!;

        Assert.False(full.AnyRedacted);
        Assert.Contains("林 拓海", MinutesMarkdown.Render(full));
        Assert.Contains("南 和子", DocxText(MinutesDocx.Render(full)));
        Assert.True(redacted.AnyRedacted);
        foreach (var text in new[] { MinutesMarkdown.Render(redacted), DocxText(MinutesDocx.Render(redacted)) })
        {
            Assert.All(PersonalInformation, name => Assert.DoesNotContain(name, text));
            Assert.DoesNotContain("就労相談", text);
            Assert.Contains(MinutesRedaction.RedactedNotice, text);
            Assert.Contains(MinutesLayout.RedactedBanner, text);
            Assert.Contains("ケースA-05・30代男性・ひきこもり", text);
        }
    }

    [Fact]
    public async Task A_reader_from_whom_open_roles_are_withheld_is_told_how_many_never_that_there_are_none()
    {
        await Commands.ApproveAsync(November, 1, Chair);

        var full = (await Queries.GetAsync(November, Participant))!;
        var redacted = (await Queries.GetAsync(November, Reviewer))!;

        Assert.NotEmpty(full.OpenRoles);
        Assert.Equal(0, full.WithheldOpenRoles);
        Assert.Empty(redacted.OpenRoles);
        Assert.Equal(full.OpenRoles.Count, redacted.WithheldOpenRoles);
        foreach (var text in new[] { MinutesMarkdown.Render(redacted), DocxText(MinutesDocx.Render(redacted)) })
        {
            var openRoles = text[text.LastIndexOf("未完了の役割", StringComparison.Ordinal)..];
            Assert.Contains($"（ほかに、閲覧できない役割が {full.OpenRoles.Count} 件あります）", openRoles);
            Assert.DoesNotContain("（なし）", openRoles);
            Assert.DoesNotContain("訪問", openRoles);
        }
        Assert.DoesNotContain("閲覧できない役割", MinutesMarkdown.Render(full));
    }

    [Fact]
    public async Task Showing_personal_information_of_minutes_is_audited_like_the_board()
    {
        var audit = _app.Services.GetRequiredService<AuditLog>();
        var before = (await audit.ReadAsync(new AuditFilter(Action: "case.personal-information-shown"))).Count;

        await Queries.GetAsync(November, Participant);

        // Both November cases are consented, so showing them is not a C6 display; an unconsented one would be.
        Assert.Equal(before, (await audit.ReadAsync(new AuditFilter(Action: "case.personal-information-shown"))).Count);
    }

    [Fact]
    public async Task The_library_finds_by_year_kind_case_and_text_and_searches_only_what_the_reader_may_read()
    {
        await Commands.ApproveAsync(November, 1, Chair);

        Assert.Single((await Queries.LibraryAsync(new MinutesFilter(FiscalYear: 2026), Reviewer)).Items);
        Assert.Empty((await Queries.LibraryAsync(new MinutesFilter(FiscalYear: 2025), Reviewer)).Items);
        Assert.Empty((await Queries.LibraryAsync(new MinutesFilter(Kind: MeetingKind.MultiLayeredSupportMeeting), Reviewer)).Items);
        Assert.Single((await Queries.LibraryAsync(new MinutesFilter(Pseudonym: "A-08"), Reviewer)).Items);
        Assert.Empty((await Queries.LibraryAsync(new MinutesFilter(Pseudonym: "A-01"), Reviewer)).Items);
        Assert.Single((await Queries.LibraryAsync(new MinutesFilter(AgencyId: MidoriCityDemo.AgencyId("minsei-kita")), Reviewer)).Items);
        Assert.Single((await Queries.LibraryAsync(new MinutesFilter(Text: "就労相談"), Participant)).Items);
        Assert.Empty((await Queries.LibraryAsync(new MinutesFilter(Text: "就労相談"), Reviewer)).Items);
    }

    [Fact]
    public async Task The_library_pages_newest_first_and_the_next_page_starts_after_the_last_one_shown()
    {
        var october = MidoriCityDemo.OctoberSupportMeetingId;
        await Commands.ApproveAsync(october, 1, Chair);
        await Commands.ApproveAsync(November, 1, Chair);

        var first = await Queries.LibraryAsync(new MinutesFilter(), Reviewer, pageSize: 1);
        var second = await Queries.LibraryAsync(new MinutesFilter(), Reviewer, first.Next, pageSize: 1);
        var whole = await Queries.LibraryAsync(new MinutesFilter(), Reviewer);

        Assert.Equal([November], first.Items.Select(i => i.MeetingId));
        Assert.NotNull(first.Next);
        Assert.Equal([october], second.Items.Select(i => i.MeetingId));
        Assert.Null(second.Next);
        Assert.Equal([November, october], whole.Items.Select(i => i.MeetingId));
        Assert.Null(whole.Next);
    }

    [Fact]
    public async Task A_page_of_a_filtered_library_skips_the_meetings_the_filter_leaves_out()
    {
        await Commands.ApproveAsync(MidoriCityDemo.OctoberSupportMeetingId, 1, Chair);
        await Commands.ApproveAsync(November, 1, Chair);

        // November (newer) has; only October has A-10.
        var page = await Queries.LibraryAsync(new MinutesFilter(Pseudonym: "A-10"), Reviewer, pageSize: 1);

        Assert.Equal([MidoriCityDemo.OctoberSupportMeetingId], page.Items.Select(i => i.MeetingId));
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task The_library_search_confirms_no_name_or_word_about_an_unconsented_case_and_writes_no_audit_record()
    {
        // October: A-10 (中川 スミ) refused consent; houkatsu pledged in that meeting and may open it in full (audited).
        var october = MidoriCityDemo.OctoberSupportMeetingId;
        await Commands.ApproveAsync(october, 1, Chair);
        var audit = _app.Services.GetRequiredService<AuditLog>();
        var shownBefore = (await audit.ReadAsync(new AuditFilter(Action: "case.personal-information-shown", Limit: 10_000))).Count;

        foreach (var reader in new[] { Participant, Reviewer })
        {
            Assert.Empty((await Queries.LibraryAsync(new MinutesFilter(Text: "中川 スミ"), reader)).Items);
            Assert.Empty((await Queries.LibraryAsync(new MinutesFilter(Text: "配食サービス"), reader)).Items);
            // The pseudonym and the meeting are still found: the search looks at what the list itself may show.
            Assert.Single((await Queries.LibraryAsync(new MinutesFilter(Text: "A-10"), reader)).Items);
        }
        Assert.Equal(shownBefore, (await audit.ReadAsync(new AuditFilter(Action: "case.personal-information-shown", Limit: 10_000))).Count);
        // Opening the minutes shows the case in full to the pledged participant, and that is audited (C6).
        Assert.Contains("配食サービス", MinutesMarkdown.Render((await Queries.GetAsync(october, Participant))!));
        Assert.True((await audit.ReadAsync(new AuditFilter(Action: "case.personal-information-shown", Limit: 10_000))).Count > shownBefore);
    }

    [Fact]
    public async Task The_representatives_report_counts_the_year_and_names_no_person()
    {
        var report = await _app.Services.GetRequiredService<RepresentativesReportQueries>().ForYearAsync(2026, Reviewer);

        // October (4 cases, 4 roles, A-16's done) and November (2 cases, 5 roles) are held; December is scheduled.
        Assert.Equal((2, 3), (report.Meetings.Single(m => m.Kind == MeetingKind.SupportMeeting).Held, report.Meetings.Single(m => m.Kind == MeetingKind.SupportMeeting).Scheduled));
        Assert.Equal((6, 9, 1, 0), (report.CasesDiscussed, report.RolesAssigned, report.RolesCompleted, report.PlansAdopted));
        // 社会資源の不足 as counts only (C8): the words are free text about a case and stay out until the 事務局 has checked them.
        Assert.Equal((1, 1), (report.ResourceGapsTotal, report.ResourceGapsUnchecked));
        Assert.Equal(1, report.ResourceGaps.Single(g => g.Kind == MeetingKind.SupportMeeting).Count);
        await Assert.ThrowsAsync<DomainException>(() => _app.Services.GetRequiredService<RepresentativesReportQueries>().ForYearAsync(2026, Participant));
    }

    [Fact]
    public async Task Stored_text_from_before_the_text_rules_still_exports_markup_stays_text_and_the_file_name_cannot_read_backwards()
    {
        var full = (await Queries.GetAsync(November, Participant))!;
        // Rows written before the domain refused such characters: a control character, a bidi override, raw HTML and Markdown.
        var stored = full with
        {
            Header = full.Header with { Title = "11月\u202Eexe.txt\u0001会議" },
            Cases = [full.Cases[0] with { Discussion = "訪問\u0001した <script>alert(1)</script>\n# 見出しではない\n**太字ではない**" }, .. full.Cases.Skip(1)],
        };

        var docx = DocxText(MinutesDocx.Render(stored));
        var markdown = MinutesMarkdown.Render(stored);

        Assert.Contains("訪問\uFFFDした <script>alert(1)</script>", docx);
        Assert.DoesNotContain('\u0001', docx + markdown); // a char: a culture-aware string search ignores control characters
        Assert.Contains("訪問\uFFFDした &lt;script&gt;alert(1)&lt;/script&gt;", markdown);
        Assert.Contains("\n\\# 見出しではない\n\\*\\*太字ではない\\*\\*", markdown);
        Assert.DoesNotContain("<script>", markdown);
        Assert.Equal("11月exe.txt会議_議事録_第1版.docx", ExportText.FileName($"{stored.Header.Title}_議事録_第1版", "docx"));
    }

    private static string DocxText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    private static async Task Refused(Func<Task> call, string code) =>
        Assert.Equal(code, (await Assert.ThrowsAsync<DomainException>(call)).Code);
}
