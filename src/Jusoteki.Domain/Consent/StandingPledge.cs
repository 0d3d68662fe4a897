using Jusoteki.Domain.Access;
using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Consent;

/// <summary>
/// 年度の包括的な守秘義務の誓約 outside a meeting: the city's meeting staff (議長・事務局・多機関協働コーディネーター) pledge
/// once per fiscal year, and C10 (c) lets them read cases in full between meetings. Never changed or withdrawn within the year.
/// </summary>
public sealed record StandingPledge(string UserId, string DisplayName, int FiscalYear, DateTimeOffset PledgedAt)
{
    /// <summary>The caller pledges for the fiscal year of <paramref name="at"/>; refused for anyone else or twice.</summary>
    public static StandingPledge Record(Caller caller, bool alreadyPledged, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Require(Operation.RecordPledge);
        if (!new CaseReader(caller, false).IsMeetingStaff)
            throw new DomainException("pledge.not-meeting-staff", "年度の誓約をここで記録できるのは、議長・事務局・多機関協働コーディネーターです（各機関は会議の点呼で誓約します）。");
        var year = Common.FiscalYear.Of(at);
        if (alreadyPledged) throw new DomainException("pledge.already", $"{Common.FiscalYear.JapaneseName(year)}の誓約はすでに記録されています。");
        return new StandingPledge(caller.Actor.Id, caller.Actor.DisplayName, year, at);
    }

    public Audit.AuditRecord AuditRecord() =>
        new(PledgedAt, "pledge.standing-recorded", UserId, DisplayName, null, null, $"年度の包括的な誓約（{Common.FiscalYear.JapaneseName(FiscalYear)}、会議の外での閲覧）");
}
