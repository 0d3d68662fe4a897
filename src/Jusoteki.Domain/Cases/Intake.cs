namespace Jusoteki.Domain.Cases;

/// <summary>
/// 相談受付 — what the window records when a consultation comes in (MHLW 相談受付・申込票): when, at which agency, by which
/// route, the main complaint, and how to find the same person again (birth date, address). Personal information.
/// </summary>
public sealed record IntakeDetails(
    DateOnly ReceivedOn,
    Guid ReceivingAgencyId,
    ConsultationRoute Route,
    string ChiefComplaint,
    DateOnly? BirthDate,
    string Address,
    bool ConsentObtainedAtIntake);

/// <summary>相談経路 — how the consultation reached the window.</summary>
public enum ConsultationRoute
{
    /// <summary>本人</summary>
    Person,
    /// <summary>家族</summary>
    Family,
    /// <summary>関係機関</summary>
    Agency,
    /// <summary>地域住民</summary>
    Neighbour,
    /// <summary>民生委員</summary>
    Minsei,
    /// <summary>その他</summary>
    Other,
}

public static class ConsultationRouteInfo
{
    public static string JapaneseName(this ConsultationRoute route) => route switch
    {
        ConsultationRoute.Person => "本人",
        ConsultationRoute.Family => "家族",
        ConsultationRoute.Agency => "関係機関",
        ConsultationRoute.Neighbour => "地域住民",
        ConsultationRoute.Minsei => "民生委員",
        ConsultationRoute.Other => "その他",
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, null),
    };
}
