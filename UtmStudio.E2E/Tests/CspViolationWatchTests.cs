using Microsoft.Playwright;
using UtmStudio.E2E.Infrastructure;
using Xunit.Sdk;

namespace UtmStudio.E2E.Tests;

/// <summary>Proves that the suite notices a page breaking the Content-Security-Policy.</summary>
[Collection(AppCollection.Name)]
public sealed class CspViolationWatchTests(AppFixture app)
{
    private const string InjectInlineScript =
        "() => { const s = document.createElement('script'); s.textContent = 'window.injectedRan = true'; document.body.appendChild(s); }";

    [Fact]
    public async Task An_injected_inline_script_is_blocked_and_recorded()
    {
        await using var person = await app.NewPersonAsync();
        var page = await person.NewPageAsync();
        await page.OpenAsync("/");

        await InjectAndWaitForViolationAsync(page);

        Assert.False(await page.EvaluateAsync<bool>("() => window.injectedRan === true"), "The inline script ran");
        var recorded = CspViolations.TakeAll();
        Assert.Contains(recorded, violation => violation.Contains("inline script", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_test_whose_page_broke_the_policy_fails()
    {
        await using var person = await app.NewPersonAsync();
        var page = await person.NewPageAsync();
        await page.OpenAsync("/");

        await InjectAndWaitForViolationAsync(page);

        // What the collection's hook does after each test; it also empties the record, so this test itself passes.
        var hook = new FailOnCspViolationAttribute();
        var thisTest = typeof(CspViolationWatchTests).GetMethod(nameof(A_test_whose_page_broke_the_policy_fails))!;
        var failure = Assert.Throws<XunitException>(() => hook.After(thisTest));
        Assert.Contains("Content-Security-Policy violation", failure.Message, StringComparison.Ordinal);
    }

    private static Task InjectAndWaitForViolationAsync(IPage page) =>
        page.RunAndWaitForConsoleMessageAsync(() => page.EvaluateAsync(InjectInlineScript), new() { Predicate = CspViolations.IsViolation });
}
