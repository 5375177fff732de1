using UtmStudio.Components;
using UtmStudio.Data;
using UtmStudio.Features;
using UtmStudio.Features.Analytics;
using UtmStudio.Features.Api;
using UtmStudio.Features.Links.Lists;
using UtmStudio.Features.Operations;
using UtmStudio.Features.Tracking;
using UtmStudio.Identity;
using UtmStudio.Identity.DevProvider;

var builder = WebApplication.CreateBuilder(args);
if (args.Contains("migrate", StringComparer.OrdinalIgnoreCase))
{
    // Production schema changes are explicit: `UtmStudio migrate` runs them as the owner role, then exits.
    await builder.RunMigrateCommandAsync();
    return;
}

builder.AddErrorTracking();
builder.AddHttpHardening();
builder.AddAppDatabase();
builder.AddAppAuthentication();
builder.AddAppUserInterface();
builder.AddAppFeatures();
builder.Services.AddRestApi(builder.Configuration);
builder.AddHealth();

var app = builder.Build();

await app.MigrateDatabaseInDevelopmentAsync();

app.UseHttpHardening();
app.UsePlaintextPing();
app.UseShortLinks();
app.UseAppErrorPages();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.UseRestApi();

app.MapHealth();
app.MapDevIdentityProvider();
app.MapAccountEndpoints();
app.MapLinkExport();
app.MapAnalyticsExport();
app.MapRestApi();
app.MapAppUserInterface();

await app.RunAsync();

/// <summary>Entry point, visible to the test projects.</summary>
public partial class Program;
