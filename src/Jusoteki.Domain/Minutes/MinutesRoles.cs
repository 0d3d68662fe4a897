using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;
using Jusoteki.Domain.Meetings;

namespace Jusoteki.Domain.Minutes;

/// <summary>
/// The 役割分担 of one case in the minutes, folded from the meeting's journal alone: each role as it stood when the meeting
/// ended, and every 訂正 or 取り下げ the meeting made, in order. A role from an earlier meeting corrected here is listed too.
/// </summary>
internal static class MinutesRoles
{
    public static IReadOnlyList<MinutesRole> Of(IReadOnlyList<JournalEntry> journal, SupportCase supportCase, Guid? leadId, Func<Guid?, string> agency)
    {
        var roles = new List<(Guid Id, MinutesRole Role, Guid AgencyId)>();
        int IndexOf(Guid roleId) => roles.FindIndex(r => r.Id == roleId);
        foreach (var entry in journal)
        {
            switch (entry.Event)
            {
                case RoleAssignedInMeeting assigned when assigned.CaseId == supportCase.Id:
                    roles.Add((assigned.RoleId, new MinutesRole(agency(assigned.AgencyId), assigned.Description, assigned.DueDate, false,
                        entry.Actor.DisplayName, entry.OccurredAt), assigned.AgencyId));
                    break;
                case RoleCorrectedInMeeting corrected when corrected.CaseId == supportCase.Id:
                {
                    var index = IndexOf(corrected.RoleId);
                    if (index < 0)
                    {
                        // Assigned in an earlier meeting: what it said before is in that meeting's minutes.
                        var earlier = supportCase.Roles.FirstOrDefault(r => r.Id == corrected.RoleId);
                        var role = new MinutesRole(agency(corrected.AgencyId), corrected.Description, corrected.DueDate, false,
                            earlier?.ProposedBy ?? "—", earlier?.ProposedAt ?? entry.OccurredAt, [Sentence(["前回までの役割を訂正"], entry, corrected.Reason)]);
                        roles.Add((corrected.RoleId, role, corrected.AgencyId));
                        break;
                    }
                    var (id, before, _) = roles[index];
                    var changed = new List<string>();
                    var newAgency = agency(corrected.AgencyId);
                    if (newAgency != before.Agency) changed.Add($"機関 {before.Agency}→{newAgency}");
                    if (corrected.Description != before.Description) changed.Add($"内容「{before.Description}」→「{corrected.Description}」");
                    if (corrected.DueDate != before.DueDate) changed.Add($"期限 {Day(before.DueDate)}→{Day(corrected.DueDate)}");
                    roles[index] = (id, before with
                    {
                        Agency = newAgency, Description = corrected.Description, DueDate = corrected.DueDate,
                        Corrections = [.. before.Changes, Sentence(changed, entry, corrected.Reason)],
                    }, corrected.AgencyId);
                    break;
                }
                case RoleWithdrawnInMeeting withdrawn when withdrawn.CaseId == supportCase.Id:
                {
                    var index = IndexOf(withdrawn.RoleId);
                    var line = $"取り下げ（{By(entry)}）。理由：{withdrawn.Reason}";
                    if (index < 0)
                    {
                        var earlier = supportCase.Roles.FirstOrDefault(r => r.Id == withdrawn.RoleId);
                        roles.Add((withdrawn.RoleId, new MinutesRole(earlier is null ? "—" : agency(earlier.AgencyId), earlier?.Description ?? "—",
                            earlier?.DueDate ?? default, false, earlier?.ProposedBy ?? "—", earlier?.ProposedAt ?? entry.OccurredAt, [line], Withdrawn: true),
                            earlier?.AgencyId ?? Guid.Empty));
                        break;
                    }
                    var (id, before, agencyId) = roles[index];
                    roles[index] = (id, before with { Corrections = [.. before.Changes, line], Withdrawn = true }, agencyId);
                    break;
                }
            }
        }
        return [.. roles.Select(r => r.Role with { Lead = !r.Role.Withdrawn && r.AgencyId == leadId })];
    }

    private static string Sentence(IReadOnlyList<string> changed, JournalEntry entry, string reason) =>
        $"訂正（{By(entry)}）：{string.Join("、", changed)}" + (reason.Length > 0 ? $"。{Because(reason)}" : "");

    private static string Because(string reason) => reason.Length > 0 ? $"理由：{reason}" : "";

    private static string By(JournalEntry entry) => $"{entry.Actor.DisplayName} {entry.OccurredAt.ToOffset(JapanTime.Offset):HH:mm}";

    private static string Day(DateOnly date) => date.ToString("yyyy/M/d");
}
