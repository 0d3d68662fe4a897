namespace Jusoteki.Web.Meetings;

/// <summary>The parts of a case card that people edit.</summary>
public enum BoardField
{
    SupportPolicy,
    Watching,
    AgencyNote,
    NextReviewDate,
    ResourceGap,
    Roles,
    LeadAgency,
    Plan,
}

/// <summary>One editable field of one case (for 各機関の情報, of one agency): what an editor, a conflict or a presence names.</summary>
public sealed record FieldKey(Guid CaseId, BoardField Field, Guid? AgencyId = null)
{
    public string JapaneseName => Field switch
    {
        BoardField.SupportPolicy => "支援方針",
        BoardField.Watching => "見守り",
        BoardField.AgencyNote => "機関の情報",
        BoardField.NextReviewDate => "次回確認日",
        BoardField.ResourceGap => "社会資源の不足",
        BoardField.Roles => "役割分担",
        BoardField.LeadAgency => "主担当機関",
        BoardField.Plan => "支援プラン",
        _ => throw new ArgumentOutOfRangeException(nameof(Field), Field, null),
    };
}
