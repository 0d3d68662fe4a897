using Jusoteki.Domain.Agencies;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Domain.Cases;

/// <summary>
/// 支援ケース — a person and their household whose needs cross the usual silos. Every change goes through a behaviour
/// method that validates, records a <see cref="CaseEvent"/> in the case's history and applies it; a refused command throws
/// a <see cref="DomainException"/> and leaves the case as it was.
/// </summary>
public sealed class SupportCase
{
    public const int NameMaxLength = 100;
    public const int RoleDescriptionMaxLength = 200;
    public const int RoleReasonMaxLength = 200;
    public const int NoteMaxLength = 1000;
    public const int EvaluationMaxLength = 2000;
    public const int AddressMaxLength = 200;
    public const int ChiefComplaintMaxLength = 1000;
    public const int HouseholdIssuesMaxLength = 200;
    public const int PaperLocationMaxLength = 100;

    private readonly List<HouseholdMember> _household = [];
    private readonly List<Consultation> _consultations = [];
    private readonly List<ConsentRecord> _consents = [];
    private readonly List<RoleAssignment> _roles = [];
    private readonly List<SupportPlan> _plans = [];
    private readonly List<AssessmentVersion> _assessments = [];
    private readonly List<CaseHistoryEntry> _uncommitted = [];

    private SupportCase(Guid id)
    {
        Id = id;
        Pseudonym = PersonName = AgeBand = Sex = "";
    }

    public Guid Id { get; private set; }

    /// <summary>仮名 — stable, e.g. ケースA-01.</summary>
    public string Pseudonym { get; private set; }

    /// <summary>本人の氏名 — personal information.</summary>
    public string PersonName { get; private set; }

    /// <summary>年代 — e.g. 50代.</summary>
    public string AgeBand { get; private set; }

    /// <summary>性別.</summary>
    public string Sex { get; private set; }

    /// <summary>分野 — several allowed.</summary>
    public List<Field> Fields { get; private set; } = [];

    public List<IssueTag> Tags { get; private set; } = [];

    public LifecycleStage Stage { get; private set; }

    /// <summary>緊急</summary>
    public bool Urgent { get; private set; }

    /// <summary>アウトリーチ中</summary>
    public bool Outreach { get; private set; }

    /// <summary>参加支援</summary>
    public bool ParticipationSupport { get; private set; }

    /// <summary>主担当機関 — exactly one once support is decided.</summary>
    public Guid? LeadAgencyId { get; private set; }

    /// <summary>次回確認日 — when the case is next reviewed, as the last meeting decided.</summary>
    public DateOnly? NextReviewDate { get; private set; }

    /// <summary>相談受付 — how the case came in; personal information (none for cases opened before intake was recorded).</summary>
    public IntakeDetails? Intake { get; private set; }

    /// <summary>What the last closed meeting decided for the case (支援方針, 見守り): the board shows it as 「前回まで」.</summary>
    public CarriedDirection? Direction { get; private set; }

    /// <summary>Sequence of the last history entry; also the optimistic-concurrency token.</summary>
    public long LastSequence { get; private set; }

    public IReadOnlyList<HouseholdMember> Household => _household;
    public IReadOnlyList<Consultation> Consultations => _consultations;
    public IReadOnlyList<ConsentRecord> ConsentHistory => _consents;
    public IReadOnlyList<RoleAssignment> Roles => _roles;
    public IReadOnlyList<SupportPlan> Plans => _plans;

    /// <summary>インテーク・アセスメントシート, every version in order; the last is the current one.</summary>
    public IReadOnlyList<AssessmentVersion> Assessments => _assessments;
    public IReadOnlyList<CaseHistoryEntry> UncommittedEntries => _uncommitted;

    /// <summary>C1 — the current consent state: the last record, or 未確認 when none.</summary>
    public ConsentState Consent => _consents.Count == 0 ? ConsentState.Unconfirmed : _consents[^1].State;

    public bool HasConsent => Consent == ConsentState.Granted;

    /// <summary>The last consent record, if any.</summary>
    public ConsentRecord? CurrentConsent => _consents.Count == 0 ? null : _consents[^1];

