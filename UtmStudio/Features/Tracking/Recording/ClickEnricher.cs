using UtmStudio.Features.Tracking.Agents;

namespace UtmStudio.Features.Tracking.Recording;

/// <summary>
/// Turns what the redirect saw into what is stored: device, browser and OS from the user agent, the bot flag (HEAD
/// requests, crawlers and link-preview fetchers), the referrer's host only, a valid country code, and the visitor
/// hash. Runs in the writer, off the request path.
/// </summary>
public static class ClickEnricher
{
    public static RecordedClick Enrich(in RawClick raw, byte[] daySalt, AgentMemo? agents = null)
    {
        var agent = agents?.Classify(raw.UserAgent) ?? UserAgentClassifier.Classify(raw.UserAgent);
        return new RecordedClick(
            At: raw.At,
            LinkId: raw.Link.LinkId,
            CampaignId: raw.Link.CampaignId,
            DomainId: raw.Link.DomainId,
            Link: raw.Link.Dimensions,
            ReferrerHost: ReferrerHost.From(raw.Referer),
            Device: AgentText.Key(agent.Device),
            Browser: AgentText.Key(agent.Browser),
            Os: AgentText.Key(agent.Os),
            Country: CountryCode(raw.Country),
            FromQr: raw.FromQr,
            IsBot: raw.IsHead || agent.IsBot,
            VisitorHash: VisitorHash.Of(raw.Ip, raw.UserAgent, daySalt));
    }

    /// <summary>"de" or "DE" is Germany; proxies' placeholders ("XX" unknown, "T1" Tor) and anything else are no country.</summary>
    public static string? CountryCode(string? header)
    {
        if (header is not { Length: 2 } || !char.IsAsciiLetter(header[0]) || !char.IsAsciiLetter(header[1]))
        {
            return null;
        }

        var code = header.ToUpperInvariant();
        return code is "XX" or "ZZ" ? null : code;
    }
}
