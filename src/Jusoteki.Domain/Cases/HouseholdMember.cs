namespace Jusoteki.Domain.Cases;

/// <summary>世帯員 — a member of the case's household, with their relation to the person and their own issues.</summary>
public sealed record HouseholdMember(string Name, string Relation, string AgeBand, string Issues);
