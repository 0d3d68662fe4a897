using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Progress;

/// <summary>What <see cref="ProgressCounter"/> needs of one case, read from its history in order: when each thing happened (dates in Japan).</summary>
internal sealed class CaseFacts
{
    private readonly List<(DateOnly Date, bool Granted, DateOnly? ExpiresOn)> _consents = [];
    private readonly List<(DateOnly From, bool Outreach, bool Participation)> _flags = [];

    private CaseFacts(Guid id) => Id = id;

    /// <summary>The kinds of case event <see cref="Of"/> reads (the names they are stored under); every other kind it passes over.</summary>
    public static readonly IReadOnlyList<string> EventsRead =
    [
        nameof(CaseOpened), nameof(AssessmentCompleted), nameof(ConsentGranted), nameof(ConsentRefused), nameof(ConsentWithdrawn),
        nameof(FlagsChanged), nameof(LeadAgencySet), nameof(RoleAssigned), nameof(RoleCorrected), nameof(RoleWithdrawn),
        nameof(RoleStatusChanged), nameof(PlanDrafted), nameof(PlanAdopted), nameof(CaseEnded), nameof(ConsultationRecorded),
    ];

    public Guid Id { get; }
    public DateOnly ReceivedOn { get; private set; }
    public List<DateOnly> FirstAssessments { get; } = [];
    public List<DateOnly> FirstPlanDrafts { get; } = [];
    public List<DateOnly> Adoptions { get; } = [];
    public List<(LifecycleStage Outcome, DateOnly Day)> Endings { get; } = [];
    public List<DateOnly> ParticipationStarts { get; } = [];
    public List<DateOnly> Contacts { get; } = [];
    public List<RoleFacts> Roles { get; } = [];
    public DateOnly? LeadSetOn { get; private set; }

    public static CaseFacts Of(Guid id, IReadOnlyList<CaseHistoryEntry> history)
    {
        var facts = new CaseFacts(id);
        var (outreach, participation) = (false, false);
        foreach (var entry in history)
        {
            var day = JapanTime.DateOf(entry.OccurredAt);
            RoleFacts? Role(Guid roleId) => facts.Roles.FirstOrDefault(r => r.Id == roleId);
            switch (entry.Event)
            {
                case CaseOpened opened:
                    facts.ReceivedOn = opened.Intake?.ReceivedOn ?? day;
                    break;
                case AssessmentCompleted { Assessment.Version: 1 } first:
                    facts.FirstAssessments.Add(first.Assessment.AssessedOn);
                    break;
                case ConsentGranted granted:
                    facts._consents.Add((granted.Date, true, granted.ExpiresOn));
                    break;
                case ConsentRefused refused:
                    facts._consents.Add((refused.Date, false, null));
                    break;
                case ConsentWithdrawn withdrawn:
                    facts._consents.Add((withdrawn.Date, false, null));
                    break;
                case FlagsChanged flags:
                    if (flags.ParticipationSupport && !participation) facts.ParticipationStarts.Add(day);
                    (outreach, participation) = (flags.Outreach, flags.ParticipationSupport);
                    facts._flags.Add((day, outreach, participation));
                    break;
                case LeadAgencySet:
                    facts.LeadSetOn ??= day;
                    break;
                case RoleAssigned assigned:
                    facts.Roles.Add(new RoleFacts(assigned.RoleId, assigned.AgencyId, day, assigned.DueDate));
                    break;
                case RoleCorrected corrected when Role(corrected.RoleId) is { } role:
                    (role.AgencyId, role.DueDate) = (corrected.AgencyId, corrected.DueDate);
                    break;
                case RoleWithdrawn withdrawnRole when Role(withdrawnRole.RoleId) is { } role:
                    role.Withdrawn = true;
                    break;
                case RoleStatusChanged status when Role(status.RoleId) is { } role:
                    role.DoneOn = status.Status == RoleStatus.Done ? role.DoneOn ?? day : null;
                    break;
                case PlanDrafted { Version: 1 }:
                    facts.FirstPlanDrafts.Add(day);
                    break;
                case PlanAdopted:
                    facts.Adoptions.Add(day);
                    break;
                case CaseEnded ended:
                    facts.Endings.Add((ended.Outcome, day));
                    break;
                case ConsultationRecorded contact:
                    facts.Contacts.Add(contact.Consultation.Date);
                    break;
            }
        }
        return facts;
    }

    /// <summary>C1 on a past day: the last consent record dated by then — 同意 and not past its expiry date.</summary>
    public bool HasConsentOn(DateOnly day) =>
        _consents.LastOrDefault(c => c.Date <= day) is { Granted: true } c && (c.ExpiresOn is not { } last || last >= day);

    public bool ParticipationOn(DateOnly day) => _flags.LastOrDefault(f => f.From <= day).Participation;

    /// <summary>The first day in [<paramref name="from"/>, <paramref name="until"/>] the case was アウトリーチ中, if any.</summary>
    public DateOnly? OutreachFirstOnIn(DateOnly from, DateOnly until)
    {
        if (until < from) return null;
        if (_flags.LastOrDefault(f => f.From < from).Outreach) return from;
        return _flags.Where(f => f.Outreach && f.From >= from && f.From <= until).Select(f => (DateOnly?)f.From).FirstOrDefault();
    }
}

/// <summary>A role as it now stands (corrections applied), and the day it was completed.</summary>
internal sealed class RoleFacts(Guid id, Guid agencyId, DateOnly assignedOn, DateOnly dueDate)
{
    public Guid Id { get; } = id;
    public Guid AgencyId { get; set; } = agencyId;
    public DateOnly AssignedOn { get; } = assignedOn;
    public DateOnly DueDate { get; set; } = dueDate;
    public bool Withdrawn { get; set; }
    public DateOnly? DoneOn { get; set; }
}
