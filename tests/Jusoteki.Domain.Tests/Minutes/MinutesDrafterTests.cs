using Jusoteki.Domain.Minutes;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;
using static Jusoteki.Domain.Tests.Minutes.MinutesFixtures;

namespace Jusoteki.Domain.Tests.Minutes;

/// <summary>The draft comes from what happened: the journal and the cases, nothing typed afterwards.</summary>
public sealed class MinutesDrafterTests
{
    private readonly Held _held = HeldAndClosed();

    private MinutesDocument Draft() => MinutesDrafter.Draft(_held.Journal, _held.Cases, AgencyNames);

    [Fact]
    public void The_header_names_the_meeting_its_legal_basis_times_chair_secretariat_and_each_attendee_with_pledge()
    {
        var header = Draft().Header;

        Assert.Equal(("令和8年12月 支援会議", "社会福祉法 第106条の6", Chair.DisplayName), (header.Title, header.LegalBasis, header.Chair));
        Assert.Equal((At.AddMinutes(1), At.AddHours(1)), (header.OpenedAt!.Value, header.ClosedAt!.Value));
        Assert.Equal(["事務局 伊藤"], header.Secretariat);
        Assert.Equal(
        [
            new MinutesAttendee(Chair.DisplayName, CityAgency.Name, "議長", "会場", "誓約済み"),
            new MinutesAttendee("事務局 伊藤", CityAgency.Name, "事務局", "会場", "誓約済み"),
            new MinutesAttendee(Houkatsu.DisplayName, HoukatsuAgency.Name, "構成員", "オンライン", "年度の包括的な誓約（令和8年度）"),
            new MinutesAttendee("警察署 高橋", PoliceAgency.Name, "構成員", "未確認", "未誓約"),
        ], header.Attendees);
    }

    [Fact]
    public void A_decided_case_carries_its_notes_decisions_roles_with_proposer_lead_review_date_and_gaps()
    {
        var section = Draft().Cases[0];

        Assert.Equal(("ケースA-01", "緑川 健一", "未確認"), (section.Pseudonym, section.PersonName, section.Consent));
        Assert.Equal([new MinutesNote(HoukatsuAgency.Name, "母の介護認定調査に同席。本人は在宅。")], section.AgencyNotes);
        Assert.Equal("見守りを継続し、母の介護サービス利用を入口に関係づくり", section.SupportPolicy);
        Assert.Equal([new MinutesRole(HoukatsuAgency.Name, "母への月1回の訪問", Due, true, Houkatsu.DisplayName, At.AddMinutes(6))], section.Roles);
        Assert.Equal((HoukatsuAgency.Name, (DateOnly?)Due), (section.LeadAgency, section.NextReviewDate));
        Assert.Equal(["ひきこもりの方が通える居場所が市北部にない"], section.ResourceGaps);
        Assert.False(section.Redacted);
    }

    [Fact]
    public void A_case_discussed_without_decisions_is_listed_empty_and_the_open_roles_close_the_minutes()
    {
        var draft = Draft();

        Assert.Equal(("ケースA-02", "", 0), (draft.Cases[1].Pseudonym, draft.Cases[1].SupportPolicy, draft.Cases[1].Roles.Count));
        Assert.Equal([new MinutesOpenRole("ケースA-01", HoukatsuAgency.Name, "母への月1回の訪問", Due, "未着手")], draft.OpenRoles);
    }

    [Fact]
    public void Drafting_twice_from_the_same_journal_gives_the_same_minutes()
    {
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(Draft()), System.Text.Json.JsonSerializer.Serialize(Draft()));
    }
}
