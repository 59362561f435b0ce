import { describe, expect, it } from 'vitest';
import { consultationFeed, type FeedEntry } from '../../../src/lib/consultation/index.ts';

const entry: FeedEntry = {
  id: 7,
  title: '一审稿公开征求意见',
  // Opens at midnight and closes at 18:00, Shanghai time.
  opensAt: new Date('2026-12-04T16:00:00Z'),
  closesAt: new Date('2027-01-04T10:00:00Z'),
  regulationSlug: 'sample',
  regulationTitle: '临江市物业管理条例',
  summary: '规范物业服务 & 收费',
  versionSlug: 'first-reading',
};
const site = { origin: 'https://example.org', timeZone: 'Asia/Shanghai', city: '临江市' };

describe('the Atom feed of consultations', () => {
  it("dates entries and the feed in RFC 3339 with the site's offset", () => {
    const xml = consultationFeed([entry], site);
    expect(xml).toContain('<updated>2026-12-05T00:00:00+08:00</updated>');
    expect(xml.match(/<updated>[^<]+<\/updated>/g)).toEqual([
      '<updated>2026-12-05T00:00:00+08:00</updated>',
      '<updated>2026-12-05T00:00:00+08:00</updated>',
    ]);
    expect(xml).not.toMatch(/\d{2}:\d{2}:\d{2}(\.\d+)?Z/);
  });

  it('writes the closing time as people in the city read it', () => {
    expect(consultationFeed([entry], site)).toContain(
      '<summary>规范物业服务 &amp; 收费（截止：2027年1月4日 18:00）</summary>',
    );
    expect(consultationFeed([entry], { ...site, timeZone: 'UTC' })).toContain(
      '截止：2027年1月4日 10:00',
    );
  });

  it('links each entry to its version and escapes the text', () => {
    const xml = consultationFeed([{ ...entry, regulationTitle: 'A <b> & "c"' }], site);
    expect(xml).toContain(
      '<link href="https://example.org/regulations/sample/versions/first-reading"/>',
    );
    expect(xml).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;：一审稿公开征求意见</title>');
    expect(consultationFeed([{ ...entry, versionSlug: null }], site)).toContain(
      '<link href="https://example.org/regulations/sample"/>',
    );
  });

  it('is a valid empty feed with no consultation', () => {
    const xml = consultationFeed([], site);
    expect(xml).toContain('<updated>1970-01-01T08:00:00+08:00</updated>');
    expect(xml).not.toContain('<entry>');
  });
});
