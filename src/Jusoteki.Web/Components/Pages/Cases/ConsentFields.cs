using Jusoteki.Domain.Cases;

namespace Jusoteki.Web.Components.Pages.Cases;

/// <summary>What the consent part of a form holds while it is being filled in; the domain checks it when it is saved.</summary>
public sealed class ConsentFields
{
    public DateOnly? Date { get; set; }
    public ConsentMethod? Method { get; set; }
    public HashSet<Guid> Scope { get; } = [];
    public ConsentSigner Signer { get; set; } = ConsentSigner.Person;
    public string? RepresentativeRelation { get; set; }
    public string? PaperLocation { get; set; }
    public DateOnly? ExpiresOn { get; set; }

    public ConsentGrant ToGrant() => new(Date, Method, [.. Scope], Signer, RepresentativeRelation, PaperLocation, ExpiresOn);
}