    /// <summary>C1/C10 — consent that holds on <paramref name="today"/>: granted and not past its expiry date.</summary>
    public bool HasConsentOn(DateOnly today) => HasConsent && !_consents[^1].IsExpiredOn(today);

    /// <summary>Granted once but past its expiry date: counts as none, and the board asks for renewal.</summary>
    public bool IsConsentExpiredOn(DateOnly today) => HasConsent && _consents[^1].IsExpiredOn(today);

    /// <summary>The consent state as people read it on <paramref name="today"/>: 「同意（期限切れ）」 for expired consent.</summary>
    public string ConsentLabelOn(DateOnly today) => IsConsentExpiredOn(today) ? "同意（期限切れ）" : Consent.JapaneseName();

    /// <summary>Agencies that may receive the person's information under the current consent (C4).</summary>
    public IReadOnlyList<Guid> ConsentScope => HasConsent ? _consents[^1].Scope : [];

    public bool IsInConsentScope(Guid? agencyId) => agencyId is { } id && ConsentScope.Contains(id);

    /// <summary>What a viewer without entitlement sees, e.g. 「ケースA-01・50代男性・8050・ひきこもり」.</summary>
    public string PseudonymisedSummary =>
        string.Join("・", new[] { Pseudonym, AgeBand + Sex }.Concat(Tags.Select(t => t.JapaneseName())));

    public SupportPlan? AdoptedPlan => _plans.LastOrDefault(p => p.Status == PlanStatus.Adopted);

    public IEnumerable<RoleAssignment> OverdueRoles(DateOnly today) => _roles.Where(r => r.IsOverdue(today));

    public static SupportCase Open(Guid id, string pseudonym, string personName, string ageBand, string sex,
        IEnumerable<Field> fields, IEnumerable<IssueTag> tags, IEnumerable<HouseholdMember> household, Actor actor, DateTimeOffset at,
        IntakeDetails? intake = null)
    {
        if (id == Guid.Empty) throw CaseErrors.Invalid("ケースIDが指定されていません。");
        if (string.IsNullOrWhiteSpace(pseudonym) || pseudonym.Length > 32) throw CaseErrors.Invalid("仮名は1〜32文字で入力してください。");
        if (string.IsNullOrWhiteSpace(personName) || personName.Length > NameMaxLength)
            throw CaseErrors.Invalid($"本人の氏名は1〜{NameMaxLength}文字で入力してください。");
        var members = household.ToList();
        if (members.Any(m => string.IsNullOrWhiteSpace(m.Name) || string.IsNullOrWhiteSpace(m.Relation)))
            throw CaseErrors.Invalid("世帯員の氏名と続柄を入力してください。");
        TextRules.RefuseForeignCharacters(pseudonym, "仮名");
        TextRules.RefuseForeignCharacters(personName, "本人の氏名");

        var supportCase = new SupportCase(id);
        supportCase.Record(new CaseOpened(pseudonym.Trim(), personName.Trim(), ageBand, sex,
            fields.Distinct().ToList(), tags.Distinct().ToList(), members, intake), actor, at);
        return supportCase;
    }

