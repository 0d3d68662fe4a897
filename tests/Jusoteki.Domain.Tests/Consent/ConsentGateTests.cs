using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Consent;

/// <summary>The consent gate, rule by rule (C2, C3, C4, C6, C8, C9): who sees what of which case in which meeting.</summary>
public sealed class ConsentGateTests
{
    private static Visibility See(Meeting meeting, Participant? viewer, SupportCase supportCase) => ConsentGate.Decide(meeting, viewer, supportCase);

    private static Participant Pledged(Meeting meeting, MeetingRole role, Agency? agency = null, Guid[]? invitedFor = null)
    {
        var participant = Join(meeting, role, agency, invitedFor);
        meeting.RecordPledge(participant.Id, PledgeKind.ThisMeeting, Self(participant), At);
        return participant;
    }

    // ── 支援会議 (C3) ──

    [Theory]
    [InlineData(MeetingRole.Chair)]
    [InlineData(MeetingRole.Secretariat)]
    [InlineData(MeetingRole.Member)]
    public void In_a_support_meeting_a_pledged_member_sees_an_unconsented_case_in_full(MeetingRole role)
    {
        var unconsented = Case(consent: ConsentState.Refused);
        var meeting = NewMeeting(MeetingKind.SupportMeeting, unconsented);

        Assert.Equal(Visibility.Full, See(meeting, Pledged(meeting, role, CityAgency), unconsented));
    }

    [Fact]
    public void In_a_support_meeting_a_member_who_has_not_pledged_sees_an_unconsented_case_pseudonymised()
    {
        var unconsented = Case(consent: ConsentState.Unconfirmed);
        var meeting = NewMeeting(MeetingKind.SupportMeeting, unconsented);

        Assert.Equal(Visibility.Pseudonymised, See(meeting, Join(meeting, MeetingRole.Member, HoukatsuAgency), unconsented));
    }

    [Fact]
    public void A_standing_pledge_for_the_fiscal_year_counts_like_a_pledge_for_the_meeting()
    {
        var unconsented = Case(consent: ConsentState.Refused);
        var meeting = NewMeeting(MeetingKind.SupportMeeting, unconsented);
        var minsei = Join(meeting, MeetingRole.Member, ShakyoAgency);
        meeting.RecordPledge(minsei.Id, PledgeKind.StandingForFiscalYear, Self(minsei), At);

        Assert.Equal(Visibility.Full, See(meeting, minsei, unconsented));
    }

    [Theory]
    [InlineData(MeetingRole.Observer)]
    [InlineData(MeetingRole.ProfessionalGuest)]
    public void Observers_and_guests_see_an_unconsented_case_pseudonymised_even_after_pledging(MeetingRole role)
    {
        var unconsented = Case(consent: ConsentState.Withdrawn);
        var meeting = NewMeeting(MeetingKind.SupportMeeting, unconsented);

        Assert.Equal(Visibility.Pseudonymised, See(meeting, Pledged(meeting, role, HoukatsuAgency), unconsented));
    }

    [Fact]
    public void In_a_support_meeting_an_unpledged_member_within_the_consent_scope_sees_a_consented_case()
    {
        var consented = Case(consent: ConsentState.Granted, scope: HoukatsuAgency);
        var meeting = NewMeeting(MeetingKind.SupportMeeting, consented);

        Assert.Equal(Visibility.Full, See(meeting, Join(meeting, MeetingRole.Member, HoukatsuAgency), consented));
        Assert.Equal(Visibility.Pseudonymised, See(meeting, Join(meeting, MeetingRole.Member, ShakyoAgency), consented));
        Assert.Equal(Visibility.Pseudonymised, See(meeting, Join(meeting, MeetingRole.Observer, HoukatsuAgency), consented));
    }

    // ── 重層的支援会議 (C2, C4) ──

    [Fact]
    public void In_a_juusouteki_meeting_agencies_within_the_scope_see_the_case_and_those_outside_do_not()
    {
        var consented = Case(consent: ConsentState.Granted, scope: HoukatsuAgency);
        var meeting = NewMeeting(MeetingKind.MultiLayeredSupportMeeting, consented);

        Assert.Equal(Visibility.Full, See(meeting, Join(meeting, MeetingRole.Member, HoukatsuAgency), consented));
        Assert.Equal(Visibility.Full, See(meeting, Join(meeting, MeetingRole.ProfessionalGuest, HoukatsuAgency), consented));
        Assert.Equal(Visibility.Pseudonymised, See(meeting, Join(meeting, MeetingRole.Member, ShakyoAgency), consented));
        Assert.Equal(Visibility.Pseudonymised, See(meeting, Join(meeting, MeetingRole.ProfessionalGuest), consented));
        Assert.Equal(Visibility.Pseudonymised, See(meeting, Join(meeting, MeetingRole.Observer, HoukatsuAgency), consented));
    }

