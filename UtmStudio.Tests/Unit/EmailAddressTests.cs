using UtmStudio.Features.Account;

namespace UtmStudio.Tests.Unit;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("jane@acme.test", "jane@acme.test")]
    [InlineData("  Jane.Doe@ACME.Test ", "jane.doe@acme.test")]
    [InlineData("j+tag@mail.acme.test", "j+tag@mail.acme.test")]
    public void Valid_addresses_are_trimmed_and_lowercased(string raw, string expected) =>
        Assert.Equal(expected, EmailAddress.Normalize(raw));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("jane")]
    [InlineData("jane@")]
    [InlineData("a@b")]
    [InlineData("jane@.test")]
    [InlineData("Jane <jane@acme.test>")]
    public void Invalid_addresses_are_rejected(string? raw) => Assert.Null(EmailAddress.Normalize(raw));

    [Fact]
    public void Addresses_longer_than_the_column_are_rejected() =>
        Assert.Null(EmailAddress.Normalize(new string('a', 250) + "@acme.test"));
}