    /// <summary>
    /// 相談受付 at any window: the person and household, 分野 and 課題, the intake details and, when 本人同意 was obtained at
    /// intake, the consent itself. Everything is checked before anything is recorded; the case starts at 受付.
    /// </summary>
    public static SupportCase Register(Guid id, string pseudonym, CaseRegistration registration, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var today = JapanTime.DateOf(at);
        var name = TextRules.Required(registration.PersonName, NameMaxLength, "本人の氏名");
        if (registration.BirthDate is { } born && (born > today || born.Year < 1900)) throw CaseErrors.Invalid("生年月日が正しくありません（未来の日付は指定できません）。");
        var ageBand = registration.BirthDate is { } birth ? AgeBandOn(birth, today) : TextRules.Required(registration.AgeBand, 16, "年代");
        var sex = TextRules.Optional(registration.Sex, 16, "性別");
        var address = TextRules.Optional(registration.Address, AddressMaxLength, "住所");
        var complaint = TextRules.Required(registration.ChiefComplaint, ChiefComplaintMaxLength, "主訴", multiline: true);
        if (registration.ReceivedOn is not { } received) throw CaseErrors.Invalid("受付日を入力してください。");
        if (received > today) throw CaseErrors.Invalid("受付日に未来の日付は指定できません。");
        if (registration.ReceivingAgencyId == Guid.Empty) throw CaseErrors.Invalid("受付機関を選んでください。");
        if (!Enum.IsDefined(registration.Route)) throw CaseErrors.Invalid("相談経路を選んでください。");
        if (registration.Fields.Count == 0) throw CaseErrors.Invalid("分野を1つ以上選んでください。");
        var household = registration.Household.Select(ValidMember).ToList();

        var supportCase = Open(id, pseudonym, name, ageBand, sex, registration.Fields, registration.Tags, household, actor, at,
            new IntakeDetails(received, registration.ReceivingAgencyId, registration.Route, complaint, registration.BirthDate, address,
                registration.ConsentAtIntake is not null));
        if (registration.Urgent) supportCase.SetFlags(urgent: true, outreach: false, participationSupport: false, actor, at);
        if (registration.ConsentAtIntake is { } consent) supportCase.GrantConsent(consent, actor, at);
        return supportCase;
    }

    /// <summary>年代 on a date: 10代, 20代 … (under 10: 10歳未満).</summary>
    public static string AgeBandOn(DateOnly birthDate, DateOnly today)
    {
        var age = today.Year - birthDate.Year - (today < birthDate.AddYears(today.Year - birthDate.Year) ? 1 : 0);
        return age < 10 ? "10歳未満" : $"{age / 10 * 10}代";
    }

    private static HouseholdMember ValidMember(HouseholdMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var memberName = TextRules.Required(member.Name, NameMaxLength, "世帯員の氏名");
        var relation = TextRules.Optional(member.Relation, 20, "世帯員の続柄");
        if (relation.Length == 0) throw CaseErrors.Invalid($"世帯員「{memberName}」の続柄を入力してください。");
        return new HouseholdMember(memberName, relation, TextRules.Optional(member.AgeBand, 16, "世帯員の年代"),
            TextRules.Optional(member.Issues, HouseholdIssuesMaxLength, "世帯員の課題", multiline: true));
    }

    /// <summary>Rebuilds a case from its whole history, as after a restart.</summary>
    public static SupportCase Replay(IEnumerable<CaseHistoryEntry> history)
    {
        SupportCase? supportCase = null;
        foreach (var entry in history.OrderBy(e => e.Sequence))
        {
            supportCase ??= new SupportCase(entry.CaseId);
            supportCase.Apply(entry);
        }
        return supportCase ?? throw CaseErrors.NotFound();
    }

    /// <summary>支援経過記録 — a consultation or contact (visit, phone, interview …) by an agency, on a day not in the future.</summary>
    public CaseHistoryEntry RecordConsultation(Consultation consultation, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        EnsureNotClosed();
        var summary = TextRules.Required(consultation.Summary, NoteMaxLength, "経過の内容", multiline: true);
        if (consultation.AgencyId == Guid.Empty) throw CaseErrors.UnknownAgency();
        if (!Enum.IsDefined(consultation.Kind)) throw CaseErrors.Invalid("対応の種類を選んでください。");
        if (consultation.Date > JapanTime.DateOf(at) || consultation.Date.Year < 2000) throw CaseErrors.Invalid("経過の日付が正しくありません（未来の日付は指定できません）。");
        return Record(new ConsultationRecorded(consultation with { Summary = summary }), actor, at);
    }

