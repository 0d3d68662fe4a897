using Jusoteki.Domain.Cases;
using Jusoteki.Domain.Common;

namespace Jusoteki.Domain.Meetings;

/// <summary>
/// What the meeting records for each case, edited live by the participants: 支援方針, 見守り, what each agency knows,
/// 次回確認日 and 社会資源の不足. Each versioned field must be edited from its current version, so that two people
/// saving from the same version never silently overwrite each other: the second is refused and sees both texts.
/// </summary>
public sealed partial class Meeting
{
    public const int SupportPolicyMaxLength = 4000;
    public const int WatchingMaxLength = 2000;
    public const int AgencyNoteMaxLength = 2000;
    public const int ResourceGapMaxLength = 500;

    /// <summary>支援方針 of an agenda case, from <paramref name="baseVersion"/> (the version the editor started from).</summary>
    public JournalEntry EditSupportPolicy(SupportCase supportCase, string text, int baseVersion, Actor actor, DateTimeOffset at)
    {
        var (item, _) = RequireDecidable(supportCase, actor);
        if (string.IsNullOrWhiteSpace(text)) throw MeetingErrors.SupportPolicyEmpty();
        if (text.Length > SupportPolicyMaxLength) throw MeetingErrors.SupportPolicyTooLong();
        TextRules.RefuseForeignCharacters(text, "支援方針", multiline: true);
        if (baseVersion != item.SupportPolicyVersion) throw MeetingErrors.SupportPolicyConflict();
        if (text == item.SupportPolicy) throw MeetingErrors.SupportPolicyUnchanged();
        return Record(new SupportPolicyEdited(supportCase.Id, text, item.SupportPolicyVersion + 1), actor, at);
    }

    /// <summary>見守り — same rules as the 支援方針: not empty, bounded, and from the current version.</summary>
    public JournalEntry EditWatching(SupportCase supportCase, string text, int baseVersion, Actor actor, DateTimeOffset at)
    {
        var (item, _) = RequireDecidable(supportCase, actor);
        ValidateText("見守り", text, WatchingMaxLength);
        if (baseVersion != item.WatchingVersion) throw MeetingErrors.FieldConflict("見守り");
        if (text == item.Watching) throw MeetingErrors.Unchanged("見守り");
        return Record(new WatchingEdited(supportCase.Id, text, item.WatchingVersion + 1), actor, at);
    }

    /// <summary>
    /// 各機関の情報 — what one agency knows of the case. A member writes their own agency's note; the chair and 事務局 may
    /// write any participating agency's, keeping the record straight.
    /// </summary>
    public JournalEntry EditAgencyNote(SupportCase supportCase, Guid agencyId, string text, int baseVersion, Actor actor, DateTimeOffset at)
    {
        var (item, editor) = RequireEditable(supportCase, actor);
        if (_participants.All(p => p.AgencyId != agencyId)) throw MeetingErrors.AgencyNotParticipating();
        if (!MayWriteNoteFor(editor, agencyId)) throw MeetingErrors.NoteOfAnotherAgency();
        ValidateText("機関の情報", text, AgencyNoteMaxLength);
        var current = item.AgencyNoteOf(agencyId);
        if (baseVersion != (current?.Version ?? 0)) throw MeetingErrors.FieldConflict("この機関の情報");
        if (text == current?.Text) throw MeetingErrors.Unchanged("機関の情報");
        return Record(new AgencyNoteEdited(supportCase.Id, agencyId, text, (current?.Version ?? 0) + 1), actor, at);
    }

    /// <summary>次回確認日 — not in the past, and from its current version like the texts.</summary>
    public JournalEntry SetNextReviewDate(SupportCase supportCase, DateOnly date, int baseVersion, DateOnly today, Actor actor, DateTimeOffset at)
    {
        var (item, _) = RequireDecidable(supportCase, actor);
        if (date < today) throw MeetingErrors.ReviewDateInPast();
        DateRules.RefuseBeyondHorizon(date, today, "次回確認日");
        if (baseVersion != item.NextReviewDateVersion) throw MeetingErrors.FieldConflict("次回確認日");
        if (date == item.NextReviewDate) throw MeetingErrors.Unchanged("次回確認日");
        return Record(new NextReviewDateSet(supportCase.Id, date), actor, at);
    }

    /// <summary>社会資源の不足 — each note is added to the list, so two people noting gaps at once never collide.</summary>
    public JournalEntry NoteResourceGap(SupportCase supportCase, string text, Actor actor, DateTimeOffset at)
    {
        RequireDecidable(supportCase, actor);
        ValidateText("社会資源の不足", text, ResourceGapMaxLength);
        return Record(new ResourceGapNoted(supportCase.Id, text.Trim()), actor, at);
    }

    private static void ValidateText(string field, string text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text)) throw MeetingErrors.TextEmpty(field);
        if (text.Length > maxLength) throw MeetingErrors.TextTooLong(field, maxLength);
        TextRules.RefuseForeignCharacters(text, field, multiline: true);
    }
}
