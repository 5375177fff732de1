namespace UtmStudio.Features.Links.Conventions;

/// <summary>
/// One fix the conventions made to a value, and why, in one plain sentence ("Your team writes UTM values in
/// lowercase."). A value fixed by two rules gets two changes, chained: "Spring Sale" → "spring sale" → "spring_sale".
/// </summary>
public sealed record ConventionChange(string Parameter, string From, string To, string Why);