    /// <summary>
    /// インテーク・アセスメントシート — completes a new version (a reassessment keeps the earlier ones). The first completion
    /// moves a case at 受付 to アセスメント.
    /// </summary>
    public IReadOnlyList<CaseHistoryEntry> CompleteAssessment(AssessmentSheet sheet, DateOnly assessedOn, Guid agencyId, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        EnsureNotClosed();
        if (agencyId == Guid.Empty) throw CaseErrors.UnknownAgency();
        if (assessedOn > JapanTime.DateOf(at) || assessedOn.Year < 2000) throw CaseErrors.Invalid("アセスメントの日付が正しくありません（未来の日付は指定できません）。");
        var areas = sheet.Areas ?? [];
        if (areas.Any(a => a is null || !Enum.IsDefined(a.Area)) || areas.Select(a => a.Area).Distinct().Count() != areas.Count)
            throw CaseErrors.Invalid("アセスメントの領域が正しくありません。");
        if (!Enum.IsDefined(sheet.Urgency)) throw CaseErrors.Invalid("緊急性を選んでください。");
        var valid = new AssessmentSheet(
            [.. areas.Select(a => a with { Note = TextRules.Optional(a.Note, AssessmentSheet.NoteMaxLength, $"「{a.Area.JapaneseName()}」の状況", multiline: true) })],
            TextRules.Optional(sheet.PersonWishes, AssessmentSheet.NoteMaxLength, "本人の意向", multiline: true),
            TextRules.Required(sheet.SupportNeeds, AssessmentSheet.NoteMaxLength, "支援の必要性", multiline: true),
            sheet.Urgency);
        var entries = new List<CaseHistoryEntry>
        {
            Record(new AssessmentCompleted(new AssessmentVersion(_assessments.Count + 1, assessedOn, agencyId, actor.DisplayName, valid)), actor, at),
        };
        if (Stage == LifecycleStage.Intake) entries.Add(Record(new StageChanged(LifecycleStage.Assessment), actor, at));
        return entries;
    }

    /// <summary>C1 — 同意: records a grant (or a new scope) with its date, method and the agencies it covers.</summary>
    public CaseHistoryEntry GrantConsent(DateOnly date, ConsentMethod method, IEnumerable<Guid> scope, Actor actor, DateTimeOffset at) =>
        GrantConsent(new ConsentGrant(date, method, [.. scope], ConsentSigner.Person, null, null, null), actor, at);

    /// <summary>
    /// C1 — 同意 with everything the 同意書 says: date and method, the agencies it covers, who signed (本人 or a 代理人 with their
    /// relation), where the paper is kept, and an optional expiry date. A new grant replaces the scope; history is appended.
    /// </summary>
    public CaseHistoryEntry GrantConsent(ConsentGrant grant, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(grant);
        EnsureNotClosed();
        if (grant.Date is not { } date) throw CaseErrors.Invalid("同意の日付を入力してください。");
        if (grant.Method is not { } method || !Enum.IsDefined(method)) throw CaseErrors.Invalid("同意の方法（書面・口頭）を選んでください。");
        RequireConsentDate(date, at);
        var agencies = (grant.Scope ?? []).Where(a => a != Guid.Empty).Distinct().ToList();
        if (agencies.Count == 0) throw CaseErrors.ConsentScopeEmpty();
        if (!Enum.IsDefined(grant.Signer)) throw CaseErrors.Invalid("署名した人（本人・代理人）を選んでください。");
        var relation = TextRules.Optional(grant.RepresentativeRelation, 20, "代理人の続柄");
        if (grant.Signer == ConsentSigner.Representative && relation.Length == 0) throw CaseErrors.Invalid("代理人の続柄を入力してください。");
        var paper = TextRules.Optional(grant.PaperLocation, PaperLocationMaxLength, "同意書の保管場所");
        if (grant.ExpiresOn is { } expires && expires < date) throw CaseErrors.Invalid("有効期限は同意の日付より後の日付にしてください。");
        if (grant.ExpiresOn is { } end) DateRules.RefuseBeyondHorizon(end, date, "同意の有効期限");
        return Record(new ConsentGranted(date, method, agencies, grant.Signer,
            grant.Signer == ConsentSigner.Representative ? relation : null, paper.Length == 0 ? null : paper, grant.ExpiresOn), actor, at);
    }

    /// <summary>C1 — 不同意: only a case that has not consented can refuse; a granted consent is withdrawn instead.</summary>
    public CaseHistoryEntry RefuseConsent(DateOnly date, Actor actor, DateTimeOffset at)
    {
        EnsureNotClosed();
        RequireConsentDate(date, at);
        switch (Consent)
        {
            case ConsentState.Granted: throw CaseErrors.CannotRefuseGrantedConsent();
            case ConsentState.Refused or ConsentState.Withdrawn: throw CaseErrors.ConsentAlreadyRefused();
        }
        return Record(new ConsentRefused(date), actor, at);
    }

