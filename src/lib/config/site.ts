/**
 * The site's identity: whose platform this is (city, congress, the office that runs the
 * consultations) and how to reach it, in both languages. Read once at start-up from a YAML file
 * (`OPENCLAUSE_SITE_FILE`, else `<content>/site.yaml` when it exists); each field the file leaves
 * out keeps the default below, the sample city of Linjiang, so the shipped sample looks the same.
 *
 * @example
 * # content/site.yaml
 * zh:
 *   city: 江东市
 *   name: 江东市地方立法公众参与平台
 *   contact: ["电话：0571-00000000"]
 * en:
 *   city: Jiangdong
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface SiteIdentityText {
  /** The platform's name, shown as the brand on every page and on posters. */
  name: string;
  /** The city (or county, province) whose regulations these are. */
  city: string;
  /** The legislature: its people's congress standing committee. */
  congress: string;
  /** The office that runs the consultations and signs the feedback reports. */
  office: string;
  /** Contact lines (address, telephone, e-mail), shown in the footer and on reports. */
  contact: readonly string[];
}

export type SiteIdentity = Readonly<{ zh: SiteIdentityText; en: SiteIdentityText }>;

export const DEFAULT_SITE: SiteIdentity = Object.freeze({
  zh: {
    name: '临江市地方立法公众参与平台',
    city: '临江市',
    congress: '临江市人民代表大会常务委员会',
    office: '临江市人民代表大会常务委员会法制工作委员会',
    contact: [],
  },
  en: {
    name: 'Linjiang Legislation Public Comment',
    city: 'Linjiang',
    congress: 'Standing Committee of the Linjiang Municipal People’s Congress',
    office:
      'Legislative Affairs Commission, Linjiang Municipal People’s Congress Standing Committee',
    contact: [],
  },
});

const FIELDS = ['name', 'city', 'congress', 'office'] as const;

/**
 * The identity in a parsed file, over the defaults; throws with the field's name when a value is
 * of the wrong kind (a start-up error beats a blank brand).
 */
export function siteIdentity(data: unknown, defaults: SiteIdentity = DEFAULT_SITE): SiteIdentity {
  if (data === null || data === undefined) return defaults;
  if (typeof data !== 'object')
    throw new Error('site identity: the file must hold zh: and en: sections');
  const out = { zh: { ...defaults.zh }, en: { ...defaults.en } };
  for (const locale of ['zh', 'en'] as const) {
    const section = (data as Record<string, unknown>)[locale];
    if (section === undefined || section === null) continue;
    if (typeof section !== 'object')
      throw new Error(`site identity: ${locale} must be a section of fields`);
    const s = section as Record<string, unknown>;
    for (const field of FIELDS) {
      const v = s[field];
      if (v === undefined) continue;
      if (typeof v !== 'string' || v.trim() === '')
        throw new Error(`site identity: ${locale}.${field} must be a non-empty text`);
      out[locale][field] = v.trim();
    }
    if (s['contact'] !== undefined) {
      const c = s['contact'];
      if (!Array.isArray(c) || c.some((line) => typeof line !== 'string'))
        throw new Error(`site identity: ${locale}.contact must be a list of lines`);
      out[locale].contact = (c as string[])
        .map((line) => line.trim())
        .filter((line) => line !== '');
    }
  }
  return Object.freeze(out);
}

/** The identity from `file` when it exists, else the defaults. */
export function readSiteIdentity(file: string): SiteIdentity {
  if (!existsSync(file)) return DEFAULT_SITE;
  return siteIdentity(parse(readFileSync(file, 'utf8')));
}
