import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, siteIdentity } from '../../../src/lib/config/index.ts';
import { readConfig } from '../../../src/lib/config/index.ts';

describe('the site identity', () => {
  it('is the sample city of Linjiang by default', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'oc-site-'));
    const config = readConfig({}, dir);
    expect(config.site).toEqual(DEFAULT_SITE);
    expect(config.site.zh.name).toBe('临江市地方立法公众参与平台');
  });

  it('comes from content/site.yaml, field by field over the defaults, in both languages', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'oc-site-'));
    writeFileSync(
      path.join(dir, 'site.yaml'),
      'zh:\n  name: 江东市地方立法公众参与平台\n  contact: ["电话：0571-00000000"]\nen:\n  city: Jiangdong\n',
    );
    const { site } = readConfig({ OPENCLAUSE_CONTENT_DIR: dir }, dir);
    expect(site.zh.name).toBe('江东市地方立法公众参与平台');
    expect(site.zh.contact).toEqual(['电话：0571-00000000']);
    expect(site.zh.office).toBe(DEFAULT_SITE.zh.office);
    expect(site.en.city).toBe('Jiangdong');
    expect(site.en.name).toBe(DEFAULT_SITE.en.name);
  });

  it('comes from OPENCLAUSE_SITE_FILE when set', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'oc-site-'));
    writeFileSync(path.join(dir, 'other.yaml'), 'en:\n  office: Legislative Affairs Office\n');
    expect(readConfig({ OPENCLAUSE_SITE_FILE: 'other.yaml' }, dir).site.en.office).toBe(
      'Legislative Affairs Office',
    );
  });

  it('refuses a field of the wrong kind, naming it', () => {
    expect(() => siteIdentity({ zh: { name: '' } })).toThrow(/zh\.name/);
    expect(() => siteIdentity({ en: { contact: 'one line' } })).toThrow(/en\.contact/);
  });
});