    /// <summary>C1/C2 — 撤回: the case leaves the 重層的 flow at once; its plans are frozen, kept read-only.</summary>
    public CaseHistoryEntry WithdrawConsent(DateOnly date, Actor actor, DateTimeOffset at)
    {
        if (!HasConsent) throw CaseErrors.CannotWithdrawWithoutConsent();
        RequireConsentDate(date, at);
        if (date < _consents[^1].Date) throw CaseErrors.Invalid("撤回の日付は同意の日付より後にしてください。");
        return Record(new ConsentWithdrawn(date), actor, at);
    }

    private static void RequireConsentDate(DateOnly date, DateTimeOffset at)
    {
        if (date > JapanTime.DateOf(at)) throw CaseErrors.Invalid("同意の記録に未来の日付は指定できません。");
        if (date.Year < 2000) throw CaseErrors.Invalid("同意の日付が正しくありません。");
    }

    /// <summary>Moves the case along its lifecycle. Ending it goes through <see cref="End"/>, which needs an evaluation.</summary>
    public CaseHistoryEntry MoveTo(LifecycleStage stage, Actor actor, DateTimeOffset at)
    {
        if (stage.IsEnded() || !LifecycleStages.CanMove(Stage, stage)) throw CaseErrors.IllegalStageMove(Stage, stage);
        if (stage.IsActive() && LeadAgencyId is null) throw CaseErrors.LeadAgencyRequired();
        return Record(new StageChanged(stage), actor, at);
    }

    /// <summary>終結 or つながり続ける, with the evaluation of the support (and of the adopted plan, if any).</summary>
    public CaseHistoryEntry End(LifecycleStage outcome, string evaluation, Actor actor, DateTimeOffset at)
    {
        if (!outcome.IsEnded() || !LifecycleStages.CanMove(Stage, outcome)) throw CaseErrors.IllegalStageMove(Stage, outcome);
        if (string.IsNullOrWhiteSpace(evaluation) || evaluation.Length > EvaluationMaxLength) throw CaseErrors.EvaluationRequired();
        TextRules.RefuseForeignCharacters(evaluation, "支援の評価", multiline: true);
        return Record(new CaseEnded(outcome, evaluation), actor, at);
    }

    public CaseHistoryEntry SetFlags(bool urgent, bool outreach, bool participationSupport, Actor actor, DateTimeOffset at)
    {
        EnsureNotClosed();
        if ((urgent, outreach, participationSupport) == (Urgent, Outreach, ParticipationSupport))
            throw CaseErrors.Invalid("フラグが変わっていません。");
        return Record(new FlagsChanged(urgent, outreach, participationSupport), actor, at);
    }

    /// <summary>主担当機関 — one per case; setting another replaces it, so there is never more than one.</summary>
    public CaseHistoryEntry SetLeadAgency(Agency agency, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(agency);
        EnsureNotClosed();
        if (LeadAgencyId == agency.Id) throw CaseErrors.Invalid("すでにこの機関が主担当機関です。");
        return Record(new LeadAgencySet(agency.Id), actor, at);
    }

    /// <summary>役割分担 — assigns a role to an agency, in a meeting (<paramref name="meetingId"/>) or between meetings.</summary>
    public CaseHistoryEntry AssignRole(Guid roleId, Agency agency, string description, DateOnly dueDate, DateOnly today,
        Guid? meetingId, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(agency);
        EnsureNotClosed();
        if (roleId == Guid.Empty || _roles.Any(r => r.Id == roleId)) throw CaseErrors.Invalid("役割IDが正しくありません。");
        if (string.IsNullOrWhiteSpace(description)) throw CaseErrors.RoleDescriptionEmpty();
        if (description.Length > RoleDescriptionMaxLength) throw CaseErrors.RoleDescriptionTooLong();
        TextRules.RefuseForeignCharacters(description, "役割の内容", multiline: true);
        if (dueDate < today) throw CaseErrors.RoleDueDateInPast();
        DateRules.RefuseBeyondHorizon(dueDate, today, "役割の期限");
        return Record(new RoleAssigned(roleId, agency.Id, description.Trim(), dueDate, meetingId), actor, at);
    }

