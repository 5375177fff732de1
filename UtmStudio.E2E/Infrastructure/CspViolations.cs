using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace UtmStudio.E2E.Infrastructure;

/// <summary>
/// Watches every page of the browser contexts the fixture creates for Content-Security-Policy violations, which
/// Chromium reports as console errors ("Refused to execute inline script because it violates …").
/// <see cref="FailOnCspViolationAttribute"/> turns any that a test caused into a failure of that test.
/// </summary>
public static class CspViolations
{
    private static readonly ConcurrentQueue<string> Seen = new();

    public static void Watch(IBrowserContext context) => context.Console += (_, message) =>
    {
        if (IsViolation(message))
        {
            Seen.Enqueue($"{message.Page?.Url}: {message.Text}");
        }
    };

    public static bool IsViolation(IConsoleMessage message) =>
        message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase);

    /// <summary>The violations seen since the last call (tests in the app collection run one at a time).</summary>
    public static IReadOnlyList<string> TakeAll()
    {
        var taken = new List<string>();
        while (Seen.TryDequeue(out var violation))
        {
            taken.Add(violation);
        }

        return taken;
    }
}

/// <summary>Fails a test in whose pages the browser refused something because of the Content-Security-Policy.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class FailOnCspViolationAttribute : BeforeAfterTestAttribute
{
    public override void Before(MethodInfo methodUnderTest) => CspViolations.TakeAll();

    public override void After(MethodInfo methodUnderTest)
    {
        var violations = CspViolations.TakeAll();
        if (violations.Count > 0)
        {
            throw new XunitException(
                $"The browser reported {violations.Count} Content-Security-Policy violation(s):\n" + string.Join('\n', violations));
        }
    }
}
