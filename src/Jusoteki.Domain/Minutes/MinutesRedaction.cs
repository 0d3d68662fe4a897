using Jusoteki.Domain.Consent;

namespace Jusoteki.Domain.Minutes;

/// <summary>
/// C7 — the minutes as one reader may read them: each case section through the consent gate's decision for that reader.
/// A section the reader may not see keeps its pseudonym and summary and is marked <see cref="MinutesCaseSection.Redacted"/>,
/// so every output says that something was withheld. Roles still open name the case by pseudonym only, and are withheld
/// for cases the reader may not see (and counted, so that no output says 「なし」 where rows were withheld); a 本人 who attended is named only to readers who may see their case.
/// </summary>
public static class MinutesRedaction
{
    public const string RedactedNotice = "個人情報を含むため、この部分は表示されません（仮名表示）。";

    public static MinutesDocument For(MinutesDocument document, Func<Guid, Visibility> visibilityOf)
    {
        var sections = document.Cases.Select(c => visibilityOf(c.CaseId) switch
        {
            Visibility.Full => c,
            Visibility.Scoped => c with { AgencyNotes = [], WithheldAgencyNotes = c.AgencyNotes.Count },
            _ => new MinutesCaseSection(c.CaseId, c.Order, c.Pseudonym, c.Summary, null, "", [], "", "", null, [], null, null, [], Redacted: true),
        }).ToList();
        var hidden = sections.Where(s => s.Redacted).Select(s => s.Pseudonym).ToHashSet();
        var openRoles = document.OpenRoles.Where(r => !hidden.Contains(r.Pseudonym)).ToList();
        var attendees = document.Header.Attendees.Select(a => a with { Name = JournalRedaction.NameOf(a.Name, a.PersonOfCaseId, visibilityOf) }).ToList();
        return document with
        {
            Header = document.Header with { Attendees = attendees },
            Cases = sections,
            OpenRoles = openRoles,
            // Counted, never described: the reader learns that rows were withheld, not what they say (C7).
            WithheldOpenRoles = document.OpenRoles.Count - openRoles.Count,
        };
    }
}