    /// <summary>
    /// 訂正 — corrects a role's agency, text or due date; the earlier wording stays in the history. A due date may stay as it
    /// was even if past (only the text is wrong), but a new one may not be in the past. The reason is optional.
    /// </summary>
    public CaseHistoryEntry CorrectRole(Guid roleId, Agency agency, string description, DateOnly dueDate, string? reason, DateOnly today,
        Guid? meetingId, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(agency);
        EnsureNotClosed();
        var role = FindStandingRole(roleId);
        if (string.IsNullOrWhiteSpace(description)) throw CaseErrors.RoleDescriptionEmpty();
        var text = description.Trim();
        if (text.Length > RoleDescriptionMaxLength) throw CaseErrors.RoleDescriptionTooLong();
        if (dueDate != role.DueDate && dueDate < today) throw CaseErrors.RoleDueDateInPast();
        var why = (reason ?? "").Trim();
        if (why.Length > RoleReasonMaxLength) throw CaseErrors.RoleReasonTooLong();
        if ((agency.Id, text, dueDate) == (role.AgencyId, role.Description, role.DueDate)) throw CaseErrors.RoleUnchanged();
        return Record(new RoleCorrected(roleId, agency.Id, text, dueDate, why, meetingId), actor, at);
    }

    /// <summary>取り下げ — the role no longer stands (a reason is required); it is kept, marked withdrawn, never deleted.</summary>
    public CaseHistoryEntry WithdrawRole(Guid roleId, string? reason, Guid? meetingId, Actor actor, DateTimeOffset at)
    {
        EnsureNotClosed();
        FindStandingRole(roleId);
        if (string.IsNullOrWhiteSpace(reason)) throw CaseErrors.RoleWithdrawalReasonRequired();
        var why = reason.Trim();
        if (why.Length > RoleReasonMaxLength) throw CaseErrors.RoleReasonTooLong();
        return Record(new RoleWithdrawn(roleId, why, meetingId), actor, at);
    }

    public CaseHistoryEntry ChangeRoleStatus(Guid roleId, RoleStatus status, Actor actor, DateTimeOffset at)
    {
        EnsureNotClosed();
        var role = FindStandingRole(roleId);
        if (role.Status == status) throw CaseErrors.RoleStatusUnchanged();
        return Record(new RoleStatusChanged(roleId, status), actor, at);
    }

    public CaseHistoryEntry AddProgressNote(Guid roleId, string text, Actor actor, DateTimeOffset at)
    {
        EnsureNotClosed();
        FindStandingRole(roleId);
        if (string.IsNullOrWhiteSpace(text)) throw CaseErrors.ProgressNoteEmpty();
        if (text.Length > NoteMaxLength) throw CaseErrors.ProgressNoteTooLong();
        TextRules.RefuseForeignCharacters(text, "経過記録", multiline: true);
        return Record(new RoleProgressNoted(roleId, text), actor, at);
    }

    /// <summary>Drafts the next version of the 支援プラン. Only while consent is 同意 (C2).</summary>
    public CaseHistoryEntry DraftPlan(Guid planId, IEnumerable<PlanGoal> goals, Actor actor, DateTimeOffset at)
    {
        EnsureNotClosed();
        if (!HasConsent) throw CaseErrors.PlanNeedsConsent();
        var list = goals.ToList();
        // A goal from outside (the hub) may arrive without its parts: refused like an empty one.
        if (list.Count == 0 || list.Any(g => g is null || string.IsNullOrWhiteSpace(g.Text) || g.Text.Length > RoleDescriptionMaxLength || g.AgencyIds is not { Count: > 0 }))
            throw CaseErrors.PlanNeedsGoals();
        foreach (var goal in list) TextRules.RefuseForeignCharacters(goal.Text, "プランの目標", multiline: true);
        if (planId == Guid.Empty || _plans.Any(p => p.Id == planId)) throw CaseErrors.Invalid("プランIDが正しくありません。");
        var version = _plans.Count == 0 ? 1 : _plans.Max(p => p.Version) + 1;
        return Record(new PlanDrafted(planId, version, list.Select(g => g with { AgencyIds = g.AgencyIds.Distinct().ToList() }).ToList()), actor, at);
    }

