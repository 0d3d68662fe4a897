using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Progress;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;

namespace Jusoteki.Domain.Tests.Progress;

/// <summary>The state's yearly list: the reported fields per case, nothing that names a person, 年代・性別 only in groups of three or more.</summary>
public sealed class StateReportTests
{
    private static readonly DateOnly Today = new(2026, 12, 10);
    private static long _seq;

    private static IEnumerable<CaseHistoryEntry> Case(Guid id, DateOnly received, string ageBand, string sex, bool consent, params CaseEvent[] more)
    {
        var at = new DateTimeOffset(received.ToDateTime(new TimeOnly(10, 0)), JapanTime.Offset);
        yield return new(id, ++_seq, at, Chair, new CaseOpened("ケースX", "山川 花子", ageBand, sex, [Field.Elderly], [IssueTag.Issue8050],
            [new("山川 一郎", "長男", "50代", "")], new IntakeDetails(received, HoukatsuAgency.Id, ConsultationRoute.Neighbour, "郵便物がたまっている", new(1950, 1, 1), "みどり市北町1-1", consent)));
        foreach (var e in more) yield return new(id, ++_seq, at.AddDays(1), Chair, e);
    }

    private static IReadOnlyList<string[]> Rows() => StateReport.Rows(2026,
    [
        .. Case(Guid.NewGuid(), new(2026, 5, 10), "70代", "女性", false, new FlagsChanged(true, true, false)),
        .. Case(Guid.NewGuid(), new(2026, 6, 1), "70代", "女性", true, new CaseEnded(LifecycleStage.Closed, "評価")),
        .. Case(Guid.NewGuid(), new(2026, 7, 1), "70代", "女性", false),
        .. Case(Guid.NewGuid(), new(2026, 8, 1), "20代", "男性", false, new FlagsChanged(false, false, true)),
        .. Case(Guid.NewGuid(), new(2025, 8, 1), "30代", "男性", false),
    ], [], Today);

    [Fact]
    public void Each_case_received_in_the_year_is_one_row_with_the_reported_fields()
    {
        var rows = Rows();

        Assert.Equal(4, rows.Count);
        Assert.Equal(["1", "新規", "令和8年5月", "地域住民", "高齢", "8050", "70代", "女性", "緊急", "無", "", "", "", "継続中", "有", ""], rows[0]);
        Assert.Equal(("有", "終結"), (rows[1][9], rows[1][13]));
        Assert.Equal("有", rows[3][15]);
        Assert.All(rows, r => Assert.Equal(StateReport.Columns.Length, r.Length));
    }

    [Fact]
    public void Age_band_and_sex_are_withheld_where_fewer_than_three_cases_share_them()
    {
        var lone = Rows()[3];

        Assert.Equal((StateReport.Withheld, StateReport.Withheld), (lone[6], lone[7]));
    }

    [Fact]
    public void No_row_holds_a_name_an_address_a_birth_date_a_pseudonym_or_the_complaint()
    {
        var text = string.Join("\n", Rows().SelectMany(r => r));

        foreach (var personal in new[] { "山川", "みどり市", "1950", "ケースX", "郵便物", "10日" }) Assert.DoesNotContain(personal, text);
    }
}
