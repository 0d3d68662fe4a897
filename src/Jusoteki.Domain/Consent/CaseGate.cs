using Jusoteki.Domain.Access;
using Jusoteki.Domain.Audit;
using Jusoteki.Domain.Cases;

namespace Jusoteki.Domain.Consent;

/// <summary>
/// C10 — what a reader sees of a case outside a meeting (the case page, the coordinator's board, search, exports,
/// 「担当の役割」, reports, the audit page). Personal information and every free text about the case only if (a) the reader's
/// agency took the consultation, is the 主担当機関 or holds an open role; or (b) the consent holds (同意, not expired) and
/// the agency is in its scope; or (c) the reader is the city's meeting staff (議長・事務局・多機関協働コーディネーター) with a
/// standing pledge for the fiscal year. Everyone else sees the pseudonymised card. One pure function, like
/// <see cref="ConsentGate"/> for meetings.
/// </summary>
public static class CaseGate
{
    public static CaseSight Decide(SupportCase supportCase, CaseReader reader, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(supportCase);
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.Caller.AgencyId is { } agency)
        {
            if (supportCase.Intake?.ReceivingAgencyId == agency) return new(Visibility.Full, CaseSightReason.ReceivingAgency);
            if (supportCase.LeadAgencyId == agency) return new(Visibility.Full, CaseSightReason.LeadAgency);
            if (supportCase.Roles.Any(r => r.AgencyId == agency && r.IsOpen)) return new(Visibility.Full, CaseSightReason.OpenRole);
            if (supportCase.HasConsentOn(today) && supportCase.IsInConsentScope(agency)) return new(Visibility.Full, CaseSightReason.ConsentScope);
        }
        if (SeesEveryCaseInFull(reader)) return new(Visibility.Full, CaseSightReason.MeetingStaffWithPledge);
        return new(Visibility.Pseudonymised, CaseSightReason.None);
    }

    /// <summary>
    /// True when <see cref="Decide"/> gives this reader the full view of every case whatever the case holds (C10 (c)): a list
    /// may then search names in its store without reading each case first.
    /// </summary>
    public static bool SeesEveryCaseInFull(CaseReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsMeetingStaff && reader.HasStandingPledge;
    }

    /// <summary>
    /// Decides, and for a full view of a case without consent (C6) also gives the audit record to store with the display.
    /// <paramref name="surface"/> names the screen or export in Japanese (e.g. 「ケースの記録」).
    /// </summary>
    public static (CaseSight Sight, AuditRecord? Audit) Disclose(SupportCase supportCase, CaseReader reader, DateOnly today, DateTimeOffset at, string surface)
    {
        var sight = Decide(supportCase, reader, today);
        var audit = sight.Visibility == Visibility.Full && !supportCase.HasConsentOn(today)
            ? new AuditRecord(at, "case.personal-information-shown", reader.Caller.Actor.Id, reader.Caller.Actor.DisplayName, null, supportCase.Id,
                $"{supportCase.Pseudonym}：{surface}で全表示（{sight.Reason.JapaneseName()}、同意：{supportCase.ConsentLabelOn(today)}）")
            : null;
        return (sight, audit);
    }
}

/// <summary>Who reads outside a meeting: the caller, and whether they hold a standing 守秘義務の誓約 for the current fiscal year.</summary>
public sealed record CaseReader(Caller Caller, bool HasStandingPledge)
{
    /// <summary>議長・事務局・多機関協働コーディネーター: the city's meeting staff (C10 (c)).</summary>
    public bool IsMeetingStaff => Caller.Roles.Overlaps([AppRoles.Chair, AppRoles.Secretariat, AppRoles.Coordinator]);
}

/// <summary>The gate's decision and the rule that allowed it.</summary>
public sealed record CaseSight(Visibility Visibility, CaseSightReason Reason)
{
    public bool IsFull => Visibility == Visibility.Full;
}

/// <summary>Why a reader sees a case in full outside a meeting (C10), or <see cref="None"/>.</summary>
public enum CaseSightReason
{
    None,
    /// <summary>(a) 受付機関</summary>
    ReceivingAgency,
    /// <summary>(a) 主担当機関</summary>
    LeadAgency,
    /// <summary>(a) 未完了の役割を持つ機関</summary>
    OpenRole,
    /// <summary>(b) 同意の範囲内の機関</summary>
    ConsentScope,
    /// <summary>(c) 年度の誓約をした会議の担当者</summary>
    MeetingStaffWithPledge,
}

public static class CaseSightReasonInfo
{
    public static string JapaneseName(this CaseSightReason reason) => reason switch
    {
        CaseSightReason.None => "権限なし",
        CaseSightReason.ReceivingAgency => "受付機関",
        CaseSightReason.LeadAgency => "主担当機関",
        CaseSightReason.OpenRole => "役割を担当する機関",
        CaseSightReason.ConsentScope => "同意の範囲内の機関",
        CaseSightReason.MeetingStaffWithPledge => "年度の誓約をした会議の担当者",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}

public static class CaseGateErrors
{
    /// <summary>Writing about a case (a contact, an assessment, consent, a stage) needs the full view C10 gives.</summary>
    public static void RequireFull(CaseSight sight)
    {
        if (!sight.IsFull)
            throw new Common.DomainException("case.not-entitled",
                "このケースの個人情報と記録を見る立場にないため、記録できません（受付機関・主担当機関・役割を担当する機関・同意の範囲内の機関・年度の誓約をした会議の担当者のみ）。");
    }
}
