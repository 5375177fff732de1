namespace UtmStudio.Features.Links.Conventions.Settings;

/// <summary>A domain's conventions as one member sees them: every member reads them (the builder applies them),
/// managers of an active domain change them.</summary>
public sealed record DomainConventions(Guid DomainId, string DomainName, LinkConventions Conventions, bool IsManager, bool IsReadOnly)
{
    public bool CanEdit => IsManager && !IsReadOnly;
}
