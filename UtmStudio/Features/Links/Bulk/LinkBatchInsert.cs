using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using UtmStudio.Data;

namespace UtmStudio.Features.Links.Bulk;

/// <summary>
/// Writes a batch of built rows in one statement: a multi-row INSERT from unnest() of one array per column, with
/// ON CONFLICT (domain_id, full_url) DO NOTHING — a URL the domain has (saved by someone meanwhile, too) is
/// skipped, not an error, and RETURNING says which were written. Not COPY, which would be faster still:
/// PostgreSQL refuses COPY FROM into a table whose row-level security applies to the writer, as it does here.
/// Runs inside the caller's transaction, on its connection (so the caller's tenant scope applies).
/// </summary>
internal static class LinkBatchInsert
{
    private const string Sql = """
        INSERT INTO links (campaign_id, domain_id, created_by, utm_source, utm_medium, utm_campaign, utm_content, utm_term, utm_id,
                           utm_source_platform, utm_creative_format, utm_marketing_tactic, landing_url, full_url, short_code, label, tags, ga4_channel)
        SELECT r.campaign_id, @domain, @user, r.source, r.medium, r.campaign, r.content, r.term, r.utm_id,
               r.platform, r.format, r.tactic, r.landing, r.full_url, r.code, r.label, coalesce(string_to_array(r.tags, chr(31)), '{}'), r.channel
        FROM unnest(@campaign_ids, @sources, @mediums, @campaigns, @contents, @terms, @utm_ids, @platforms, @formats, @tactics,
                    @landings, @full_urls, @codes, @labels, @tags, @channels)
             AS r(campaign_id, source, medium, campaign, content, term, utm_id, platform, format, tactic, landing, full_url, code, label, tags, channel)
        ON CONFLICT (domain_id, full_url) DO NOTHING
        RETURNING full_url
        """;

    /// <returns>The full URLs written; a ready row's URL missing here was in the domain already.</returns>
    public static async Task<HashSet<string>> InsertAsync(AppDbContext db, Guid domainId, Guid userId, IReadOnlyList<BulkRow> rows, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(Sql, connection, (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
        command.Parameters.AddWithValue("domain", domainId);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.Add(new NpgsqlParameter("campaign_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = rows.Select(r => r.Campaign!.Id).ToArray() });
        Text(command, "sources", rows, r => r.Values.Source);
        Text(command, "mediums", rows, r => r.Values.Medium);
        Text(command, "campaigns", rows, r => r.Values.Campaign);
        Text(command, "contents", rows, r => Blank(r.Values.Content));
        Text(command, "terms", rows, r => Blank(r.Values.Term));
        Text(command, "utm_ids", rows, r => Blank(r.Values.Id));
        Text(command, "platforms", rows, r => Blank(r.Values.SourcePlatform));
        Text(command, "formats", rows, r => Blank(r.Values.CreativeFormat));
        Text(command, "tactics", rows, r => Blank(r.Values.MarketingTactic));
        Text(command, "landings", rows, r => r.LandingUrl);
        Text(command, "full_urls", rows, r => r.FullUrl);
        command.Parameters.Add(new NpgsqlParameter("codes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(_ => LinkCodes.New()).ToArray() });
        Text(command, "labels", rows, r => r.Label);
        // One text per row (tags joined by the unit separator, which tags cannot contain): unnest cannot take an array of arrays.
        Text(command, "tags", rows, r => string.Join('\u001f', r.Tags));
        Text(command, "channels", rows, r => Ga4ChannelStorage.Write(r.Channel.Channel));

        var written = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            written.Add(reader.GetString(0));
        }

        return written;
    }

    private static void Text(NpgsqlCommand command, string name, IReadOnlyList<BulkRow> rows, Func<LinkBuild, string?> value) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(r => value(r.Build!)).ToArray() });

    // As LinkRows does for a single link: an optional value left empty is stored as NULL.
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
