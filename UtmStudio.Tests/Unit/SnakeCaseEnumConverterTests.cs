using UtmStudio.Data.Configurations;
using UtmStudio.Data.Entities;

namespace UtmStudio.Tests.Unit;

public sealed class SnakeCaseEnumConverterTests
{
    [Theory]
    [InlineData(MemberRole.Manager, "manager")]
    [InlineData(MemberRole.TeamMember, "team_member")]
    public void Roles_are_stored_as_the_briefs_words(MemberRole role, string stored)
    {
        Assert.Equal(stored, SnakeCaseEnumConverter<MemberRole>.ToDatabase(role));
        Assert.Equal(role, SnakeCaseEnumConverter<MemberRole>.FromDatabase(stored));
    }

    [Fact]
    public void The_check_constraint_lists_every_value() =>
        Assert.Equal("'trial', 'active', 'inactive'", SnakeCaseEnumConverter<SubscriptionStatus>.SqlValueList());
}
