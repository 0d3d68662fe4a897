namespace Jusoteki.Domain.Meetings;

/// <summary>The kinds of meeting of the 重層的支援体制整備事業, each with its own legal basis.</summary>
public enum MeetingKind
{
    /// <summary>支援会議 — 社会福祉法 第106条の6: may share a case without consent among members bound by 守秘義務.</summary>
    SupportMeeting,
    /// <summary>重層的支援会議 — the municipality's 実施要綱: consented cases only.</summary>
    MultiLayeredSupportMeeting,
    /// <summary>代表者会議 — aggregates only, never personal information.</summary>
    RepresentativesMeeting,
}
