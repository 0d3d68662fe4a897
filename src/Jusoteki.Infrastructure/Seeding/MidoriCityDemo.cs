using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;
using Jusoteki.Domain.Progress;
using Jusoteki.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Seeding;

/// <summary>
/// The fictional みどり市: its agencies, twelve invented households (every issue tag, every consent state), a closed
/// November 支援会議 whose roles are now partly overdue, and the December 支援会議 and 重層的支援会議 of scenarios.md.
/// Everything is built through the domain, so the demo obeys the same rules as real use. Seeding adds only what is
/// missing, so a second start changes nothing.
/// </summary>
public static class MidoriCityDemo
{
    /// <summary>令和8年12月 支援会議 — fixed so that links and tests can name it.</summary>
    public static readonly Guid DecemberSupportMeetingId = Guid.Parse("5d1c0a7e-2026-4c10-8a12-000000001210");

    /// <summary>令和8年12月 重層的支援会議, right after the 支援会議.</summary>
    public static readonly Guid DecemberMultiLayeredMeetingId = Guid.Parse("5d1c0a7e-2026-4c10-8a12-000000001211");

    /// <summary>令和8年10月 支援会議, closed, A-17 (decisions that now follow those cases).</summary>
    public static readonly Guid OctoberSupportMeetingId = Guid.Parse("5d1c0a7e-2026-4c10-8a12-000000001008");

    /// <summary>令和8年11月 支援会議, already closed.</summary>
    public static readonly Guid NovemberSupportMeetingId = Guid.Parse("5d1c0a7e-2026-4c10-8a12-000000001112");

    /// <summary>The six cases of the December 支援会議, in agenda order (scenarios.md).</summary>
    public static readonly string[] DecemberSupportMeetingCases = ["A-01", "A-02", "A-03", "A-04", "A-05", "A-06"];

