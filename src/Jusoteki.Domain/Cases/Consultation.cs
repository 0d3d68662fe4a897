namespace Jusoteki.Domain.Cases;

/// <summary>相談履歴 — one consultation: when, at which window or agency, and what was said.</summary>
public sealed record Consultation(DateOnly Date, Guid AgencyId, string Summary);
