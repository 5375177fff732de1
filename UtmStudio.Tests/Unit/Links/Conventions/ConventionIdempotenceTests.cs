using CsCheck;
using UtmStudio.Features.Links.Composition;
using UtmStudio.Features.Links.Conventions;

namespace UtmStudio.Tests.Unit.Links.Conventions;

/// <summary>
/// Applying the conventions to their own result changes nothing, for any values and any conventions (valid or not):
/// the builder can re-apply on every keystroke and the service on save without a value drifting.
/// </summary>
public sealed class ConventionIdempotenceTests
{
    private static readonly Gen<string> Text =
        Gen.Char["aAbBzZ09 _-\t\u00a0&#éÉİßΣ☕"].Array[0, 12].Select(chars => new string(chars));

    private static readonly Gen<string?> Optional = Gen.Frequency((1, Gen.Const((string?)null)), (4, Text.Select(t => (string?)t)));

    private static readonly Gen<AllowedValues> Lists =
        Gen.Select(Text.Array[0, 4], Gen.Bool, (values, closed) => new AllowedValues { Values = [.. values.Select(v => new AllowedValue(v))], ClosedList = closed });

    private static readonly Gen<LinkConventions> Conventions = Gen.Select(
        Gen.Bool, Gen.Enum<SpaceReplacement>(), Lists, Lists,
        Gen.Select(Text, Text.Array[0, 3], (medium, sources) => new DependentRule(medium, sources)).Array[0, 2],
        Gen.OneOf("utm_content", "utm_term", "utm_marketing_tactic", "utm_nonsense").Array[0, 2],
        Gen.Char["&#é_- a"].Array[0, 3].Select(chars => new string(chars)),
        Gen.Int[-1, 12].Select(i => i < 0 ? (int?)null : i),
        (lowercase, spaces, sources, mediums, rules, required, forbidden, max) => new LinkConventions
        {
            Lowercase = lowercase, Spaces = spaces, Sources = sources, Mediums = mediums, Dependencies = rules,
            RequiredFields = required, ForbiddenCharacters = forbidden, MaxLength = max,
        });

    private static readonly Gen<UtmValues> Values = Gen.Select(
        Text, Text, Text, Optional, Optional, Optional, Optional,
        (source, medium, campaign, content, term, id, tactic) =>
            new UtmValues(source, medium, campaign, Content: content, Term: term, Id: id, MarketingTactic: tactic));

    [Fact]
    public void Applying_twice_is_applying_once()
    {
        Gen.Select(Values, Conventions).Sample((values, conventions) =>
        {
            var once = ConventionEnforcer.Apply(values, conventions);
            var twice = ConventionEnforcer.Apply(once.Values, conventions);
            return twice.Changes.Count == 0
                && twice.Values == once.Values
                && twice.Problems.OrderBy(p => p.Key).SequenceEqual(once.Problems.OrderBy(p => p.Key))
                && once.Values.Campaign == values.Campaign && once.Values.Id == values.Id;
        }, iter: 5000);
    }

    // Conventions made of conforming pieces (lowercase words, symbols that may be forbidden), so most pass validation.
    private static readonly Gen<string> Word = Gen.Char["abcz09_"].Array[1, 6].Select(chars => new string(chars));

    private static readonly Gen<AllowedValues> WordLists =
        Gen.Select(Word.Array[1, 4], Gen.Bool, (values, closed) => new AllowedValues { Values = [.. values.Distinct().Select(v => new AllowedValue(v, "note"))], ClosedList = closed });

    private static readonly Gen<LinkConventions> ValidConventions = Gen.Select(
        Gen.Bool, Gen.Enum<SpaceReplacement>(), WordLists, WordLists,
        Gen.Select(Word, Word.Array[1, 3], (medium, sources) => new DependentRule(medium, sources)).Array[0, 2],
        Gen.OneOf("utm_content", "utm_term", "utm_marketing_tactic").Array[0, 2],
        Gen.Int[1, 12],
        (lowercase, spaces, sources, mediums, rules, required, max) => new LinkConventions
        {
            Lowercase = lowercase, Spaces = spaces, Sources = sources, Mediums = mediums, RequiredFields = required,
            ForbiddenCharacters = "&#", MaxLength = max,
            Dependencies = [.. rules.DistinctBy(r => r.Medium).Select(r => mediums.ClosedList ? r with { Medium = mediums.Values[0].Value } : r)
                .Select(r => sources.ClosedList ? r with { Sources = [sources.Values[0].Value] } : r).DistinctBy(r => r.Medium)],
        }).Where(c => ConventionValidation.Validate(c).Count == 0);

    [Fact]
    public void Links_made_of_the_lists_of_valid_conventions_have_no_changes_and_no_problems()
    {
        Gen.Select(ValidConventions, Gen.Int[0, 3], Gen.Int[0, 3]).Sample((conventions, s, m) =>
        {
            // The medium typed in capitals: lowercase (or the list's spelling) fixes it, nothing else changes.
            var medium = conventions.Mediums.Values[m % conventions.Mediums.Values.Count].Value;
            var rule = conventions.Dependencies.FirstOrDefault(r => string.Equals(r.Medium, medium, StringComparison.OrdinalIgnoreCase));
            var source = rule?.Sources[s % rule.Sources.Count] ?? conventions.Sources.Values[s % conventions.Sources.Values.Count].Value;
            var values = new UtmValues(source, medium.ToUpperInvariant(), "c", Content: "f", Term: "f", MarketingTactic: "f");
            var outcome = ConventionEnforcer.Apply(values, conventions);
            return outcome.IsValid && outcome.Values == values with { Medium = medium }
                && outcome.Changes.All(c => c.Parameter == "utm_medium") && outcome.Changes.Count == (medium == medium.ToUpperInvariant() ? 0 : 1);
        }, iter: 2000);
    }
}
