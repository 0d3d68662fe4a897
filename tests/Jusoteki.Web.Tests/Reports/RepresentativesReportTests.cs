using System.Text.Json;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Meetings;
using Jusoteki.Web.Reports;
using Microsoft.Extensions.DependencyInjection;
using static Jusoteki.Web.Tests.Roles.UnconsentedCaseInDecember;

namespace Jusoteki.Web.Tests.Reports;

/// <summary>The 代表者会議 report is an aggregate (C8): after the December repro it counts the gaps and carries none of their words.</summary>
public sealed class RepresentativesReportTests : IAsyncLifetime
{
    private readonly TestApp _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await AssignNoteAndCloseAsync(_app.Services);
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Resource_gaps_are_counted_by_meeting_kind_and_no_free_text_reaches_the_reviewer()
    {
        var report = await _app.Services.GetRequiredService<RepresentativesReportQueries>().ForYearAsync(2026, TestApp.Caller("etsuran", AppRoles.Reviewer));

        Assert.Equal(2, report.ResourceGaps.Single(g => g.Kind == MeetingKind.SupportMeeting).Count);
        Assert.Equal((2, 2), (report.ResourceGapsTotal, report.ResourceGapsUnchecked));
        // Unescaped, so that a Japanese word in the model would be found (the default encoder writes \uXXXX).
        var everything = JsonSerializer.Serialize(report, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("未承認", everything);
        Assert.DoesNotContain("緑川", everything);
        Assert.DoesNotContain(GapText, everything);
        Assert.DoesNotContain("市北部", everything);
    }
}
