namespace Jusoteki.Domain.Common;

/// <summary>Who did something: the stable id of the user and the name shown in the journal and minutes.</summary>
public sealed record Actor
{
    public Actor(string id, string displayName)
    {
        if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("Actor id is required.", nameof(id));
        if (string.IsNullOrWhiteSpace(displayName)) throw new ArgumentException("Actor name is required.", nameof(displayName));
        Id = id;
        DisplayName = displayName;
    }

    public string Id { get; }
    public string DisplayName { get; }
}
