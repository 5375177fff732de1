-- Seeds the campaign-board benchmark (./bench.sh): 1,000 campaigns with 20 links each in one domain, spread over
-- the three statuses, five sources, four objectives and a year of creation times. Parameters: @domain, @user.
-- Run as the owner (past row security); the benchmarks then read it as the app would.
INSERT INTO campaigns (name, source, objective, targeting_criteria, status, domain_id, created_by, utm_campaign, created_at)
SELECT 'Campaign ' || g,
       (ARRAY['google', 'meta', 'newsletter', 'linkedin', 'bing'])[1 + g % 5],
       (ARRAY['awareness', 'traffic', 'leads', 'sales'])[1 + g % 4],
       '{"locations":["DE","FR"],"devices":["mobile"]}',
       (ARRAY['active', 'paused', 'completed'])[1 + g % 3],
       @domain, @user, 'campaign_' || g, now() - g * interval '7 hours'
FROM generate_series(1, 1000) AS g;

INSERT INTO links (campaign_id, domain_id, utm_source, utm_medium, utm_campaign, utm_content, landing_url, full_url, ga4_channel, created_by)
SELECT c.id, c.domain_id, c.source, 'cpc', c.utm_campaign, 'ad_' || l, 'https://bench.test/landing/' || l,
       'https://bench.test/landing/' || l || '?utm_source=' || c.source || '&utm_medium=cpc&utm_campaign=' || c.utm_campaign || '&utm_content=ad_' || l,
       'paid_other', c.created_by
FROM campaigns AS c CROSS JOIN generate_series(1, 20) AS l
WHERE c.domain_id = @domain;

ANALYZE campaigns;
ANALYZE links;
