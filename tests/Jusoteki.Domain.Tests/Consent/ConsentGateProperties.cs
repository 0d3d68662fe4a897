using FsCheck;
using FsCheck.Fluent;
using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Consent;

/// <summary>
/// Property: whatever sequence of commands a meeting and its cases go through — joining, pledging, inviting, granting,
/// refusing and withdrawing consent, in any order, refused or not — no viewer without entitlement ever receives personal
/// information of an unconsented case through the consent gate, and every disclosure of one is audited.
/// </summary>
public sealed class ConsentGateProperties
{
    private static readonly Agency[] Agencies = [HoukatsuAgency, ShakyoAgency, PoliceAgency, CityAgency];
    private const int CaseCount = 4;

    /// <summary>One command, with small indexes into the cases, participants and agencies of the run.</summary>
    public sealed record Command(int Kind, int Case, int Participant, int Agency, int Role, bool Flag);

    private static readonly Gen<Command> Commands =
        from kind in Gen.Choose(0, 6)
        from c in Gen.Choose(0, CaseCount - 1)
        from p in Gen.Choose(0, 7)
        from a in Gen.Choose(0, Agencies.Length)
        from role in Gen.Choose(0, 5)
        from flag in Gen.Elements(true, false)
        select new Command(kind, c, p, a, role, flag);

    private static readonly Gen<(bool SupportMeeting, Command[] Commands)> Runs =
        from kind in Gen.Elements(true, false)
        from commands in Gen.ArrayOf(Commands)
        select (kind, commands);

    [Fact]
    public void No_viewer_without_entitlement_ever_receives_personal_information_of_an_unconsented_case()
    {
        Prop.ForAll(Arb.From(Runs), run => Check(run.SupportMeeting, run.Commands))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static bool Check(bool supportMeeting, Command[] commands)
    {
        var cases = Enumerable.Range(1, CaseCount)
            .Select(i => Case(pseudonym: $"ケースA-{i:00}", consent: i % 2 == 0 ? ConsentState.Granted : ConsentState.Unconfirmed))
            .ToList();
        var meeting = NewMeeting(supportMeeting ? MeetingKind.SupportMeeting : MeetingKind.MultiLayeredSupportMeeting);
        foreach (var c in cases) Try(() => meeting.AddToAgenda(c, Chair, At));
        SeatChair(meeting); // records the pledges and attendance of participants without an account

        foreach (var command in commands)
        {
            Try(() => Apply(command, meeting, cases));
            if (!Holds(meeting, cases)) return false;
        }
        return true;
    }

    private static void Apply(Command command, Meeting meeting, List<SupportCase> cases)
    {
        var supportCase = cases[command.Case];
        var participant = meeting.Participants.ElementAtOrDefault(command.Participant);
        var agency = command.Agency < Agencies.Length ? Agencies[command.Agency] : null;
        switch (command.Kind)
        {
            case 0:
                var role = (MeetingRole)command.Role;
                meeting.AddParticipant(Guid.NewGuid(), "参加者", null, role == MeetingRole.Person ? null : agency?.Id, role,
                    command.Flag ? [supportCase.Id] : [], role == MeetingRole.Person ? supportCase.Id : null, Chair, At);
                break;
            case 1 when participant is not null:
                meeting.RecordPledge(participant.Id, command.Flag ? PledgeKind.ThisMeeting : PledgeKind.StandingForFiscalYear, Chair, At);
                break;
            case 2:
                supportCase.GrantConsent(Today, ConsentMethod.Written, agency is null ? [] : [agency.Id], Houkatsu, At);
                break;
            case 3:
                supportCase.RefuseConsent(Today, Houkatsu, At);
                break;
            case 4:
                supportCase.WithdrawConsent(Today, Houkatsu, At);
                break;
            case 5:
                meeting.AddToAgenda(supportCase, Chair, At);
                break;
            case 6 when participant is not null:
                meeting.RecordAttendance(participant.Id, command.Flag ? Attendance.InRoom : Attendance.Remote, Chair, At);
                break;
        }
    }

    private static bool Holds(Meeting meeting, List<SupportCase> cases)
    {
        var viewers = meeting.Participants.Cast<Participant?>().Append(null);
        foreach (var viewer in viewers)
        foreach (var supportCase in cases)
        {
            var disclosure = ConsentGate.Disclose(meeting, viewer, supportCase, At);
            if (disclosure.Personal is null)
            {
                if (disclosure.Audit is not null) return false;
                continue;
            }
            if (supportCase.HasConsent) continue;
            // Without consent, personal information may reach only: a pledged chair, 事務局 or member of a 支援会議
            // invited for the case (full), or 本人 for their own case (their own name only) — and always with an audit record.
            var pledgedMember = meeting.Kind == MeetingKind.SupportMeeting && viewer!.Role.IsBoundMember()
                && viewer.HasPledgedFor(meeting.FiscalYear) && viewer.IsInvitedFor(supportCase.Id) && meeting.HasOnAgenda(supportCase.Id);
            var ownCase = viewer!.Role == MeetingRole.Person && viewer.PersonOfCaseId == supportCase.Id
                && disclosure.Personal.Household.Count == 0 && disclosure.Personal.Consultations.Count == 0;
            if (!(pledgedMember || ownCase) || disclosure.Audit is null) return false;
        }
        return true;
    }

    private static void Try(Action action)
    {
        try { action(); }
        catch (DomainException) { /* a refused command changes nothing; the run goes on */ }
    }
}
