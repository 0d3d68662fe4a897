using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Meetings;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Consent;

/// <summary>The journal as each viewer receives it: what the gate withholds never leaves, and the sequence stays whole.</summary>
public sealed class JournalRedactionTests
{
    private readonly Meeting _meeting = InSession();
    private readonly List<JournalEntry> _entries = [];

    public JournalRedactionTests()
    {
        var a = CaseIn(_meeting, CaseA);
        _entries.Add(_meeting.EditSupportPolicy(a, "母の介護サービスを入口に", 0, Houkatsu, At));
        _entries.Add(_meeting.EditAgencyNote(a, HoukatsuAgency.Id, "緑川トシさん宅を訪問", 0, Houkatsu, At));
        _entries.Add(_meeting.AssignRole(a, Guid.NewGuid(), HoukatsuAgency, "月1回の訪問", Today, Today, Houkatsu, At));
        _entries.Add(_meeting.NoteResourceGap(a, "居場所が市北部にない", Houkatsu, At));
    }

    [Fact]
    public void A_pseudonymised_viewer_gets_each_entry_about_the_case_withheld_with_its_sequence_number()
    {
        var unpledged = Join(_meeting, MeetingRole.Member, ShakyoAgency);

        var received = _entries.Select(e => JournalRedaction.For(e, _meeting, unpledged, Cases())).ToList();

        Assert.Equal(_entries.Select(e => e.Sequence), received.Select(e => e.Sequence));
        Assert.All(received, e => Assert.Equal(new CaseContentWithheld(CaseA), e.Event));
    }

    [Fact]
    public void A_viewer_who_sees_the_case_in_full_gets_every_entry_as_it_is()
    {
        var received = _entries.Select(e => JournalRedaction.For(e, _meeting, _meeting.ParticipantOf(Houkatsu.Id), Cases())).ToList();

        Assert.Equal(_entries, received);
    }

    [Fact]
    public void The_person_sees_what_was_decided_for_them_but_not_the_agencies_records()
    {
        var received = _entries.Select(e => JournalRedaction.For(e, _ => Visibility.Scoped)).ToList();

        Assert.IsType<SupportPolicyEdited>(received[0].Event);
        Assert.Equal(new CaseContentWithheld(CaseA), received[1].Event);
        Assert.IsType<RoleAssignedInMeeting>(received[2].Event);
    }

    [Fact]
    public void The_name_of_a_person_attending_is_given_only_to_those_who_may_see_their_case()
    {
        var supportCase = Case(consent: ConsentState.Granted);
        var meeting = NewMeeting(MeetingKind.MultiLayeredSupportMeeting, supportCase);
        var joined = meeting.AddParticipant(Guid.NewGuid(), "青葉 さくら", null, null, MeetingRole.Person, [], supportCase.Id, Chair, At);

        var hidden = JournalRedaction.For(joined, _ => Visibility.Pseudonymised);
        var shown = JournalRedaction.For(joined, _ => Visibility.Full);

        Assert.Equal(JournalRedaction.PersonPlaceholder, ((ParticipantAdded)hidden.Event).DisplayName);
        Assert.Equal("青葉 さくら", ((ParticipantAdded)shown.Event).DisplayName);
    }

    [Fact]
    public void Entries_that_are_about_no_case_pass_unchanged()
    {
        var focus = _meeting.SetFocus(CaseA, Chair, At);

        Assert.Equal(focus, JournalRedaction.For(focus, _ => Visibility.Pseudonymised));
    }

    private Dictionary<Guid, SupportCase> Cases() => CasesIn(_meeting).ToDictionary(c => c.Id);
}
