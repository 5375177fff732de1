using System.Buffers.Binary;
using System.Net;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using UtmStudio.Features.Links.Builder;
using UtmStudio.Features.Tracking;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>GET /api/v1/links/{id}/qr over HTTP: a real PNG or SVG of the link's /q/ short link, and its refusals.</summary>
public sealed class QrApiTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private ApiHost _api = null!;

    private AppServices App => field ??= new(database);

    public async Task InitializeAsync() => _api = await new ApiHost(database).StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task The_png_is_the_qr_code_of_the_links_q_short_link_and_size_scales_it()
    {
        var (link, key) = await ArrangeAsync();
        var expected = _api.Services.GetRequiredService<ShortLinkUrls>().Qr(link.ShortCode);

        using var png = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links/{link.Id}/qr", key);
        var bytes = await png.Content.ReadAsByteArrayAsync();
        using var small = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links/{link.Id}/qr?format=png&size=5", key);
        var smallBytes = await small.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PngSignature, bytes[..8]);
        Assert.Contains("/q/", expected, StringComparison.Ordinal);
        Assert.Equal(QrCodes.Png(expected), bytes); // the same generator, on the /q/ link: what the link page offers
        Assert.Equal(PngSignature, smallBytes[..8]);
        Assert.Equal(Width(bytes), 2 * Width(smallBytes));
    }

    [Fact]
    public async Task The_svg_is_an_svg_document_of_the_same_code()
    {
        var (link, key) = await ArrangeAsync();
        var expected = _api.Services.GetRequiredService<ShortLinkUrls>().Qr(link.ShortCode);

        using var svg = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links/{link.Id}/qr?format=SVG", key);
        var text = await svg.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Equal("svg", XDocument.Parse(text).Root!.Name.LocalName);
        Assert.Equal(QrCodes.Svg(expected), text);
    }

    [Fact]
    public async Task A_wrong_format_or_size_is_400_by_field_another_domains_link_404_and_the_scope_is_checked()
    {
        var (link, key) = await ArrangeAsync();
        var other = await LinkDomain.CreateAsync(App);
        var otherLink = (await App.Links.CreateAsync(Person(other.Tom), other.Name, other.Draft("x"), AppServices.None)).Link;
        var campaignsOnly = (await App.CreateKeyAsync(other.Ada, other.Name, "campaigns")).Key;

        using var format = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links/{link.Id}/qr?format=gif", key);
        using var size = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links/{link.Id}/qr?size=41", key);
        using var svgSize = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links/{link.Id}/qr?format=svg&size=4", key);
        using var foreign = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links/{otherLink.Id}/qr", key);
        using var scope = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links/{otherLink.Id}/qr", campaignsOnly);

        Assert.True((await format.ProblemAsync(400, "validation.failed")).GetProperty("errors").TryGetProperty("format", out _));
        Assert.True((await size.ProblemAsync(400, "validation.failed")).GetProperty("errors").TryGetProperty("size", out _));
        Assert.True((await svgSize.ProblemAsync(400, "validation.failed")).GetProperty("errors").TryGetProperty("size", out _));
        await foreign.ProblemAsync(404, "not_found");
        Assert.Equal("links", (await scope.ProblemAsync(403, "auth.scope_missing")).GetProperty("missingScope").GetString());
    }

    [Fact]
    public async Task The_document_describes_the_answer_as_a_binary_png_or_svg()
    {
        var document = System.Text.Json.JsonDocument.Parse(await _api.Client.GetStringAsync(Features.Api.ApiPaths.OpenApiDocument)).RootElement;
        var content = document.GetProperty("paths").GetProperty("/api/v1/links/{id}/qr").GetProperty("get").GetProperty("responses")
            .GetProperty("200").GetProperty("content");

        foreach (var type in new[] { "image/png", "image/svg+xml" })
        {
            var schema = content.GetProperty(type).GetProperty("schema");
            Assert.Equal(("string", "binary"), (schema.GetProperty("type").GetString(), schema.GetProperty("format").GetString()));
        }
    }

    /// <summary>The image's width from its IHDR chunk (right after the signature and the chunk's length and type).</summary>
    private static int Width(byte[] png) => BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));

    private async Task<(Features.Links.LinkDetails Link, string Key)> ArrangeAsync()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var link = (await App.Links.CreateAsync(Person(domain.Tom), domain.Name, domain.Draft("qr"), AppServices.None)).Link;
        return (link, (await App.CreateKeyAsync(domain.Ada, domain.Name, "read")).Key);
    }
}