    /// <summary>C5 — adopts a drafted plan: only in an open 重層的支援会議 that has the case on its agenda, with consent and a lead agency.</summary>
    public CaseHistoryEntry AdoptPlan(Guid planId, Meeting meeting, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        EnsureNotClosed();
        var plan = _plans.FirstOrDefault(p => p.Id == planId) ?? throw CaseErrors.PlanNotFound();
        if (plan.Status != PlanStatus.Draft) throw CaseErrors.PlanNotDraft();
        if (meeting.Kind != MeetingKind.MultiLayeredSupportMeeting) throw CaseErrors.PlanOnlyInMultiLayeredMeeting();
        if (meeting.Status != MeetingStatus.Open) throw MeetingErrors.NotOpen();
        if (!meeting.HasOnAgenda(Id)) throw MeetingErrors.CaseNotOnAgenda();
        if (!HasConsent) throw CaseErrors.PlanNeedsConsent();
        if (LeadAgencyId is null) throw CaseErrors.LeadAgencyRequired();
        return Record(new PlanAdopted(planId, meeting.Id), actor, at);
    }

    /// <summary>
    /// 閉会 of a meeting that had the case on its agenda: its 次回確認日 carries over, and a case whose direction (支援方針 or
    /// an adopted plan) and 主担当機関 are decided moves from 会議 or モニタリング to 支援中. Anything else stays as it is;
    /// an ended case is left alone.
    /// </summary>
    public IReadOnlyList<CaseHistoryEntry> ConcludeMeeting(Guid meetingId, string meetingTitle, DateOnly? nextReviewDate, string supportPolicy, string watching,
        bool directionDecided, Actor actor, DateTimeOffset at)
    {
        if (Stage == LifecycleStage.Closed) return [];
        var entries = new List<CaseHistoryEntry>();
        if ((supportPolicy.Length > 0 || watching.Length > 0) && (Direction?.SupportPolicy, Direction?.Watching) != (supportPolicy, watching))
            entries.Add(Record(new DirectionCarried(meetingId, supportPolicy, watching, meetingTitle), actor, at));
        if (nextReviewDate is { } date && date != NextReviewDate) entries.Add(Record(new ReviewDateSet(date, meetingId), actor, at));
        if (directionDecided && LeadAgencyId is not null && Stage is LifecycleStage.Meeting or LifecycleStage.Monitoring)
            entries.Add(Record(new StageChanged(LifecycleStage.InSupport), actor, at));
        return entries;
    }

    /// <summary>Called by the store once the uncommitted entries are durably in the history.</summary>
    public void MarkCommitted() => _uncommitted.Clear();

    private void EnsureNotClosed()
    {
        if (Stage == LifecycleStage.Closed) throw CaseErrors.CaseEnded();
    }

    private RoleAssignment FindRole(Guid roleId) => _roles.FirstOrDefault(r => r.Id == roleId) ?? throw CaseErrors.RoleNotFound();

    // A withdrawn role is kept for the record but takes no more changes.
    private RoleAssignment FindStandingRole(Guid roleId) =>
        FindRole(roleId) is { IsWithdrawn: false } role ? role : throw CaseErrors.RoleAlreadyWithdrawn();

    private CaseHistoryEntry Record(CaseEvent @event, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var entry = new CaseHistoryEntry(Id, LastSequence + 1, at, actor, @event);
        Apply(entry);
        _uncommitted.Add(entry);
        return entry;
    }

