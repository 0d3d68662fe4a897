namespace Jusoteki.Web.Meetings;

/// <summary>The text fields of a case card that people edit in place (and that presence and drafts name).</summary>
public enum BoardField
{
    SupportPolicy,
    Watching,
    AgencyNote,
}

/// <summary>One editable field of one case (for 各機関の情報, of one agency): what an editor, a conflict or a presence names.</summary>
public sealed record FieldKey(Guid CaseId, BoardField Field, Guid? AgencyId = null);
