using UtmStudio.Features.Links.Conventions;

namespace UtmStudio.Tests.Unit.Links.Conventions;

/// <summary>The jsonb form of the conventions: faithful both ways, tolerant of what it cannot read.</summary>
public sealed class LinkConventionsJsonTests
{
    private static readonly LinkConventions Full = new()
    {
        Lowercase = true,
        Spaces = SpaceReplacement.Hyphen,
        Sources = new AllowedValues { Values = [new("google", "Search ads"), new("café")], ClosedList = true },
        Mediums = AllowedValues.Suggested("email", "cpc"),
        Dependencies = [new DependentRule("cpc", ["google"])],
        RequiredFields = ["utm_content"],
        ForbiddenCharacters = "&#",
        MaxLength = 40,
    };

    [Fact]
    public void A_round_trip_gives_equal_conventions()
    {
        Assert.Equal(Full, LinkConventions.FromJson(Full.ToJson()));
        Assert.Equal(LinkConventions.None, LinkConventions.FromJson(LinkConventions.None.ToJson()));
    }

    [Fact]
    public void The_document_is_camel_case_with_the_space_rule_as_a_word_and_readable_text()
    {
        var json = Full.ToJson();

        Assert.Contains("\"spaces\":\"hyphen\"", json, StringComparison.Ordinal);
        Assert.Contains("\"closedList\":true", json, StringComparison.Ordinal);
        Assert.Contains("\"café\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("isNone", json, StringComparison.Ordinal);
        Assert.DoesNotContain("restricts", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("null")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("42")]
    [InlineData("{\"lowercase\":\"yes\"}")]
    [InlineData("{\"spaces\":3}")]
    [InlineData("{\"spaces\":\"tilde\"}")]
    [InlineData("{\"maxLength\":1.5}")]
    [InlineData("{\"lowercase\":true")]
    public void Garbage_reads_as_none(string? json)
    {
        var read = LinkConventions.FromJson(json);

        Assert.Same(LinkConventions.None, read);
        Assert.True(read.IsNone);
    }

    [Fact]
    public void Unknown_properties_are_skipped_missing_ones_take_defaults_and_nulls_read_as_empty()
    {
        var read = LinkConventions.FromJson(
            """{"Lowercase":true,"colour":"blue","spaces":"Underscore","sources":null,"dependencies":[{"medium":"cpc","sources":null}],"requiredFields":null,"forbiddenCharacters":null,"mediums":{"values":[{"value":null}]}}""");

        Assert.Equal(
            new LinkConventions
            {
                Lowercase = true, Spaces = SpaceReplacement.Underscore,
                Dependencies = [new DependentRule("cpc", [])], Mediums = new AllowedValues { Values = [new("")] },
            },
            read);
        Assert.Empty(read.Sources.Values);
        Assert.Equal("", read.ForbiddenCharacters);
    }

    [Fact]
    public void Equality_compares_contents_and_lists_set_are_copied()
    {
        var fields = new List<string> { "utm_content" };
        var conventions = new LinkConventions { RequiredFields = fields };
        fields.Add("utm_term");

        Assert.Equal(["utm_content"], conventions.RequiredFields);
        Assert.Equal(Full, Full with { Sources = Full.Sources with { Values = [new("google", "Search ads"), new("café")] } });
        Assert.NotEqual(Full, Full with { Sources = Full.Sources with { Values = [new("google", "Other note"), new("café")] } });
        Assert.Equal(Full.GetHashCode(), LinkConventions.FromJson(Full.ToJson()).GetHashCode());
    }
}
