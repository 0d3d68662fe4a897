using FsCheck;
using FsCheck.Fluent;
using Jusoteki.Domain.Access;
using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Tests.Cases;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Consent;

/// <summary>
/// Property (C10): whatever happens to a case between meetings — consent granted (with any scope and expiry), refused or
/// withdrawn, a lead agency set, roles assigned and completed, in any order, refused or not — and whoever reads it on any
/// later day, the gate shows it in full exactly when the rule's text allows, and audits exactly the full views of cases
/// without consent. The oracle below is written from domain.md, not from the gate.
/// </summary>
public sealed class CaseGateProperties
{
    private static readonly Agency[] Agencies = [HoukatsuAgency, ShakyoAgency, PoliceAgency, CityAgency];
    private static readonly string[] Roles = [.. AppRoles.All];

    public sealed record Command(int Kind, int Agency, int Days, bool Flag);

    public sealed record Reader(int Role, int Agency, bool Pledged);

    private static readonly Gen<Command> Commands =
        from kind in Gen.Choose(0, 5)
        from agency in Gen.Choose(0, Agencies.Length - 1)
        from days in Gen.Choose(0, 40)
        from flag in Gen.Elements(true, false)
        select new Command(kind, agency, days, flag);

    private static readonly Gen<Reader> Readers =
        from role in Gen.Choose(0, Roles.Length - 1)
        from agency in Gen.Choose(0, Agencies.Length)
        from pledged in Gen.Elements(true, false)
        select new Reader(role, agency, pledged);

    private static readonly Gen<(bool Registered, Command[] Commands, Reader[] Readers, int Later)> Runs =
        from registered in Gen.Elements(true, false)
        from commands in Gen.ArrayOf(Commands)
        from readers in Gen.NonEmptyListOf(Readers)
        from later in Gen.Choose(0, 60)
        select (registered, commands, readers.ToArray(), later);

    [Fact]
    public void Outside_a_meeting_a_case_is_shown_in_full_exactly_when_c10_allows_and_each_unconsented_full_view_is_audited()
    {
        Prop.ForAll(Arb.From(Runs), run => Check(run.Registered, run.Commands, run.Readers, run.Later))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static bool Check(bool registered, Command[] commands, Reader[] readers, int later)
    {
        var supportCase = registered ? SupportCase.Register(CaseA, "ケースA-13", IntakeTests.Registration(), Houkatsu, At) : Case(CaseA);
        var roles = new List<Guid>();
        foreach (var command in commands) Try(() => Apply(command, supportCase, roles));

        var day = Today.AddDays(later);
        foreach (var r in readers)
        {
            var caller = new Caller(new Actor("reader", "読者"), new HashSet<string> { Roles[r.Role] }, r.Agency < Agencies.Length ? Agencies[r.Agency].Id : null);
            var reader = new CaseReader(caller, r.Pledged);
            var (sight, audit) = CaseGate.Disclose(supportCase, reader, day, At, "テスト");
            if (sight.IsFull != Allowed(supportCase, caller, r.Pledged, day)) return false;
            if ((audit is not null) != (sight.IsFull && !Consented(supportCase, day))) return false;
        }
        return true;
    }

    private static void Apply(Command command, SupportCase supportCase, List<Guid> roles)
    {
        var agency = Agencies[command.Agency];
        switch (command.Kind)
        {
            case 0:
                supportCase.GrantConsent(new ConsentGrant(Today, ConsentMethod.Written, [agency.Id], ConsentSigner.Person, null, null,
                    command.Flag ? Today.AddDays(command.Days) : null), Houkatsu, At);
                break;
            case 1:
                supportCase.RefuseConsent(Today, Houkatsu, At);
                break;
            case 2:
                supportCase.WithdrawConsent(Today, Houkatsu, At);
                break;
            case 3:
                supportCase.SetLeadAgency(agency, Chair, At);
                break;
            case 4:
                var role = Guid.NewGuid();
                supportCase.AssignRole(role, agency, "役割", Today.AddDays(command.Days), Today, null, Chair, At);
                roles.Add(role);
                break;
            case 5 when roles.Count > 0:
                supportCase.ChangeRoleStatus(roles[command.Days % roles.Count], command.Flag ? RoleStatus.Done : RoleStatus.InProgress, Chair, At);
                break;
        }
    }

    // C10 as domain.md words it: (a) 受付機関・主担当機関・未完了の役割, (b) 同意 not expired and the agency in its scope,
    // (c) 議長・事務局・コーディネーター with a standing pledge.
    private static bool Allowed(SupportCase c, Caller caller, bool pledged, DateOnly day)
    {
        if (caller.AgencyId is { } agency)
        {
            if (c.Intake?.ReceivingAgencyId == agency || c.LeadAgencyId == agency) return true;
            if (c.Roles.Any(r => r.AgencyId == agency && r.Status != RoleStatus.Done)) return true;
            if (Consented(c, day) && c.ConsentHistory[^1].Scope.Contains(agency)) return true;
        }
        return pledged && caller.Roles.Any(r => r is AppRoles.Chair or AppRoles.Secretariat or AppRoles.Coordinator);
    }

    private static bool Consented(SupportCase c, DateOnly day) =>
        c.ConsentHistory.Count > 0 && c.ConsentHistory[^1] is { State: ConsentState.Granted } last && (last.ExpiresOn is null || last.ExpiresOn >= day);

    private static void Try(Action action)
    {
        try { action(); }
        catch (DomainException) { /* a refused command changes nothing; the run goes on */ }
    }
}
