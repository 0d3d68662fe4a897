using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Seeding;

/// <summary>
/// Whether the みどり市 demo is already stored, by its ids alone: a restart on an existing database then skips building the
/// demo's cases and meetings (hundreds of domain events) only to find every one of them there.
/// </summary>
public static class DemoPresence
{
    /// <summary>The numbers of the demo cases (MidoriCityDemo.BuildCases builds exactly these).</summary>
    public static IReadOnlyList<string> CaseNumbers { get; } = [.. Enumerable.Range(1, 17).Select(n => $"A-{n:00}")];

    /// <summary>The ids of the demo meetings (MidoriCityDemo.SeedAsync stores exactly these).</summary>
    public static IReadOnlyList<Guid> MeetingIds { get; } =
    [
        MidoriCityDemo.OctoberSupportMeetingId, MidoriCityDemo.NovemberSupportMeetingId,
        MidoriCityDemo.DecemberSupportMeetingId, MidoriCityDemo.DecemberMultiLayeredMeetingId,
    ];

    public static async Task<bool> IsInPlaceAsync(JusotekiDbContext db, CancellationToken ct = default)
    {
        var agencyIds = MidoriCityDemo.Agencies.Select(a => a.Id).ToList();
        var caseIds = CaseNumbers.Select(MidoriCityDemo.CaseId).ToList();
        var meetingIds = MeetingIds.ToList();
        return await db.Agencies.CountAsync(a => agencyIds.Contains(a.Id), ct) == agencyIds.Count
            && await db.SupportCases.CountAsync(c => caseIds.Contains(c.Id), ct) == caseIds.Count
            && await db.Meetings.CountAsync(m => meetingIds.Contains(m.Id), ct) == meetingIds.Count
            && await db.ProgressTargets.AnyAsync(t => t.FiscalYear == MidoriCityDemo.TargetsYear, ct);
    }
}
