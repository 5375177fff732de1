-- Seeds the redirect benchmark (./bench.sh): one campaign with 1,000,000 links, short codes bench0000001 …
-- bench1000000 (the benchmark's wrk script asks for them). Parameters: @domain, @user. Run as the owner.
INSERT INTO campaigns (name, source, objective, targeting_criteria, status, domain_id, created_by, utm_campaign)
VALUES ('Redirect benchmark', 'newsletter', 'traffic', '{}', 'active', @domain, @user, 'redirect_bench');

INSERT INTO links (campaign_id, domain_id, utm_source, utm_medium, utm_campaign, utm_content, landing_url, full_url, short_code,
                   ga4_channel, created_by)
SELECT c.id, c.domain_id, 'newsletter', 'email', 'redirect_bench', 'item_' || g, 'https://bench-redirect.test/p/' || g,
       'https://bench-redirect.test/p/' || g || '?utm_source=newsletter&utm_medium=email&utm_campaign=redirect_bench&utm_content=item_' || g,
       'bench' || lpad(g::text, 7, '0'), 'email', c.created_by
FROM campaigns AS c CROSS JOIN generate_series(1, 1000000) AS g
WHERE c.domain_id = @domain AND c.utm_campaign = 'redirect_bench';

ANALYZE links;