    [Theory]
    [InlineData(MeetingRole.Chair)]
    [InlineData(MeetingRole.Secretariat)]
    public void In_a_juusouteki_meeting_the_chair_and_secretariat_see_a_consented_case(MeetingRole role)
    {
        var consented = Case(consent: ConsentState.Granted, scope: HoukatsuAgency);
        var meeting = NewMeeting(MeetingKind.MultiLayeredSupportMeeting, consented);

        Assert.Equal(Visibility.Full, See(meeting, Join(meeting, role, CityAgency), consented));
    }

    [Fact]
    public void Withdrawing_consent_takes_the_case_out_of_the_juusouteki_meeting_at_once_for_everyone()
    {
        var consented = Case(consent: ConsentState.Granted, scope: HoukatsuAgency);
        var meeting = NewMeeting(MeetingKind.MultiLayeredSupportMeeting, consented);
        var chair = Join(meeting, MeetingRole.Chair, CityAgency);
        var member = Join(meeting, MeetingRole.Member, HoukatsuAgency);

        consented.WithdrawConsent(Today, Houkatsu, At);

        Assert.Equal(Visibility.Pseudonymised, See(meeting, chair, consented));
        Assert.Equal(Visibility.Pseudonymised, See(meeting, member, consented));
    }

    // ── 本人 (C4) ──

    [Theory]
    [InlineData(MeetingKind.SupportMeeting)]
    [InlineData(MeetingKind.MultiLayeredSupportMeeting)]
    public void The_person_sees_their_own_case_scoped_and_no_other_case(MeetingKind kind)
    {
        var own = Case(consent: ConsentState.Granted);
        var other = Case(pseudonym: "ケースA-02", consent: ConsentState.Granted);
        var meeting = NewMeeting(kind, own, other);
        var person = Join(meeting, MeetingRole.Person, personOf: own.Id);

        Assert.Equal(Visibility.Scoped, See(meeting, person, own));
        Assert.Equal(Visibility.Pseudonymised, See(meeting, person, other));
    }

    // ── invited per case (C9) ──

    [Fact]
    public void A_member_invited_for_one_case_sees_only_that_case_even_after_pledging()
    {
        var case3 = Case(pseudonym: "ケースA-03", consent: ConsentState.Unconfirmed);
        var case4 = Case(pseudonym: "ケースA-04", consent: ConsentState.Refused);
        var meeting = NewMeeting(MeetingKind.SupportMeeting, case3, case4);
        var police = Pledged(meeting, MeetingRole.Member, PoliceAgency, invitedFor: [case4.Id]);

        Assert.Equal(Visibility.Full, See(meeting, police, case4));
        Assert.Equal(Visibility.Pseudonymised, See(meeting, police, case3));
    }

    [Fact]
    public void A_member_invited_for_one_case_does_not_see_another_even_within_its_consent_scope()
    {
        var consented = Case(consent: ConsentState.Granted, scope: PoliceAgency);
        var invitedCase = Case(pseudonym: "ケースA-04");
        var meeting = NewMeeting(MeetingKind.MultiLayeredSupportMeeting, consented);
        var supportMeeting = NewMeeting(MeetingKind.SupportMeeting, consented, invitedCase);
        var police = Join(supportMeeting, MeetingRole.Member, PoliceAgency, invitedFor: [invitedCase.Id]);

        Assert.Equal(Visibility.Pseudonymised, See(supportMeeting, police, consented));
        Assert.Equal(Visibility.Pseudonymised, See(meeting, police, consented));
    }

    // ── outside the meeting ──

    [Fact]
    public void Someone_who_is_not_a_participant_sees_everything_pseudonymised()
    {
        var consented = Case(consent: ConsentState.Granted, scope: HoukatsuAgency);
        var meeting = NewMeeting(MeetingKind.SupportMeeting, consented);
        var elsewhere = NewMeeting(MeetingKind.SupportMeeting, consented);
        var memberOfAnotherMeeting = Pledged(elsewhere, MeetingRole.Member, HoukatsuAgency);

        Assert.Equal(Visibility.Pseudonymised, See(meeting, null, consented));
        Assert.Equal(Visibility.Pseudonymised, See(meeting, memberOfAnotherMeeting, consented));
    }

