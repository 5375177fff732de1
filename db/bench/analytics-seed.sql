-- Seeds the analytics benchmark (./bench.sh): the rollup rows of about 10 million clicks over the 90 UTC days from
-- @from, in one domain with 100 campaigns of 10 links each — the rows the domain's and a campaign's dashboards
-- read: hourly series of the domain (people and bots) and of every campaign, and the domain's daily breakdowns
-- (1,000 links, 100 campaigns, 200 referrers, 60 countries, 300 terms …; about 170,000 rows). Parameters: @domain,
-- @user, @from (a date). Run as the owner (past row security); the benchmark then reads it as the app would.
INSERT INTO campaigns (name, source, objective, targeting_criteria, status, domain_id, created_by, utm_campaign)
SELECT 'Campaign ' || g, (ARRAY['google', 'meta', 'newsletter', 'linkedin', 'bing'])[1 + g % 5], 'traffic', '{}', 'active',
       @domain, @user, 'campaign_' || g
FROM generate_series(1, 100) AS g;

INSERT INTO links (campaign_id, domain_id, utm_source, utm_medium, utm_campaign, utm_content, landing_url, full_url, ga4_channel, created_by)
SELECT c.id, c.domain_id, c.source, 'cpc', c.utm_campaign, 'ad_' || l, 'https://bench.test/landing/' || l,
       'https://bench.test/landing/' || l || '?utm_source=' || c.source || '&utm_medium=cpc&utm_campaign=' || c.utm_campaign || '&utm_content=ad_' || l,
       'paid_other', c.created_by
FROM campaigns AS c CROSS JOIN generate_series(1, 10) AS l
WHERE c.domain_id = @domain;

-- The domain's hours: about 4,400 clicks an hour by people (varying by hour of day) and 230 by bots.
INSERT INTO click_series (domain_id, scope_id, bucket, is_bot, clicks, unique_clicks)
SELECT @domain, @domain, h, b, c, c * 7 / 10
FROM generate_series(@from::timestamp AT TIME ZONE 'UTC', (@from::timestamp AT TIME ZONE 'UTC') + interval '90 days' - interval '1 hour',
                     interval '1 hour') AS h
CROSS JOIN (VALUES (false), (true)) AS bots(b)
CROSS JOIN LATERAL (SELECT CASE WHEN b THEN 230 ELSE 3900 + (extract(hour FROM h AT TIME ZONE 'UTC')::int * 37) % 1000 END AS c) AS n;

-- Every campaign's hours (people only): about 44 clicks an hour each.
INSERT INTO click_series (domain_id, scope_id, bucket, is_bot, clicks, unique_clicks)
SELECT @domain, c.id, h, false, 30 + (abs(hashtext(c.id::text)) + extract(hour FROM h AT TIME ZONE 'UTC')::int) % 30, 20
FROM campaigns AS c
CROSS JOIN generate_series(@from::timestamp AT TIME ZONE 'UTC', (@from::timestamp AT TIME ZONE 'UTC') + interval '90 days' - interval '1 hour',
                           interval '1 hour') AS h
WHERE c.domain_id = @domain;

-- The domain's days, per dimension value: every link and campaign every day, and the other dimensions with as many
-- values as a busy domain has (terms and contents are the long tails).
INSERT INTO click_breakdowns (domain_id, scope_id, dimension, is_bot, day, value, clicks)
SELECT @domain, @domain, 'link', false, @from::date + d, l.id::text, 80 + (abs(hashtext(l.id::text)) + d * 13) % 60
FROM links AS l CROSS JOIN generate_series(0, 89) AS d
WHERE l.domain_id = @domain;

INSERT INTO click_breakdowns (domain_id, scope_id, dimension, is_bot, day, value, clicks)
SELECT @domain, @domain, 'campaign', false, @from::date + d, c.id::text, 800 + (abs(hashtext(c.id::text)) + d * 13) % 600
FROM campaigns AS c CROSS JOIN generate_series(0, 89) AS d
WHERE c.domain_id = @domain;

INSERT INTO click_breakdowns (domain_id, scope_id, dimension, is_bot, day, value, clicks)
SELECT @domain, @domain, dim.name, false, @from::date + d, dim.prefix || v, 1 + ((v * 7919 + d * 31) % 97) * dim.weight
FROM (VALUES ('referrer', 'site', 200, 5), ('country', 'C', 60, 15), ('device', 'device', 4, 300), ('browser', 'browser', 10, 120),
             ('os', 'os', 8, 150), ('qr', 'q', 2, 600), ('channel', 'channel', 12, 100), ('source', 'source', 30, 40),
             ('medium', 'medium', 15, 80), ('content', 'ad_', 200, 6), ('term', 'term ', 300, 4)) AS dim(name, prefix, n, weight)
CROSS JOIN generate_series(0, 89) AS d
CROSS JOIN LATERAL generate_series(1, dim.n) AS v;

-- Bots: one value per dimension per day (crawlers have no referrer, a "bot" device …).
INSERT INTO click_breakdowns (domain_id, scope_id, dimension, is_bot, day, value, clicks)
SELECT @domain, @domain, dim, true, @from::date + d, CASE dim WHEN 'device' THEN 'bot' ELSE '' END, 5500
FROM unnest(ARRAY['referrer', 'country', 'device', 'browser', 'os', 'qr', 'channel', 'source', 'medium', 'content', 'term']) AS dim
CROSS JOIN generate_series(0, 89) AS d;

ANALYZE campaigns;
ANALYZE links;
ANALYZE click_series;
ANALYZE click_breakdowns;