    public static readonly string[] DecemberMultiLayeredMeetingCases = ["A-02", "A-05", "A-08", "A-09"];

    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);
    private static readonly Actor Secretariat = new("jimukyoku", "福祉総務課 伊藤");

    public static IReadOnlyList<Agency> Agencies { get; } =
    [
        Agency("shakai-fukushi-ka", "社会福祉課", Field.Community, OperationForm.Direct),
        Agency("fukushi-somu-ka", "福祉総務課", Field.Community, OperationForm.Direct),
        Agency("houkatsu-chuo", "地域包括支援センター中央", Field.Elderly, OperationForm.Contracted),
        Agency("zaitaku-kita", "在宅介護支援センター北", Field.Elderly, OperationForm.Contracted),
        Agency("shougai-soudan", "障がい者相談支援センター", Field.Disability, OperationForm.Contracted),
        Agency("kodomo-katei", "こども家庭センター", Field.Children, OperationForm.Direct),
        Agency("kosodate-shien", "子育て支援センター", Field.Children, OperationForm.Contracted),
        Agency("seikatsu-support", "生活サポートセンター（自立相談支援機関）", Field.Poverty, OperationForm.Contracted),
        Agency("shakyo", "みどり市社会福祉協議会", Field.Community, OperationForm.Contracted),
        Agency("minsei-kita", "民生委員・児童委員（北地区）", Field.Community, OperationForm.Appointed),
        Agency("hoken-yobou", "保健予防課", Field.Health, OperationForm.Direct),
        Agency("shidou-ka", "指導課", Field.Education, OperationForm.Direct),
        Agency("hogo-ka", "保護課", Field.Poverty, OperationForm.Direct),
        Agency("police", "みどり警察署 生活安全課", Field.Community, OperationForm.External),
        Agency("jidou-soudan", "児童相談所", Field.Children, OperationForm.External),
    ];

    public static Guid AgencyId(string key) => DemoIds.For("agency/" + key);

    public static Guid CaseId(string number) => DemoIds.For("case/" + number);

    public static Guid ParticipantId(Guid meetingId, string userId) => DemoIds.For($"participant/{meetingId}/{userId}");

    /// <summary>Builds the demo cases afresh: each call returns new aggregates with their whole history uncommitted.</summary>
    public static IReadOnlyList<SupportCase> BuildCases()
    {
        var cases = new List<SupportCase>
        {
            Case("A-01", "緑川 健一", "50代", "男性", [Field.Elderly, Field.Disability], [IssueTag.Issue8050, IssueTag.Hikikomori],
                [new("緑川 トシ", "母", "80代", "要介護2、膝の痛みで外出が減っている")]),
            Case("A-02", "青葉 さくら", "30代", "女性", [Field.Elderly, Field.Children], [IssueTag.DoubleCare],
                [new("青葉 正男", "父", "70代", "認知症（要介護1）"), new("青葉 そら", "長男", "4歳", "保育所入所待ち"), new("青葉 ひな", "長女", "2歳", "")]),
            Case("A-03", "若葉 ゆい", "10代", "女性", [Field.Children, Field.Education], [IssueTag.YoungCarer],
                [new("若葉 美香", "母", "40代", "精神疾患で通院中")]),
            Case("A-04", "森山 昭", "70代", "男性", [Field.Elderly], [IssueTag.SelfNeglect], []),
            Case("A-05", "林 拓海", "30代", "男性", [Field.Disability], [IssueTag.Hikikomori],
                [new("林 健", "父", "60代", "就労中"), new("林 和代", "母", "60代", "")]),
            Case("A-06", "北村 美和", "40代", "女性", [Field.Poverty, Field.Children], [IssueTag.Poverty, IssueTag.SystemGap],
                [new("北村 陽太", "長男", "10代", "中学2年、不登校")]),
            Case("A-07", "東 浩二", "60代", "男性", [Field.Poverty], [IssueTag.Poverty], []),
            Case("A-08", "南 和子", "80代", "女性", [Field.Elderly, Field.Disability], [IssueTag.Issue8050],
                [new("南 誠", "長男", "50代", "離職後に自宅で過ごす")]),
            Case("A-09", "西田 蓮", "10代", "男性", [Field.Children], [IssueTag.YoungCarer, IssueTag.SchoolRefusal],
                [new("西田 奈々", "母", "30代", "夜勤の仕事"), new("西田 光", "妹", "6歳", "")]),
            Case("A-10", "中川 スミ", "80代", "女性", [Field.Elderly], [IssueTag.SelfNeglect], []),
            Case("A-11", "山口 由美", "40代", "女性", [Field.Elderly, Field.Children], [IssueTag.DoubleCare],
                [new("山口 清", "義父", "80代", "要介護3"), new("山口 蒼", "長男", "小学3年", "")]),
            Case("A-12", "石田 翔", "20代", "男性", [Field.Health, Field.Disability], [IssueTag.SystemGap, IssueTag.MentalHealth],
                [new("石田 恵子", "母", "50代", "")]),
        };
        cases.AddRange(BuildBetweenMeetingCases());
        var byNumber = cases.ToDictionary(c => c.Pseudonym["ケース".Length..]);

        // Every consent state (C1): 不同意, 同意 with a scope, 未確認, 撤回.
        Refuse(byNumber["A-01"], "houkatsu", "地域包括 佐藤", new(2026, 9, 18));
        Grant(byNumber["A-02"], "houkatsu", "地域包括 佐藤", new(2026, 10, 2), ConsentMethod.Written, "houkatsu-chuo", "kodomo-katei", "shakyo");
        Refuse(byNumber["A-04"], "houkatsu", "地域包括 佐藤", new(2026, 10, 20));
        Grant(byNumber["A-05"], "shougai", "障がい相談 田中", new(2026, 8, 25), ConsentMethod.Written, "shougai-soudan", "shakyo", "seikatsu-support");
        Grant(byNumber["A-07"], "seikatsu", "生活サポート 木村", new(2026, 6, 10), ConsentMethod.Oral, "seikatsu-support", "hogo-ka");
        Withdraw(byNumber["A-07"], "seikatsu", "生活サポート 木村", new(2026, 11, 5));
        Grant(byNumber["A-08"], "houkatsu", "地域包括 佐藤", new(2026, 7, 30), ConsentMethod.Written, "houkatsu-chuo", "shougai-soudan", "shakyo", "minsei-kita");
        Grant(byNumber["A-09"], "kodomo", "こども家庭 中村", new(2026, 10, 15), ConsentMethod.Written, "kodomo-katei", "shidou-ka", "shakyo");
        Refuse(byNumber["A-10"], "zaitaku", "在宅介護 小林", new(2026, 10, 8));
        Grant(byNumber["A-11"], "houkatsu", "地域包括 佐藤", new(2026, 5, 12), ConsentMethod.Written, "houkatsu-chuo", "kosodate-shien");
        Withdraw(byNumber["A-11"], "houkatsu", "地域包括 佐藤", new(2026, 9, 30));
        Refuse(byNumber["A-12"], "hoken", "保健予防課 加藤", new(2026, 11, 2));

        var intake = At(2026, 9, 1);
        foreach (var c in cases.Take(12))
        {
            c.RecordConsultation(new Consultation(new(2026, 9, 1), AgencyId("fukushi-somu-ka"), "総合相談窓口で受付。"), Secretariat, intake);
            c.MoveTo(LifecycleStage.Assessment, Secretariat, intake);
            c.MoveTo(LifecycleStage.Meeting, Secretariat, intake);
        }
        // 支援経過記録 between meetings (scenarios.md §9).
        Contact(byNumber["A-01"], "houkatsu", new(2026, 11, 18), ContactKind.Visit, "母の介護認定調査に同席。本人は在宅、声かけに応答なし。");
        Contact(byNumber["A-02"], "kodomo", new(2026, 11, 20), ContactKind.Phone, "保育所の一時預かりの空きを案内。来週見学の予定。");
        Contact(byNumber["A-03"], "shidou", new(2026, 11, 26), ContactKind.Interview, "スクールカウンセラーが面談。家事の負担が大きい様子。");
        Contact(byNumber["A-04"], "houkatsu", new(2026, 11, 27), ContactKind.Visit, "玄関先で短時間会話。暖房器具がないとのこと。");
        Contact(byNumber["A-05"], "shougai", new(2026, 11, 25), ContactKind.Visit, "訪問。本人が玄関まで出てきた。就労体験に少し関心。");
        Contact(byNumber["A-06"], "seikatsu", new(2026, 11, 16), ContactKind.Consultation, "家計相談。滞納している公共料金を確認。");
        Contact(byNumber["A-08"], "seikatsu", new(2026, 11, 30), ContactKind.Phone, "長男に就労相談の日程を電話で案内。留守電。");
        Contact(byNumber["A-09"], "kodomo", new(2026, 11, 19), ContactKind.CaseConference, "学校と情報共有。欠席が続いている。");
        Contact(byNumber["A-12"], "hoken", new(2026, 11, 10), ContactKind.Visit, "保健師が訪問。通院は継続している。");
        byNumber["A-04"].SetFlags(urgent: true, outreach: true, participationSupport: false, Secretariat, At(2026, 11, 20));
        byNumber["A-05"].SetFlags(urgent: false, outreach: true, participationSupport: true, Secretariat, At(2026, 10, 1));
        return cases;
    }

    public static async Task SeedAsync(JusotekiDbContext db, CancellationToken ct = default)
    {
        var agencyIds = await db.Agencies.Select(a => a.Id).ToListAsync(ct);
        db.Agencies.AddRange(Agencies.Where(a => !agencyIds.Contains(a.Id)));

        var cases = BuildCases().ToDictionary(c => c.Pseudonym["ケース".Length..]);
        var meetings = BuildMeetings(cases);

        var caseIds = await db.SupportCases.Select(c => c.Id).ToListAsync(ct);
        foreach (var c in cases.Values.Where(c => !caseIds.Contains(c.Id)))
        {
            db.SupportCases.Add(c);
            db.CaseHistory.AddRange(c.UncommittedEntries.Select(JournalEventSerializer.ToRecord));
        }
        var meetingIds = await db.Meetings.Select(m => m.Id).ToListAsync(ct);
        foreach (var m in meetings.Where(m => !meetingIds.Contains(m.Id)))
        {
            db.Meetings.Add(m);
            db.Journal.AddRange(m.UncommittedEntries.Select(JournalEventSerializer.ToRecord));
        }
        if (!await db.ProgressTargets.AnyAsync(t => t.FiscalYear == TargetsYear, ct))
            db.ProgressTargets.AddRange(Targets.Select(t => new ProgressTarget(
                ProgressTargetRules.Validate(TargetsYear, t.Key.ToString(), t.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), null, new(2026, 4, 1)),
                Secretariat.DisplayName, At(2026, 4, 1))));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>令和8年度 — the year the demo's targets are set for.</summary>
    public const int TargetsYear = 2026;

    /// <summary>
    /// みどり市's 令和8年度 targets: the 伊勢市-like plan (重層的支援会議 10回, 支援会議 10回, プラン 5件, インテーク 15件,
    /// 参加支援 新規5件, フォローアップ 5件) and modest numbers for the rest.
    /// </summary>
    public static readonly IReadOnlyDictionary<ProgressIndicator, int> Targets = new Dictionary<ProgressIndicator, int>
    {
        [ProgressIndicator.SupportMeetingsHeld] = 10,
        [ProgressIndicator.MultiLayeredMeetingsHeld] = 10,
        [ProgressIndicator.NewConsultations] = 30,
        [ProgressIndicator.AssessmentSheets] = 15,
        [ProgressIndicator.CasesInSupportMeetings] = 20,
        [ProgressIndicator.UnconsentedCasesInSupportMeetings] = 10,
        [ProgressIndicator.CasesInMultiLayeredMeetings] = 8,
        [ProgressIndicator.PlansDrafted] = 5,
        [ProgressIndicator.PlansAdopted] = 5,
        [ProgressIndicator.Closed] = 3,
        [ProgressIndicator.ContinuedConnection] = 3,
        [ProgressIndicator.OutreachCases] = 5,
        [ProgressIndicator.ParticipationNew] = 5,
        [ProgressIndicator.ParticipationFollowUps] = 5,
        [ProgressIndicator.ParticipationPartners] = 3,
        [ProgressIndicator.LeadAgencyShare] = 90,
        [ProgressIndicator.RolesDoneOnTime] = 80,
    };

    /// <summary>
    /// Cases that show the life between meetings: one just received (受付), one assessed twice whose consent has expired
    /// (アセスメント), and three whose October 支援会議 is behind them (モニタリング, 終結, つながり続ける).
    /// </summary>
    private static IEnumerable<SupportCase> BuildBetweenMeetingCases()
    {
        var a13 = Register("A-13", "seikatsu", new(2026, 11, 30), new("大森 修", new DateOnly(1979, 4, 2), null, "男性", "みどり市南町4-5-6",
            [Field.Poverty], [IssueTag.Poverty, IssueTag.Hikikomori], [new("大森 ハル", "母", "70代", "年金のみで生活")],
            new(2026, 11, 30), AgencyId("seikatsu-support"), ConsultationRoute.Family, "母から。息子が仕事を辞めて家から出ない。家賃の支払いが苦しい。", Urgent: false, null));
        Contact(a13, "seikatsu", new(2026, 12, 1), ContactKind.Phone, "母に電話。来週の面談を約束。");

        var a14 = Register("A-14", "kodomo", new(2026, 10, 1), new("川辺 真理", new DateOnly(1988, 7, 14), null, "女性", "みどり市東町2-8",
            [Field.Children, Field.Health], [IssueTag.DoubleCare, IssueTag.MentalHealth], [new("川辺 結", "長女", "5歳", ""), new("川辺 昭夫", "父", "70代", "脳梗塞の後遺症")],
            new(2026, 10, 1), AgencyId("kodomo-katei"), ConsultationRoute.Person, "子育てと父の介護が重なり眠れない。", Urgent: false,
            new ConsentGrant(new(2026, 10, 1), ConsentMethod.Written, [AgencyId("kodomo-katei"), AgencyId("houkatsu-chuo")], ConsentSigner.Person, null, "こども家庭センター 書庫", new(2026, 11, 30))));
        Assess(a14, "kodomo", new(2026, 10, 10), "父の介護サービスと子の保育の両方の調整が必要。", AssessmentUrgency.Medium);
        Assess(a14, "kodomo", new(2026, 11, 20), "本人の不眠が続く。保健師の訪問を加える必要。", AssessmentUrgency.High);

        var a15 = Register("A-15", "shougai", new(2026, 8, 1), new("丘野 大輔", new DateOnly(1996, 1, 20), null, "男性", "みどり市北町3-1",
            [Field.Disability], [IssueTag.Hikikomori], [new("丘野 雅子", "母", "50代", "")],
            new(2026, 8, 1), AgencyId("shougai-soudan"), ConsultationRoute.Family, "息子が3年間外出していない。", Urgent: false,
            new ConsentGrant(new(2026, 8, 1), ConsentMethod.Written, [AgencyId("shougai-soudan"), AgencyId("shakyo")], ConsentSigner.Representative, "母", "障がい者相談支援センター 書庫", null)));
        var a16 = Register("A-16", "houkatsu", new(2026, 7, 1), new("松田 キヨ", new DateOnly(1940, 3, 3), null, "女性", "みどり市西町7-2",
            [Field.Elderly], [IssueTag.SelfNeglect], [], new(2026, 7, 1), AgencyId("houkatsu-chuo"), ConsultationRoute.Neighbour, "近所の人から。郵便物がたまっている。", Urgent: true, null));
        var a17 = Register("A-17", "shakyo", new(2026, 6, 15), new("原 陽子", new DateOnly(1970, 9, 9), null, "女性", "みどり市中央1-1",
            [Field.Community], [IssueTag.SystemGap], [], new(2026, 6, 15), AgencyId("shakyo"), ConsultationRoute.Minsei, "民生委員から。地域で孤立している。", Urgent: false,
            new ConsentGrant(new(2026, 6, 15), ConsentMethod.Oral, [AgencyId("shakyo"), AgencyId("minsei-kita")], ConsentSigner.Person, null, null, null)));
        foreach (var c in new[] { a15, a16, a17 })
        {
            Assess(c, UserOf(c.Intake!.ReceivingAgencyId), c.Intake.ReceivedOn.AddDays(10), "関係機関の役割分担が必要。", AssessmentUrgency.Medium);
            c.MoveTo(LifecycleStage.Meeting, Secretariat, At(2026, 9, 30));
        }
        return [a13, a14, a15, a16, a17];
    }

    private static List<Meeting> BuildMeetings(Dictionary<string, SupportCase> cases)
    {
        var agencies = Agencies.ToDictionary(a => a.Id);

        // October: four cases discussed; what was decided now follows them (前回まで), and three have moved on since.
        var octoberAt = At(2026, 10, 8, 14);
        var october = Meeting.Schedule(OctoberSupportMeetingId, MeetingKind.SupportMeeting, "令和8年10月 支援会議",
            octoberAt, "市役所3階 第2会議室", Secretariat, At(2026, 9, 25));
        foreach (var number in new[] { "A-10", "A-15", "A-16", "A-17" }) october.AddToAgenda(cases[number], Secretariat, At(2026, 9, 25));
        AddMembers(october, ["gicho", "jimukyoku", "houkatsu", "shougai", "shakyo", "minsei"]);
        Pledge(october, ["gicho", "jimukyoku", "houkatsu", "shougai", "shakyo", "minsei"], PledgeKind.ThisMeeting, octoberAt);
        foreach (var userId in new[] { "gicho", "jimukyoku", "houkatsu", "shougai", "shakyo", "minsei" })
            october.RecordAttendance(ParticipantId(OctoberSupportMeetingId, userId), Attendance.InRoom, Secretariat, octoberAt);
        october.Open(Chair, octoberAt);
        var octoberDay = DateOnly.FromDateTime(octoberAt.DateTime);
        void Decide(string number, string lead, string policy, string role, DateOnly due, DateOnly review, int minute)
        {
            var c = cases[number];
            var at = octoberAt.AddMinutes(minute);
            october.SetFocus(c.Id, Chair, at);
            october.EditSupportPolicy(c, policy, 0, Chair, at);
            october.SetLeadAgency(c, agencies[AgencyId(lead)], Chair, at);
            october.AssignRole(c, Role($"{number}/oct"), agencies[AgencyId(lead)], role, due, octoberDay, Chair, at);
            october.SetNextReviewDate(c, review, 0, octoberDay, Chair, at);
        }
        Decide("A-10", "houkatsu-chuo", "訪問を続け、配食サービスの利用を勧める。", "週1回の訪問と配食の調整", new(2026, 11, 30), new(2026, 12, 22), 5);
        Decide("A-15", "shougai-soudan", "本人のペースで、月2回の訪問から居場所へつなぐ。", "月2回の訪問", new(2026, 12, 25), new(2026, 12, 18), 20);
        Decide("A-16", "houkatsu-chuo", "介護保険の申請を支援し、見守りにつなぐ。", "介護保険の申請支援", new(2026, 10, 31), new(2026, 11, 26), 35);
        Decide("A-17", "shakyo", "サロンへの参加を続け、ゆるやかにつながる。", "月1回のサロンの声かけ", new(2027, 3, 31), new(2027, 1, 20), 50);
        october.Close([cases["A-10"], cases["A-15"], cases["A-16"], cases["A-17"]], Chair, octoberAt.AddHours(2));
        cases["A-15"].MoveTo(LifecycleStage.Monitoring, new("shougai", "障がい相談 田中"), At(2026, 11, 10));
        cases["A-16"].ChangeRoleStatus(Role("A-16/oct"), RoleStatus.Done, new("houkatsu", "地域包括 佐藤"), At(2026, 10, 28));
        cases["A-16"].End(LifecycleStage.Closed, "介護保険サービスの利用が始まり、見守り体制ができたため終結。", Secretariat, At(2026, 11, 28));
        cases["A-17"].End(LifecycleStage.ContinuedConnection, "サロンに月1回参加。解決ではないが、つながりは続いている。", Secretariat, At(2026, 11, 25));

        // November: were discussed, lead agencies set and roles handed out; some are now past due.
        var novemberAt = At(2026, 11, 12, 14);
        var november = Meeting.Schedule(NovemberSupportMeetingId, MeetingKind.SupportMeeting, "令和8年11月 支援会議",
            novemberAt, "市役所3階 第2会議室", Secretariat, At(2026, 10, 30));
        foreach (var number in new[] { "A-05", "A-08" }) november.AddToAgenda(cases[number], Secretariat, At(2026, 10, 30));
        AddMembers(november, ["gicho", "jimukyoku", "houkatsu", "shougai", "seikatsu", "shakyo", "minsei"]);
        Pledge(november, ["gicho", "jimukyoku", "houkatsu", "shougai", "seikatsu", "shakyo"], PledgeKind.ThisMeeting, novemberAt);
        Pledge(november, ["minsei"], PledgeKind.StandingForFiscalYear, novemberAt);
        foreach (var (userId, attendance) in new[] { ("gicho", Attendance.InRoom), ("jimukyoku", Attendance.InRoom), ("houkatsu", Attendance.InRoom),
                     ("shougai", Attendance.Remote), ("seikatsu", Attendance.InRoom), ("shakyo", Attendance.Remote), ("minsei", Attendance.InRoom) })
            november.RecordAttendance(ParticipantId(NovemberSupportMeetingId, userId), attendance, Secretariat, novemberAt);
        november.Open(Chair, novemberAt);
        var today = DateOnly.FromDateTime(novemberAt.DateTime);
        var a05 = cases["A-05"];
        var a08 = cases["A-08"];
        november.SetFocus(a05.Id, Chair, novemberAt);
        november.EditSupportPolicy(a05, "月1回の訪問で関係を保ち、本人のペースで居場所（就労体験）につなぐ。", 0, Member("shougai"), novemberAt.AddMinutes(5));
        november.SetLeadAgency(a05, agencies[AgencyId("shougai-soudan")], Chair, novemberAt.AddMinutes(8));
        november.AssignRole(a05, Role("A-05/visit"), agencies[AgencyId("shougai-soudan")], "月1回の訪問で本人と関係づくり", new(2026, 11, 30), today, Member("shougai"), novemberAt.AddMinutes(9));
        november.AssignRole(a05, Role("A-05/ibasho"), agencies[AgencyId("shakyo")], "居場所（就労体験）の候補を探す", new(2026, 11, 20), today, Member("shakyo"), novemberAt.AddMinutes(10));
        november.NoteResourceGap(a05, "ひきこもりの方が通える居場所が市北部にない", Chair, novemberAt.AddMinutes(12));
        november.SetFocus(a08.Id, Chair, novemberAt.AddMinutes(20));
        november.EditSupportPolicy(a08, "母の介護サービス利用を軸に、長男の就労相談へつなぐ。", 0, Chair, novemberAt.AddMinutes(25));
        november.SetLeadAgency(a08, agencies[AgencyId("houkatsu-chuo")], Chair, novemberAt.AddMinutes(26));
        november.AssignRole(a08, Role("A-08/visit"), agencies[AgencyId("houkatsu-chuo")], "母の介護サービス調整と月1回の訪問", new(2027, 1, 15), today, Member("houkatsu"), novemberAt.AddMinutes(27));
        november.AssignRole(a08, Role("A-08/work"), agencies[AgencyId("seikatsu-support")], "長男の就労相談の案内", new(2026, 11, 25), today, Member("seikatsu"), novemberAt.AddMinutes(28));
        november.AssignRole(a08, Role("A-08/watch"), agencies[AgencyId("minsei-kita")], "見守りと異変時の連絡", new(2027, 3, 31), today, Member("minsei"), novemberAt.AddMinutes(29));
        november.SetNextReviewDate(a08, new(2026, 12, 10), 0, today, Chair, novemberAt.AddMinutes(30));
        november.Close([a05, a08], Chair, novemberAt.AddHours(2));
        a08.ChangeRoleStatus(Role("A-08/visit"), RoleStatus.InProgress, new("houkatsu", "地域包括 佐藤"), At(2026, 11, 18));
        a08.AddProgressNote(Role("A-08/visit"), "11/18 訪問。母のデイサービス利用を提案し、前向きな反応。", new("houkatsu", "地域包括 佐藤"), At(2026, 11, 18));

        // December 支援会議: six cases; the police are invited for case 4 only (C9); the 民生委員 holds a standing pledge.
        var support = Meeting.Schedule(DecemberSupportMeetingId, MeetingKind.SupportMeeting, "令和8年12月 支援会議",
            At(2026, 12, 10, 14), "市役所3階 第2会議室（オンライン併用）", Secretariat, At(2026, 11, 20));
        foreach (var number in DecemberSupportMeetingCases) support.AddToAgenda(cases[number], Secretariat, At(2026, 11, 20));
        AddMembers(support, ["gicho", "jimukyoku", "houkatsu", "shougai", "kodomo", "seikatsu", "shakyo", "minsei", "hoken", "shidou"]);
        support.AddParticipant(ParticipantId(DecemberSupportMeetingId, "police"), Members["police"].Name, "police", AgencyId("police"),
            MeetingRole.Member, [cases["A-04"].Id], null, Secretariat, At(2026, 11, 20));
        Pledge(support, ["minsei"], PledgeKind.StandingForFiscalYear, At(2026, 11, 20));

        // December 重層的支援会議: consented cases only (C2). A-02's plan v1 is drafted, to be adopted in the meeting.
        var multi = Meeting.Schedule(DecemberMultiLayeredMeetingId, MeetingKind.MultiLayeredSupportMeeting, "令和8年12月 重層的支援会議",
            At(2026, 12, 10, 15, 30), "市役所3階 第2会議室（オンライン併用）", Secretariat, At(2026, 11, 20));
        foreach (var number in DecemberMultiLayeredMeetingCases) multi.AddToAgenda(cases[number], Secretariat, At(2026, 11, 20));
        AddMembers(multi, ["gicho", "jimukyoku", "houkatsu", "shougai", "kodomo", "shakyo"]);
        cases["A-02"].DraftPlan(DemoIds.For("plan/A-02/1"),
        [
            new PlanGoal("父のレスパイト（ショートステイ）を月2回確保する", [AgencyId("houkatsu-chuo")]),
            new PlanGoal("子どもの保育枠を確保する", [AgencyId("kodomo-katei")]),
            new PlanGoal("同じ立場の人が集まるピアグループにつなぐ", [AgencyId("shakyo")]),
        ], new("houkatsu", "地域包括 佐藤"), At(2026, 11, 25));

        return [october, november, support, multi];
    }

    /// <summary>The people of the demo meetings: user id → name, agency key, role in meetings. Demo accounts use the same ids.</summary>
    public static readonly IReadOnlyDictionary<string, (string Name, string Agency, MeetingRole Role)> Members = new Dictionary<string, (string, string, MeetingRole)>
    {
        ["gicho"] = ("社会福祉課長 山田", "shakai-fukushi-ka", MeetingRole.Chair),
        ["jimukyoku"] = ("福祉総務課 伊藤", "fukushi-somu-ka", MeetingRole.Secretariat),
        ["houkatsu"] = ("地域包括 佐藤", "houkatsu-chuo", MeetingRole.Member),
        ["shougai"] = ("障がい相談 田中", "shougai-soudan", MeetingRole.Member),
        ["kodomo"] = ("こども家庭 中村", "kodomo-katei", MeetingRole.Member),
        ["seikatsu"] = ("生活サポート 木村", "seikatsu-support", MeetingRole.Member),
        ["shakyo"] = ("社協 鈴木", "shakyo", MeetingRole.Member),
        ["minsei"] = ("民生委員 渡辺", "minsei-kita", MeetingRole.Member),
        ["hoken"] = ("保健予防課 加藤", "hoken-yobou", MeetingRole.Member),
        ["shidou"] = ("指導課 吉田", "shidou-ka", MeetingRole.Member),
        ["police"] = ("みどり警察署 生活安全課 高橋", "police", MeetingRole.Member),
    };

    private static readonly Actor Chair = new("gicho", "社会福祉課長 山田");

    private static Actor Member(string userId) => new(userId, Members[userId].Name);

    private static void AddMembers(Meeting meeting, string[] userIds)
    {
        foreach (var userId in userIds)
        {
            var (name, agency, role) = Members[userId];
            meeting.AddParticipant(ParticipantId(meeting.Id, userId), name, userId, AgencyId(agency), role, [], null, Secretariat, meeting.StartsAt.AddDays(-14));
        }
    }

    private static SupportCase Register(string number, string userId, DateOnly on, CaseRegistration registration) =>
        SupportCase.Register(CaseId(number), "ケース" + number, registration, Member(userId), At(on.Year, on.Month, on.Day));

    private static void Contact(SupportCase c, string userId, DateOnly on, ContactKind kind, string text) =>
        c.RecordConsultation(new Consultation(on, AgencyId(Members[userId].Agency), text, kind), Member(userId), At(on.Year, on.Month, on.Day, 17));

    private static void Assess(SupportCase c, string userId, DateOnly on, string needs, AssessmentUrgency urgency) =>
        c.CompleteAssessment(new AssessmentSheet(
            [new(AssessmentArea.HealthDisability, true, "通院・服薬の状況を確認中。"), new(AssessmentArea.SocialParticipation, true, "外との関わりが少ない。"),
             new(AssessmentArea.WorkFinances, false, "")], "自宅での生活を続けたい。", needs, urgency),
            on, AgencyId(Members[userId].Agency), Member(userId), At(on.Year, on.Month, on.Day, 16));

    private static string UserOf(Guid agencyId) => Members.First(m => AgencyId(m.Value.Agency) == agencyId).Key;

    private static void Pledge(Meeting meeting, string[] userIds, PledgeKind kind, DateTimeOffset at)
    {
        foreach (var userId in userIds) meeting.RecordPledge(ParticipantId(meeting.Id, userId), kind, new Actor(userId, Members[userId].Name), at);
    }

    private static void Grant(SupportCase c, string userId, string name, DateOnly date, ConsentMethod method, params string[] scope) =>
        c.GrantConsent(date, method, scope.Select(AgencyId), new Actor(userId, name), At(date.Year, date.Month, date.Day));

    private static void Refuse(SupportCase c, string userId, string name, DateOnly date) =>
        c.RefuseConsent(date, new Actor(userId, name), At(date.Year, date.Month, date.Day));

    private static void Withdraw(SupportCase c, string userId, string name, DateOnly date) =>
        c.WithdrawConsent(date, new Actor(userId, name), At(date.Year, date.Month, date.Day));

    private static Guid Role(string key) => DemoIds.For("role/" + key);

    private static DateTimeOffset At(int year, int month, int day, int hour = 10, int minute = 0) => new(year, month, day, hour, minute, 0, Jst);

    private static Agency Agency(string key, string name, Field field, OperationForm form) => new(AgencyId(key), name, field, form);

    private static SupportCase Case(string number, string name, string ageBand, string sex, Field[] fields, IssueTag[] tags, HouseholdMember[] household) =>
        SupportCase.Open(CaseId(number), "ケース" + number, name, ageBand, sex, fields, tags, household, Secretariat, At(2026, 9, 1),
            new IntakeDetails(new(2026, 9, 1), AgencyId(Intakes[number].Agency), Intakes[number].Route, Intakes[number].Complaint, null, "", false));

    // Which window took each household's first consultation, how it came, and what was said (相談受付).
    private static readonly Dictionary<string, (string Agency, ConsultationRoute Route, string Complaint)> Intakes = new()
    {
        ["A-01"] = ("houkatsu-chuo", ConsultationRoute.Family, "母の介護のことで相談。息子が長く家から出ていない。"),
        ["A-02"] = ("houkatsu-chuo", ConsultationRoute.Person, "父の介護と子育てが重なり、休めない。"),
        ["A-03"] = ("shidou-ka", ConsultationRoute.Agency, "学校から。生徒が母の世話で遅刻が続く。"),
        ["A-04"] = ("houkatsu-chuo", ConsultationRoute.Minsei, "民生委員から。家の周りにごみがたまっている。"),
        ["A-05"] = ("shougai-soudan", ConsultationRoute.Family, "息子が長く外出していない。"),
        ["A-06"] = ("seikatsu-support", ConsultationRoute.Person, "家賃と学校の費用が払えない。"),
        ["A-07"] = ("seikatsu-support", ConsultationRoute.Person, "仕事を失い、生活費が足りない。"),
        ["A-08"] = ("houkatsu-chuo", ConsultationRoute.Person, "介護が必要になり、同居の長男も離職した。"),
        ["A-09"] = ("kodomo-katei", ConsultationRoute.Agency, "学校から。兄が妹の世話で欠席している。"),
        ["A-10"] = ("zaitaku-kita", ConsultationRoute.Neighbour, "近所の人から。一人暮らしで食事をとっていない様子。"),
        ["A-11"] = ("houkatsu-chuo", ConsultationRoute.Person, "義父の介護と子育てで疲れている。"),
        ["A-12"] = ("hoken-yobou", ConsultationRoute.Family, "母から。息子の通院が途切れがち。"),
    };
}
