using Jusoteki.Domain.Minutes;

namespace Jusoteki.Web.Minutes;

/// <summary>
/// The minutes as one reader may read them: one version, each case section through the consent gate (C7) with its
/// discussion text resolved, and what this reader may do with them. Every output — page, Markdown, .docx — renders this.
/// </summary>
public sealed record MinutesView(
    MinutesHeader Header,
    int Version,
    MinutesStatus Status,
    bool IsPreview,
    string? CorrectionReason,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    IReadOnlyList<MinutesSectionView> Cases,
    IReadOnlyList<MinutesOpenRole> OpenRoles,
    IReadOnlyList<MinutesVersionLine> Versions,
    bool MayEdit,
    bool MayApprove,
    int WithheldOpenRoles = 0)
{
    public Guid MeetingId => Header.MeetingId;

    /// <summary>Something was withheld from this reader: every output says so.</summary>
    public bool AnyRedacted => Cases.Any(c => c.Section.Redacted) || WithheldOpenRoles > 0 || Cases.Any(c => c.Section.WithheldAgencyNotes > 0);

    public string StatusName => IsPreview ? "下書き（会議中のプレビュー）" : Status == MinutesStatus.Approved ? "承認済み" : "下書き";

    /// <summary>What a reader from whom a case was withheld reads in place of a correction's reason.</summary>
    public const string ReasonWithheld = "（訂正の理由は、すべてのケースを読める人にだけ表示します）";

    /// <summary>
    /// A version as one reader reads it: <paramref name="document"/> is the version's document after the reader's redaction.
    /// A correction's reason is free text about the meeting that may name anyone on its agenda: a reader from whom any case
    /// was withheld gets <see cref="ReasonWithheld"/> instead (C7, C10).
    /// </summary>
    public static MinutesView Compose(MinutesVersion shown, MinutesDocument document, bool preview, IReadOnlyList<MinutesVersion> versions,
        bool mayEdit, bool mayApprove)
    {
        var withheld = document.Cases.Any(c => c.Redacted);
        string? Reason(string? reason) => reason is null ? null : withheld ? ReasonWithheld : reason;
        return new(document.Header, shown.Number, shown.Status, preview, Reason(shown.CorrectionReason), shown.ApprovedBy, shown.ApprovedAt,
            [.. document.Cases.Select(c => new MinutesSectionView(c, c.Redacted ? "" : MinutesText.Discussion(c, shown.Texts)))],
            document.OpenRoles,
            [.. versions.Select(v => new MinutesVersionLine(v.Number, v.Status, Reason(v.CorrectionReason), v.ApprovedBy, v.ApprovedAt))],
            mayEdit, mayApprove, document.WithheldOpenRoles);
    }
}

/// <summary>One case of the minutes and its 協議の内容 (the tidied text, or the agencies' notes as left on the board).</summary>
public sealed record MinutesSectionView(MinutesCaseSection Section, string Discussion);

/// <summary>A version in the list of versions: earlier versions stay readable.</summary>
public sealed record MinutesVersionLine(int Number, MinutesStatus Status, string? CorrectionReason, string? ApprovedBy, DateTimeOffset? ApprovedAt);

/// <summary>A line of the minutes library.</summary>
public sealed record MinutesListItem(Guid MeetingId, string Title, Domain.Meetings.MeetingKind Kind, DateTimeOffset StartsAt, int Version,
    MinutesStatus Status, DateTimeOffset? ApprovedAt, IReadOnlyList<string> Pseudonyms, bool AnyRedacted);

/// <summary>One page of the library, and where the next one starts (null when this is the last).</summary>
public sealed record MinutesLibraryResult(IReadOnlyList<MinutesListItem> Items, MinutesCursor? Next);

/// <summary>The last meeting a library page showed: the next page starts after it, newest first.</summary>
public sealed record MinutesCursor(DateTimeOffset StartsAt, Guid MeetingId)
{
    /// <summary>Whether <paramref name="entry"/> comes after this cursor in the library's order (start, then id, both descending).</summary>
    public bool Precedes(Infrastructure.Minutes.MinutesIndexEntry entry) =>
        entry.StartsAt < StartsAt || (entry.StartsAt == StartsAt && entry.MeetingId.CompareTo(MeetingId) < 0);
}

/// <summary>What the library is asked for; empty parts match everything.</summary>
public sealed record MinutesFilter(int? FiscalYear = null, Domain.Meetings.MeetingKind? Kind = null, Guid? AgencyId = null, string? Pseudonym = null, string? Text = null);
