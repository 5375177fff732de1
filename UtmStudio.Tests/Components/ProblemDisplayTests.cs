using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using UtmStudio.Components.Shared;
using UtmStudio.Features.Shared;

namespace UtmStudio.Tests.Components;

/// <summary>The one way pages show problems: the service's words for a refusal, never the details of a bug.</summary>
public sealed class ProblemDisplayTests : MudTestBase
{
    [Fact]
    public void A_refusal_that_reaches_the_error_boundary_is_shown_in_its_own_words()
    {
        var problem = new RuleProblem(ErrorCodes.DomainReadOnly, "acme.test is inactive, so it is read-only.");

        var shown = Render<PageError>(p => p.Add(e => e.Error, problem));

        var alert = shown.Find("[data-testid=page-error]");
        Assert.Contains("acme.test is inactive, so it is read-only.", alert.TextContent, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.DomainReadOnly, alert.GetAttribute("data-problem-code"));
        Assert.DoesNotContain("Something went wrong", alert.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bug_shows_a_general_message_and_none_of_its_details()
    {
        var shown = Render<PageError>(p => p.Add(e => e.Error, new InvalidOperationException("connection string Password=hunter2")));

        var text = shown.Find("[data-testid=page-error]").TextContent;
        Assert.Contains("Something went wrong on this page.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Try_again_on_the_error_asks_the_page_to_recover()
    {
        var retried = false;
        var shown = Render<PageError>(p => p.Add(e => e.Error, new InvalidOperationException()).Add(e => e.OnRetry, () => retried = true));

        await shown.Find("button").ClickAsync(new());

        Assert.True(retried);
    }

    [Fact]
    public void An_inline_alert_shows_nothing_without_a_problem_and_the_message_with_one()
    {
        var none = Render<ProblemAlert>(p => p.Add(a => a.Problem, null));
        Assert.Empty(none.Markup.Trim());

        var one = Render<ProblemAlert>(p => p
            .Add(a => a.Problem, ProblemMessage.From(new ValidationProblem("Type acme.test exactly to confirm the deletion.")))
            .AddUnmatched("data-testid", "delete-domain-error"));
        var alert = one.Find("[data-testid=delete-domain-error]");
        Assert.Equal("Type acme.test exactly to confirm the deletion.", alert.TextContent.Trim());
        Assert.Contains("mud-alert-text-warning", alert.ClassName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not found", Severity.Error)]
    [InlineData("forbidden", Severity.Info)]
    [InlineData("rule", Severity.Warning)]
    [InlineData("concurrency", Severity.Warning)]
    public void Each_kind_has_its_severity(string kind, Severity severity)
    {
        Exception problem = kind switch
        {
            "not found" => new NotFoundProblem("That member"),
            "forbidden" => new ForbiddenProblem("Only managers can do this."),
            "rule" => new RuleProblem(ErrorCodes.TeamLastManager, "A domain must keep at least one manager."),
            _ => new DbUpdateConcurrencyException("stale"),
        };

        Assert.Equal(severity, ProblemMessage.For(problem)!.Severity);
    }

    [Fact]
    public async Task An_action_refused_by_a_service_shows_a_snackbar_and_reports_failure()
    {
        var snackbar = Services.GetRequiredService<ISnackbar>();

        var done = await snackbar.TryAsync(() => throw new RuleProblem(ErrorCodes.TeamAlreadyMember, "bob@acme.test is already a member."), "Saved");

        Assert.False(done);
        var shown = Assert.Single(snackbar.ShownSnackbars);
        Assert.Equal("bob@acme.test is already a member.", shown.Message);
        Assert.Equal(Severity.Warning, shown.Severity);
    }

    [Fact]
    public async Task A_bug_in_an_action_is_not_turned_into_a_message()
    {
        var snackbar = Services.GetRequiredService<ISnackbar>();

        await Assert.ThrowsAsync<NullReferenceException>(() => snackbar.TryAsync(() => throw new NullReferenceException()));

        Assert.Empty(snackbar.ShownSnackbars);
    }
}
