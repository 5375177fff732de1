using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace UtmStudio.E2E.Infrastructure;

/// <summary>Deque's axe-core accessibility checks on the page as the user sees it now.</summary>
internal static class AxeChecks
{
    private static readonly string[] Blocking = ["serious", "critical"];

    // Only violations are read, so axe need not describe every node that passed (it keeps one per rule for the
    // other kinds): the same rules run, with less JSON to build, send and parse per check.
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    // axe judges colours as they are painted at that instant: a tooltip fading in (the theme toggle keeps focus
    // after a click, so its tooltip opens) is half transparent and "fails" contrast it has once shown. Waiting for
    // every finite animation and transition to end makes axe look at the page the user sees; endless ones
    // (spinners) are left running.
    internal const string FinishTransitions = """
        () => Promise.all(document.getAnimations()
            .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
            .map(a => a.finished.catch(() => null)))
        """;

    /// <summary>Fails when axe finds a serious or critical violation, listing each with where and how to fix it.</summary>
    public static async Task AssertNoSeriousViolationsAsync(this IPage page, string what)
    {
        var found = await page.FindSeriousViolationsAsync(what);
        Assert.True(found is null, found);
    }

    /// <summary>The serious and critical violations on the page, described for a failure message; null when none.</summary>
    public static async Task<string?> FindSeriousViolationsAsync(this IPage page, string what)
    {
        await page.WaitForAnimationsAsync();
        var result = await page.RunAxe(ViolationsOnly);
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        return blocking.Count == 0 ? null : $"{what} ({page.Url}) has accessibility violations:\n" + Describe(blocking);
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join("\n", violations.Select(v =>
        $"- {v.Id} ({v.Impact}): {v.Help}\n  {v.HelpUrl}\n" +
        string.Join("\n", v.Nodes.Select(n => $"    at {n.Target}: {Why(n)}\n      {n.Html}"))));

    private static string Why(AxeResultNode node) =>
        string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message).Distinct());
}
