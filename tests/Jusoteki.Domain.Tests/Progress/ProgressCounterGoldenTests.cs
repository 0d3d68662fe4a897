using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Domain.Progress;
using static Jusoteki.Domain.Tests.Meetings.MeetingFixtures;
using I = Jusoteki.Domain.Progress.ProgressIndicator;

namespace Jusoteki.Domain.Tests.Progress;

/// <summary>
/// Golden: three case histories and six meetings of 令和8年度 (and its edges) → exactly these actuals, month by month
/// (April … March), counted on 2026-12-10.
/// </summary>
public sealed class ProgressCounterGoldenTests
{
    private static readonly Guid P = Guid.Parse("00000000-0000-0000-0000-0000000000f1");
    private static readonly Guid Q = Guid.Parse("00000000-0000-0000-0000-0000000000f2");
    private static readonly Guid S = Guid.Parse("00000000-0000-0000-0000-0000000000f3");
    private static readonly DateOnly CountedOn = new(2026, 12, 10);
    private static readonly AssessmentSheet Sheet = new([], "", "見守りが必要", AssessmentUrgency.Medium);

    private static readonly ProgressActuals Actuals = ProgressCounter.Count(2026, History(), Meetings(), CountedOn);

    public static TheoryData<I, int?[], int?> Expected() => new()
    {
        { I.SupportMeetingsHeld, [0, 0, 1, 0, 0, 0, 0, 0, 2, null, null, null], 3 },
        { I.MultiLayeredMeetingsHeld, [0, 0, 1, 0, 0, 0, 0, 0, 0, null, null, null], 1 },
        { I.NewConsultations, [0, 1, 0, 0, 0, 0, 0, 1, 0, null, null, null], 2 },
        { I.AssessmentSheets, [0, 1, 0, 0, 0, 0, 0, 0, 0, null, null, null], 1 },
        { I.CasesInSupportMeetings, [0, 0, 2, 0, 0, 0, 0, 0, 1, null, null, null], 3 },
        { I.UnconsentedCasesInSupportMeetings, [0, 0, 1, 0, 0, 0, 0, 0, 1, null, null, null], 2 },
        { I.CasesInMultiLayeredMeetings, [0, 0, 1, 0, 0, 0, 0, 0, 0, null, null, null], 1 },
        { I.PlansDrafted, [0, 0, 1, 0, 0, 0, 0, 0, 0, null, null, null], 1 },
        { I.PlansAdopted, [0, 0, 1, 0, 0, 0, 0, 0, 0, null, null, null], 1 },
        { I.Closed, [0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null], 0 },
        { I.ContinuedConnection, [0, 0, 0, 0, 0, 0, 0, 1, 0, null, null, null], 1 },
        { I.OutreachCases, [1, 0, 0, 0, 0, 0, 0, 1, 0, null, null, null], 2 },
        { I.ParticipationNew, [0, 0, 1, 0, 0, 0, 0, 0, 0, null, null, null], 1 },
        { I.ParticipationFollowUps, [0, 0, 0, 0, 0, 1, 0, 0, 0, null, null, null], 1 },
        { I.ParticipationPartners, [0, 0, 1, 0, 0, 0, 0, 0, 0, null, null, null], 1 },
        { I.LeadAgencyShare, [null, null, 50, 50, 50, 50, 100, 100, 67, null, null, null], 67 },
        { I.RolesDoneOnTime, [null, null, null, 100, 50, 50, 50, 50, 50, null, null, null], 50 },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_indicator_counts_exactly_the_expected_actuals_per_month(I indicator, int?[] monthly, int? toDate)
    {
        var actual = Actuals[indicator];

        Assert.Equal(monthly, actual.Monthly);
        Assert.Equal(toDate, actual.ToDate);
    }

    [Fact]
    public void Every_indicator_is_in_the_golden_set_and_counted_until_the_day()
    {
        Assert.Equal(ProgressIndicators.All.Count, Expected().Count);
        Assert.Equal(CountedOn, Actuals.CountedUntil);
    }

    [Fact]
    public void The_evidence_names_the_cases_behind_each_number()
    {
        Assert.Equal([Q, S], Actuals[I.UnconsentedCasesInSupportMeetings].Evidence.SelectMany(e => e.CaseIds));
        Assert.Equal([P, Q], Actuals[I.SupportMeetingsHeld].Evidence[0].CaseIds);
        Assert.Equal([P], Actuals[I.ParticipationFollowUps].Evidence.Single().CaseIds);
        // The share's evidence keeps the cases that do not (yet) meet it: S has no 主担当.
        Assert.Equal([false, true, true], Actuals[I.LeadAgencyShare].Evidence.Select(e => e.IsMetOn(CountedOn)).OrderBy(x => x));
    }

    [Fact]
    public void Counting_only_the_kinds_of_event_it_reads_gives_the_same_numbers_and_other_kinds_change_nothing()
    {
        var history = History().ToList();
        var at = new DateTimeOffset(2026, 6, 1, 10, 0, 0, JapanTime.Offset);
        List<CaseHistoryEntry> withOthers = [.. history, new(P, 100, at, Chair, new StageChanged(LifecycleStage.InSupport)),
            new(P, 101, at, Chair, new ReviewDateSet(new(2026, 7, 1), Guid.NewGuid())), new(Q, 100, at, Chair, new RoleProgressNoted(Guid.NewGuid(), "連絡した"))];

        var fromRead = ProgressCounter.Count(2026, withOthers.Where(e => ProgressCounter.EventsRead.Contains(e.Event.GetType().Name)), Meetings(), CountedOn);
        var fromAll = ProgressCounter.Count(2026, withOthers, Meetings(), CountedOn);

        // Every kind the golden history holds is one the counter reads: dropping any from EventsRead would change a number here.
        Assert.All(history, e => Assert.Contains(e.Event.GetType().Name, ProgressCounter.EventsRead));
        Assert.All(Actuals.Indicators, a =>
        {
            Assert.Equal(a.Monthly, fromRead[a.Indicator].Monthly);
            Assert.Equal(a.ToDate, fromRead[a.Indicator].ToDate);
        });
        Assert.All(Actuals.Indicators, a =>
        {
            Assert.Equal(a.Monthly, fromAll[a.Indicator].Monthly);
            Assert.Equal(a.ToDate, fromAll[a.Indicator].ToDate);
        });
    }

    [Fact]
    public void A_year_that_has_not_begun_counts_nothing_and_a_past_year_counts_all_twelve_months()
    {
        var next = ProgressCounter.Count(2027, History(), Meetings(), CountedOn);
        var last = ProgressCounter.Count(2025, History(), Meetings(), CountedOn);

        Assert.All(next.Indicators, i => Assert.All(i.Monthly, Assert.Null));
        Assert.Equal(0, next[I.SupportMeetingsHeld].ToDate);
        Assert.Null(next[I.LeadAgencyShare].ToDate);
        Assert.Equal(1, last[I.SupportMeetingsHeld].ToDate);
        Assert.Equal(1, last[I.NewConsultations].ToDate);
        Assert.Equal(12, last[I.NewConsultations].Monthly.Count(m => m is not null));
    }

    private static IEnumerable<CaseHistoryEntry> History()
    {
        var seq = new Dictionary<Guid, long>();
        CaseHistoryEntry E(Guid id, int y, int m, int d, CaseEvent e)
        {
            seq[id] = seq.GetValueOrDefault(id) + 1;
            return new(id, seq[id], new DateTimeOffset(y, m, d, 10, 0, 0, JapanTime.Offset), Chair, e);
        }
        IntakeDetails Intake(int y, int m, int d) => new(new(y, m, d), HoukatsuAgency.Id, ConsultationRoute.Person, "主訴", null, "", false);
        CaseOpened Opened(string name, IntakeDetails intake) => new(name, "氏名", "50代", "男性", [], [], [], intake);
        var (r1, r2, r3, r4) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        return
        [
            E(P, 2026, 5, 10, Opened("ケースP", Intake(2026, 5, 10))),
            E(P, 2026, 5, 10, new ConsentGranted(new(2026, 5, 10), ConsentMethod.Written, [HoukatsuAgency.Id])),
            E(P, 2026, 5, 20, new AssessmentCompleted(new(1, new(2026, 5, 20), HoukatsuAgency.Id, "佐藤", Sheet))),
            E(P, 2026, 6, 1, new FlagsChanged(false, false, true)),
            E(P, 2026, 6, 15, new LeadAgencySet(HoukatsuAgency.Id)),
            E(P, 2026, 6, 15, new RoleAssigned(r1, ShakyoAgency.Id, "居場所の見学", new(2026, 7, 31), null)),
            E(P, 2026, 6, 15, new PlanDrafted(Guid.NewGuid(), 1, [])),
            E(P, 2026, 6, 15, new PlanAdopted(Guid.NewGuid(), Guid.NewGuid())),
            E(P, 2026, 7, 1, new ConsultationRecorded(new(new(2026, 7, 1), ShakyoAgency.Id, "見学", ContactKind.Visit))),
            E(P, 2026, 7, 20, new RoleStatusChanged(r1, RoleStatus.Done)),
            E(P, 2026, 9, 1, new AssessmentCompleted(new(2, new(2026, 9, 1), HoukatsuAgency.Id, "佐藤", Sheet))),
            E(P, 2026, 9, 15, new ConsultationRecorded(new(new(2026, 9, 15), ShakyoAgency.Id, "定着の確認", ContactKind.Phone))),
            E(P, 2026, 10, 1, new PlanDrafted(Guid.NewGuid(), 2, [])),

            E(Q, 2026, 3, 20, Opened("ケースQ", Intake(2026, 3, 20))),
            E(Q, 2026, 3, 20, new ConsentRefused(new(2026, 3, 20))),
            E(Q, 2026, 2, 1, new FlagsChanged(false, true, false)),
            E(Q, 2026, 6, 15, new RoleAssigned(r2, HoukatsuAgency.Id, "訪問", new(2026, 8, 31), null)),
            E(Q, 2026, 6, 15, new RoleAssigned(r3, HoukatsuAgency.Id, "電話", new(2026, 11, 30), null)),
            E(Q, 2026, 9, 5, new RoleStatusChanged(r2, RoleStatus.Done)),
            E(Q, 2026, 10, 1, new RoleWithdrawn(r3, "不要になった", null)),
            E(Q, 2026, 10, 20, new LeadAgencySet(HoukatsuAgency.Id)),
            E(Q, 2026, 11, 10, new CaseEnded(LifecycleStage.ContinuedConnection, "評価")),

            E(S, 2026, 11, 5, Opened("ケースS", Intake(2026, 11, 5))),
            E(S, 2026, 11, 5, new ConsentGranted(new(2026, 11, 5), ConsentMethod.Oral, [HoukatsuAgency.Id], ExpiresOn: new(2026, 11, 30))),
            E(S, 2026, 11, 6, new FlagsChanged(true, true, false)),
            E(S, 2026, 11, 6, new RoleAssigned(r4, HoukatsuAgency.Id, "訪問", new(2027, 1, 31), null)),
        ];
    }

    private static IEnumerable<Meeting> Meetings()
    {
        Meeting Held(MeetingKind kind, int y, int m, int d, bool close, params Guid[] agenda)
        {
            var at = new DateTimeOffset(y, m, d, 14, 0, 0, JapanTime.Offset);
            var meeting = Meeting.Schedule(Guid.NewGuid(), kind, "会議", at, "会議室", Chair, at.AddDays(-1));
            var cases = agenda.Select(id => Case(id, "ケース", kind == MeetingKind.MultiLayeredSupportMeeting ? ConsentState.Granted : ConsentState.Unconfirmed)).ToList();
            foreach (var c in cases) meeting.AddToAgenda(c, Chair, at);
            SeatChair(meeting);
            if (!close) return meeting;
            meeting.Open(Chair, at);
            meeting.Close(cases, Chair, at.AddHours(1));
            return meeting;
        }
        return
        [
            Held(MeetingKind.SupportMeeting, 2026, 6, 10, true, P, Q),
            Held(MeetingKind.MultiLayeredSupportMeeting, 2026, 6, 15, true, P),
            Held(MeetingKind.SupportMeeting, 2026, 12, 3, true, Q, S),
            Held(MeetingKind.SupportMeeting, 2026, 12, 17, false, P),
            // Closed ahead of its day (20th): held, counted on the day counted.
            Held(MeetingKind.SupportMeeting, 2026, 12, 20, true, P),
            Held(MeetingKind.SupportMeeting, 2025, 12, 1, true, P),
        ];
    }
}
