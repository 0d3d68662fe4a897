namespace Jusoteki.Domain.Meetings;

/// <summary>Lifecycle of a meeting: 準備 → 開会 → 閉会.</summary>
public enum MeetingStatus
{
    /// <summary>準備</summary>
    Preparing,
    /// <summary>開会</summary>
    Open,
    /// <summary>閉会</summary>
    Closed,
}