    private void Apply(CaseHistoryEntry entry)
    {
        switch (entry.Event)
        {
            case CaseOpened opened:
                (Pseudonym, PersonName, AgeBand, Sex) = (opened.Pseudonym, opened.PersonName, opened.AgeBand, opened.Sex);
                Fields = [.. opened.Fields];
                Tags = [.. opened.Tags];
                _household.AddRange(opened.Household);
                Intake = opened.Intake;
                Stage = LifecycleStage.Intake;
                break;
            case ConsultationRecorded recorded:
                _consultations.Add(recorded.Consultation);
                break;
            case ConsentGranted granted:
                _consents.Add(new ConsentRecord(_consents.Count + 1, ConsentState.Granted, granted.Date, granted.Method, entry.Actor.DisplayName, granted.Scope,
                    granted.Signer, granted.RepresentativeRelation, granted.PaperLocation, granted.ExpiresOn));
                break;
            case ConsentRefused refused:
                _consents.Add(new ConsentRecord(_consents.Count + 1, ConsentState.Refused, refused.Date, null, entry.Actor.DisplayName, []));
                break;
            case ConsentWithdrawn withdrawn:
                _consents.Add(new ConsentRecord(_consents.Count + 1, ConsentState.Withdrawn, withdrawn.Date, null, entry.Actor.DisplayName, []));
                foreach (var plan in _plans.Where(p => p.Status is PlanStatus.Draft or PlanStatus.Adopted)) plan.Freeze();
                break;
            case StageChanged changed:
                Stage = changed.Stage;
                break;
            case CaseEnded ended:
                Stage = ended.Outcome;
                AdoptedPlan?.Evaluate(ended.Evaluation);
                break;
            case ReviewDateSet review:
                NextReviewDate = review.Date;
                break;
            case FlagsChanged flags:
                (Urgent, Outreach, ParticipationSupport) = (flags.Urgent, flags.Outreach, flags.ParticipationSupport);
                break;
            case LeadAgencySet lead:
                LeadAgencyId = lead.AgencyId;
                break;
            case RoleAssigned assigned:
                _roles.Add(new RoleAssignment(assigned.RoleId, assigned.AgencyId, assigned.Description, assigned.DueDate,
                    entry.Actor.DisplayName, entry.OccurredAt, assigned.MeetingId));
                break;
            case RoleStatusChanged status:
                FindRole(status.RoleId).SetStatus(status.Status);
                break;
            case RoleCorrected corrected:
                FindRole(corrected.RoleId).Correct(corrected.AgencyId, corrected.Description, corrected.DueDate, entry.Actor.DisplayName, entry.OccurredAt);
                break;
            case RoleWithdrawn withdrawn:
                FindRole(withdrawn.RoleId).Withdraw(withdrawn.Reason, entry.Actor.DisplayName, entry.OccurredAt);
                break;
            case RoleProgressNoted noted:
                FindRole(noted.RoleId).AddNote(new ProgressNote(entry.OccurredAt, entry.Actor.DisplayName, noted.Text));
                break;
            case PlanDrafted drafted:
                _plans.Add(new SupportPlan(drafted.PlanId, drafted.Version, drafted.Goals));
                break;
            case AssessmentCompleted assessed:
                _assessments.Add(assessed.Assessment);
                break;
            case DirectionCarried direction:
                Direction = new CarriedDirection(direction.MeetingId, direction.MeetingTitle, direction.SupportPolicy, direction.Watching, entry.OccurredAt);
                break;
            case PlanAdopted adopted:
                AdoptedPlan?.Supersede();
                _plans.Single(p => p.Id == adopted.PlanId).Adopt(adopted.MeetingId, entry.OccurredAt);
                break;
            default:
                throw new InvalidOperationException($"Unknown case event {entry.Event.GetType().Name}.");
        }
        LastSequence = entry.Sequence;
    }
}

/// <summary>What a window enters at 相談受付 (the MHLW 相談受付・申込票, with or without 本人同意).</summary>
public sealed record CaseRegistration(
    string? PersonName, DateOnly? BirthDate, string? AgeBand, string? Sex, string? Address,
    IReadOnlyList<Field> Fields, IReadOnlyList<IssueTag> Tags, IReadOnlyList<HouseholdMember> Household,
    DateOnly? ReceivedOn, Guid ReceivingAgencyId, ConsultationRoute Route, string? ChiefComplaint, bool Urgent, ConsentGrant? ConsentAtIntake);

/// <summary>支援方針 and 見守り as a closed meeting left them, with the meeting and the time.</summary>
public sealed record CarriedDirection(Guid MeetingId, string MeetingTitle, string SupportPolicy, string Watching, DateTimeOffset DecidedAt);
