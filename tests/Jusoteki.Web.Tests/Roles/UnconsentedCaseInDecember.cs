using Jusoteki.Domain.Access;
using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Infrastructure.Cases;
using Jusoteki.Infrastructure.Seeding;
using Jusoteki.Web.Cases;
using Jusoteki.Web.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Tests.Roles;

/// <summary>
/// The room's repro: in the December 支援会議 the pledged 民生委員 assigns on A-01 (不同意) a role and notes a 社会資源の不足,
/// both naming the household; the chair closes. Whatever is shown outside the meeting must not carry these words to a reader
/// the gate (C10) does not let in.
/// </summary>
public static class UnconsentedCaseInDecember
{
    public const string RoleText = "緑川 健一さん宅（母 緑川 トシ）の見守り";
    public const string GapText = "緑川 健一さん（50代）が通える居場所が近くにない";
    public static readonly Guid Case = MidoriCityDemo.CaseId("A-01");
    public static readonly Guid MinseiAgency = MidoriCityDemo.AgencyId("minsei-kita");

    public static readonly Caller Minsei = Agency("minsei", "minsei-kita");
    public static readonly Caller Chair = new(new Actor("gicho", "社会福祉課長 山田"), new HashSet<string> { AppRoles.Chair }, MidoriCityDemo.AgencyId("shakai-fukushi-ka"));
    public static readonly Caller Coordinator = new(new Actor("coordinator", "多機関協働コーディネーター 森"), new HashSet<string> { AppRoles.Coordinator }, MidoriCityDemo.AgencyId("fukushi-somu-ka"));

    public static Caller Agency(string userId, string agencyKey) =>
        new(new Actor(userId, MidoriCityDemo.Members.TryGetValue(userId, out var m) ? m.Name : userId), new HashSet<string> { AppRoles.AgencyStaff }, MidoriCityDemo.AgencyId(agencyKey));

    /// <summary>Runs the repro and returns the id of the role assigned on A-01.</summary>
    public static async Task<Guid> AssignNoteAndCloseAsync(IServiceProvider services)
    {
        var meeting = MidoriCityDemo.DecemberSupportMeetingId;
        var session = services.GetRequiredService<MeetingSessionCommands>();
        var commands = services.GetRequiredService<MeetingCommands>();
        await session.OpenAsync(meeting, Chair);
        await commands.AssignRoleAsync(meeting, Case, MinseiAgency, RoleText, services.GetRequiredService<CaseReaders>().Today.AddDays(28), Minsei);
        await commands.NoteResourceGapAsync(meeting, Case, GapText, Minsei);
        await session.CloseAsync(meeting, Chair);
        return (await RolesOfAsync(services, Case)).Single(r => r.Description == RoleText).Id;
    }

    public static async Task<IReadOnlyList<RoleAssignment>> RolesOfAsync(IServiceProvider services, Guid caseId) =>
        (await services.GetRequiredService<SupportCaseRepository>().FindAsync(caseId))!.Roles;

    public static async Task<RoleStatus> StatusOfAsync(IServiceProvider services, Guid caseId, Guid roleId) =>
        (await RolesOfAsync(services, caseId)).Single(r => r.Id == roleId).Status;
}