    [Fact]
    public void A_case_that_is_not_on_the_agenda_is_pseudonymised_even_for_a_pledged_member()
    {
        var onAgenda = Case();
        var notOnAgenda = Case(pseudonym: "ケースA-09");
        var meeting = NewMeeting(MeetingKind.SupportMeeting, onAgenda);

        Assert.Equal(Visibility.Pseudonymised, See(meeting, Pledged(meeting, MeetingRole.Member, HoukatsuAgency), notOnAgenda));
    }

    // ── minutes (C7) and aggregates (C8) ──

    [Fact]
    public void After_closing_a_pledged_participant_still_reads_the_case_and_a_reader_who_was_not_there_sees_it_redacted()
    {
        var unconsented = Case(consent: ConsentState.Refused);
        var meeting = NewMeeting(MeetingKind.SupportMeeting, unconsented);
        var member = Pledged(meeting, MeetingRole.Member, HoukatsuAgency);
        SeatChair(meeting);
        meeting.Open(Chair, At);
        meeting.CloseAll(Chair, At);

        Assert.Equal(Visibility.Full, See(meeting, member, unconsented));
        Assert.Equal(Visibility.Pseudonymised, See(meeting, null, unconsented));
    }

    [Fact]
    public void A_representatives_meeting_shows_no_personal_information_to_anyone()
    {
        var supportCase = Case(consent: ConsentState.Granted, scope: CityAgency);
        var meeting = NewMeeting(MeetingKind.RepresentativesMeeting);
        var chair = Join(meeting, MeetingRole.Chair, CityAgency);

        Assert.Equal(Visibility.Pseudonymised, See(meeting, chair, supportCase));
    }

    // ── what is handed out, and the audit (C6) ──

    [Fact]
    public void A_full_disclosure_carries_the_household_and_consultations()
    {
        var supportCase = Case(consent: ConsentState.Granted, scope: HoukatsuAgency);
        supportCase.RecordConsultation(new Consultation(Today, HoukatsuAgency.Id, "母から相談"), Houkatsu, At);
        var meeting = NewMeeting(MeetingKind.SupportMeeting, supportCase);

        var disclosure = ConsentGate.Disclose(meeting, Join(meeting, MeetingRole.Member, HoukatsuAgency), supportCase, At);

        Assert.Equal("緑川 健一", disclosure.Personal!.PersonName);
        Assert.Equal("緑川 トシ", Assert.Single(disclosure.Personal.Household).Name);
        Assert.Single(disclosure.Personal.Consultations);
        Assert.Null(disclosure.Audit);
    }

    [Fact]
    public void A_scoped_disclosure_carries_the_persons_own_name_only()
    {
        var supportCase = Case(consent: ConsentState.Refused);
        var meeting = NewMeeting(MeetingKind.SupportMeeting, supportCase);

        var disclosure = ConsentGate.Disclose(meeting, Join(meeting, MeetingRole.Person, personOf: supportCase.Id), supportCase, At);

        Assert.Equal(Visibility.Scoped, disclosure.Visibility);
        Assert.Equal("緑川 健一", disclosure.Personal!.PersonName);
        Assert.Empty(disclosure.Personal.Household);
        Assert.Empty(disclosure.Personal.Consultations);
    }

    [Fact]
    public void A_pseudonymised_disclosure_carries_no_personal_information_and_no_audit()
    {
        var supportCase = Case(consent: ConsentState.Refused);
        var meeting = NewMeeting(MeetingKind.SupportMeeting, supportCase);

        var disclosure = ConsentGate.Disclose(meeting, Join(meeting, MeetingRole.Member, HoukatsuAgency), supportCase, At);

        Assert.Equal((Visibility.Pseudonymised, "ケースA-01", "ケースA-01・50代男性・8050・ひきこもり"), (disclosure.Visibility, disclosure.Pseudonym, disclosure.PseudonymisedSummary));
        Assert.Null(disclosure.Personal);
        Assert.Null(disclosure.Audit);
    }

    [Fact]
    public void Showing_personal_information_of_an_unconsented_case_yields_an_audit_record_of_who_when_which_meeting()
    {
        var supportCase = Case(consent: ConsentState.Unconfirmed);
        var meeting = NewMeeting(MeetingKind.SupportMeeting, supportCase);
        var member = Pledged(meeting, MeetingRole.Member, HoukatsuAgency);

        var audit = ConsentGate.Disclose(meeting, member, supportCase, At).Audit;

        Assert.NotNull(audit);
        Assert.Equal((At, member.UserId, (Guid?)meeting.Id, (Guid?)supportCase.Id), (audit.At, audit.ActorId, audit.MeetingId, audit.CaseId));
        Assert.Equal("case.personal-information-shown", audit.Action);
        Assert.Equal("ケースA-01：全表示（同意：未確認）", audit.Detail);
    }
}
