using Jusoteki.Domain.Consent;
using Jusoteki.Domain.Minutes;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;
using static Jusoteki.Domain.Tests.Minutes.MinutesFixtures;

namespace Jusoteki.Domain.Tests.Minutes;

/// <summary>C7 — the same minutes, read by an entitled and by a non-entitled reader.</summary>
public sealed class MinutesRedactionTests
{
    private readonly MinutesDocument _draft;

    public MinutesRedactionTests()
    {
        var held = HeldAndClosed();
        _draft = MinutesDrafter.Draft(held.Journal, held.Cases, AgencyNames);
    }

    [Fact]
    public void A_reader_the_gate_does_not_entitle_gets_each_case_as_its_pseudonym_summary_and_a_visible_redaction()
    {
        var read = MinutesRedaction.For(_draft, _ => Visibility.Pseudonymised);

        var section = read.Cases[0];
        Assert.True(section.Redacted);
        Assert.Equal(("ケースA-01", "ケースA-01・50代男性・8050・ひきこもり"), (section.Pseudonym, section.Summary));
        Assert.Null(section.PersonName);
        Assert.Empty(section.Roles);
        Assert.Empty(read.OpenRoles);
        var everything = System.Text.Json.JsonSerializer.Serialize(read, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.DoesNotContain("緑川", everything);
        Assert.DoesNotContain("母", everything);
    }

    [Fact]
    public void An_entitled_reader_gets_the_minutes_as_drafted_and_the_person_gets_no_agency_records()
    {
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(_draft), System.Text.Json.JsonSerializer.Serialize(MinutesRedaction.For(_draft, _ => Visibility.Full)));
        Assert.Empty(MinutesRedaction.For(_draft, _ => Visibility.Scoped).Cases[0].AgencyNotes);
    }

    [Fact]
    public void Each_case_is_decided_on_its_own()
    {
        var read = MinutesRedaction.For(_draft, caseId => caseId == CaseA ? Visibility.Pseudonymised : Visibility.Full);

        Assert.Equal([true, false], read.Cases.Select(c => c.Redacted));
    }

    [Fact]
    public void A_person_who_attended_is_named_only_to_readers_who_may_see_their_case()
    {
        var withPerson = _draft with
        {
            Header = _draft.Header with { Attendees = [.. _draft.Header.Attendees, new MinutesAttendee("緑川 健一", "—", "本人", "会場", "—", CaseA)] },
        };

        Assert.Equal("本人", MinutesRedaction.For(withPerson, _ => Visibility.Pseudonymised).Header.Attendees[^1].Name);
        Assert.Equal("緑川 健一", MinutesRedaction.For(withPerson, _ => Visibility.Scoped).Header.Attendees[^1].Name);
    }

    [Fact]
    public void Open_roles_withheld_from_a_reader_are_counted_and_nothing_of_them_is_kept()
    {
        Assert.NotEmpty(_draft.OpenRoles);

        var read = MinutesRedaction.For(_draft, _ => Visibility.Pseudonymised);

        Assert.Empty(read.OpenRoles);
        Assert.Equal(_draft.OpenRoles.Count, read.WithheldOpenRoles);
        Assert.Equal(0, MinutesRedaction.For(_draft, _ => Visibility.Full).WithheldOpenRoles);
        Assert.Equal(0, MinutesRedaction.For(_draft, _ => Visibility.Scoped).WithheldOpenRoles);
    }

    [Fact]
    public void Agency_notes_withheld_from_a_reader_within_the_consent_scope_are_counted()
    {
        Assert.NotEmpty(_draft.Cases[0].AgencyNotes);

        var section = MinutesRedaction.For(_draft, _ => Visibility.Scoped).Cases[0];

        Assert.Equal((0, _draft.Cases[0].AgencyNotes.Count), (section.AgencyNotes.Count, section.WithheldAgencyNotes));
        Assert.Equal(0, MinutesRedaction.For(_draft, _ => Visibility.Full).Cases[0].WithheldAgencyNotes);
    }
}
