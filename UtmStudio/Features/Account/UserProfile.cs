namespace UtmStudio.Features.Account;

public sealed record UserProfile(Guid Id, string Email, string? DisplayName, DateTimeOffset? MemberSince)
{
    public string Name => string.IsNullOrWhiteSpace(DisplayName) ? Email : DisplayName;
}
