namespace Jusoteki.Domain.Access;

/// <summary>The roles of a Jusoteki account. Names are stable identifiers; the UI shows <see cref="JapaneseName"/>.</summary>
public static class AppRoles
{
    /// <summary>管理者 — accounts, roles, audit log.</summary>
    public const string Administrator = "Administrator";
    /// <summary>議長 — chairs meetings.</summary>
    public const string Chair = "Chair";
    /// <summary>事務局 — prepares agendas and minutes.</summary>
    public const string Secretariat = "Secretariat";
    /// <summary>多機関協働コーディネーター — follows open cases across agencies.</summary>
    public const string Coordinator = "Coordinator";
    /// <summary>機関担当者 — speaks for one agency.</summary>
    public const string AgencyStaff = "AgencyStaff";
    /// <summary>閲覧者 — reads approved minutes and aggregates.</summary>
    public const string Reviewer = "Reviewer";

    public static readonly IReadOnlyList<string> All = [Administrator, Chair, Secretariat, Coordinator, AgencyStaff, Reviewer];

    public static string JapaneseName(string role) => role switch
    {
        Administrator => "管理者",
        Chair => "議長",
        Secretariat => "事務局",
        Coordinator => "多機関協働コーディネーター",
        AgencyStaff => "機関担当者",
        Reviewer => "閲覧者",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
