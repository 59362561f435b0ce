/**
 * The Atom feed of opened consultations (RFC 4287), in Chinese, as a pure function of the rows
 * and the site's zone: `<updated>` is RFC 3339 with the zone's offset, and the closing time in
 * each summary is written as people in the city read it. Every text goes through `escapeXml`,
 * which drops characters XML 1.0 forbids, so one control character cannot break the feed.
 */
import { escapeXml } from '../html/escape.ts';
import { translator } from '../i18n/index.ts';
import { rfc3339 } from '../time/index.ts';
import { formatDeadline } from './window.ts';

export interface FeedEntry {
  id: number;
  title: string;
  opensAt: Date;
  closesAt: Date;
  regulationSlug: string;
  regulationTitle: string;
  summary: string;
  versionSlug: string | null;
}

/** The feed document; `entries` newest first. */
export function consultationFeed(
  entries: readonly FeedEntry[],
  site: { origin: string; timeZone: string; city: string },
): string {
  const { timeZone } = site;
  const origin = escapeXml(site.origin);
  const t = translator('zh');
  const link = (e: FeedEntry) =>
    `${origin}/regulations/${e.regulationSlug}${e.versionSlug ? `/versions/${e.versionSlug}` : ''}`;
  const items = entries
    .map(
      (e) => `  <entry>
    <id>${origin}/consultations/${e.id}</id>
    <title>${escapeXml(`${e.regulationTitle}：${e.title}`)}</title>
    <link href="${escapeXml(link(e))}"/>
    <updated>${rfc3339(e.opensAt, timeZone)}</updated>
    <summary>${escapeXml(`${e.summary}（${t('home.until', { date: formatDeadline(e.closesAt, 'zh', timeZone) })}）`)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(`${site.city}法规草案公开征求意见`)}</title>
  <id>${origin}/feeds/consultations.xml</id>
  <link rel="self" href="${origin}/feeds/consultations.xml"/>
  <updated>${rfc3339(entries[0]?.opensAt ?? new Date(0), timeZone)}</updated>
${items}
</feed>
`;
}
