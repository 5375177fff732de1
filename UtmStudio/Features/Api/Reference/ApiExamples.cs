using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Api.V1;
using UtmStudio.Features.Links.Channels;

namespace UtmStudio.Features.Api.Reference;

/// <summary>An example of every request and response body of the API, serialized as the API writes JSON.</summary>
public static class ApiExamples
{
    private static readonly Guid CampaignId = Guid.Parse("3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
    private static readonly Guid LinkId = Guid.Parse("7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d");
    private static readonly Guid PersonId = Guid.Parse("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e");
    private static readonly DateTimeOffset At = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    private static readonly UtmResource Utm = new("newsletter", "email", "spring_sale", "hero_banner", null, null, null, null, null);

    private static readonly CampaignResource Campaign = new(CampaignId, "Spring Sale", "newsletter", "sales", "Q2 promotion", CampaignStatus.Active,
        new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), "spring_sale", null, new TargetingResource(["US", "CA"], ["en"], Devices: ["mobile"]),
        PersonId, "Ada Lovelace", At, At, 3, "\"48213\"");

    private static readonly LinkResource Link = new(LinkId, CampaignId, "Spring Sale", "https://acme.example/spring", Utm,
        "https://acme.example/spring?utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale&utm_content=hero_banner", "Xk3p9Qa",
        "https://utmstudio.example/l/Xk3p9Qa", "April newsletter", ["q2"], Ga4Channel.Email, "Email", PersonId, "Ada Lovelace", At, At, "\"48377\"");

    private static readonly TemplateResource Template = new(Guid.Parse("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a"), "Newsletter", null, "newsletter",
        "email", null, null, null, null, null);

    private static readonly Dictionary<Type, object> Examples = new()
    {
        [typeof(CampaignResource)] = Campaign,
        [typeof(CampaignSummary)] = new CampaignSummary(CampaignId, "Spring Sale", "newsletter", "sales", CampaignStatus.Active, "spring_sale",
            new DateOnly(2026, 4, 1), null, PersonId, "Ada Lovelace", At, 3, "\"48213\""),
        [typeof(CampaignInput)] = new CampaignInput("Spring Sale", "newsletter", "sales", "Q2 promotion", new DateOnly(2026, 4, 1),
            new DateOnly(2026, 4, 30), Targeting: new TargetingResource(["US"])),
        [typeof(CampaignStatusInput)] = new CampaignStatusInput(CampaignStatus.Paused),
        [typeof(LinkResource)] = Link,
        [typeof(LinkInput)] = new LinkInput(CampaignId, "https://acme.example/spring", "newsletter", "email", "hero_banner", Label: "April newsletter", Tags: ["q2"]),
        [typeof(LinkPreviewResource)] = new LinkPreviewResource(true, Link.FullUrl, Utm, Ga4Channel.Email, "Email",
            "utm_medium is email, so GA4 reports these visits as Email.", null,
            [new ConventionChangeResource("utm_content", "Hero Banner", "hero_banner", "Your team writes UTM values in lowercase, with underscores.")],
            new Dictionary<string, string>()),
        [typeof(ProfileResource)] = new ProfileResource(new ProfileKey(Guid.Parse("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"), "Zapier", "k3x9q2m7pa",
            ["read", "links"], At, null), new ProfileDomain(Guid.Parse("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"), "acme.example", false),
            new ProfileCreator(PersonId, "Ada Lovelace", "manager")),
        [typeof(Page<CampaignSummary>)] = new Page<CampaignSummary>([], "MTM5MjQ4NzY1NDMyMTAwMDA6M2YxYzJkNGU"),
        [typeof(Page<LinkResource>)] = new Page<LinkResource>([Link], null),
        [typeof(LinkBulkInput)] = new LinkBulkInput([
            new LinkInput(CampaignId, "https://acme.example/spring", "newsletter", "email", "hero_banner", Label: "April newsletter", Tags: ["q2"]),
            new LinkInput(CampaignId, "https://acme.example/spring", "newsletter", "email", "hero_banner"),
            new LinkInput(CampaignId, "https://elsewhere.example/", "newsletter", "email")]),
        [typeof(LinkBulkResult)] = new LinkBulkResult(1, 1, 1, [
            new LinkBulkItem(0, LinkBulkStatus.Created, Link, null, null, null),
            new LinkBulkItem(1, LinkBulkStatus.Duplicate, Link, "link.duplicate", "The same link as item 0 (only that one is created).", null),
            new LinkBulkItem(2, LinkBulkStatus.Invalid, null, "validation.failed", "The link is not ready to save: Use an address on acme.example.",
                new Dictionary<string, string[]> { ["url"] = ["Use an address on acme.example."] })]),
        [typeof(TemplateResource)] = Template,
        [typeof(TemplateInput)] = new TemplateInput("Newsletter", UtmSource: "newsletter", UtmMedium: "email"),
        [typeof(Page<TemplateResource>)] = new Page<TemplateResource>([Template], null),
    };

    private static readonly JsonSerializerOptions Json = CreateJson();

    /// <summary>Which body types have an example (a test checks every documented body is among them).</summary>
    public static IReadOnlyCollection<Type> Types => [.. Examples.Keys, .. ApiGroupExamples.All.Keys];

    public static Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        // The API writes enums as strings ("active", "paid_social"); the generated schema lists the values but not
        // their type, and client generators then guess integers.
        if (context.JsonTypeInfo.Type.IsEnum && schema.Enum is { Count: > 0 } && schema.Type is null)
        {
            schema.Type = JsonSchemaType.String;
        }

        // A nullable enum property is already oneOf [null, the enum]; a null among the enum's own values would make a
        // null match both branches (redocly: "must match exactly one schema in oneOf") and is not a string anyway.
        if (schema.Enum is { Count: > 0 } values && values.Any(v => v is null || v.GetValueKind() == System.Text.Json.JsonValueKind.Null))
        {
            schema.Enum = [.. values.Where(v => v is not null && v.GetValueKind() != System.Text.Json.JsonValueKind.Null)];
        }

        if (Examples.TryGetValue(context.JsonTypeInfo.Type, out var example) || ApiGroupExamples.All.TryGetValue(context.JsonTypeInfo.Type, out example))
        {
            schema.Examples = [JsonSerializer.SerializeToNode(example, example.GetType(), Json)!];
        }
        else if (context.JsonTypeInfo.Type == typeof(Microsoft.AspNetCore.Mvc.ProblemDetails))
        {
            schema.Examples = [new JsonObject
            {
                ["type"] = "urn:utmstudio:problem:not_found",
                ["title"] = "Not found",
                ["status"] = 404,
                ["detail"] = "That campaign was not found, or you don't have access to it.",
                ["code"] = "not_found",
                ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            }];
        }

        return Task.CompletedTask;
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);
        return options;
    }
}
