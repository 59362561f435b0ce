/**
 * Masks personal data in the text that will be published; the original stays with staff.
 * Finds e-mail addresses, resident ID numbers (18 digits, last may be X; and the old 15-digit
 * ones), bank-card-like runs of 16-19 digits, Chinese mobile numbers (with or without +86,
 * spaces or dashes) and landlines written with their area code.
 *
 * Ordinary numbers stay: years, dates, article numbers and amounts are shorter, not of these
 * shapes, or marked as amounts (`¥…`, `…元`, `…万`, `…%`) or decimals.
 */
export type PersonalDataKind = 'email' | 'id-number' | 'bank-card' | 'mobile' | 'landline';

/** `start` and `end` are UTF-16 offsets into the original text (as `String#slice` takes them). */
export interface Found {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

export interface Masked {
  text: string;
  found: Found[];
}

/** Not inside a longer number, a decimal, or an amount of money. */
function numeric(core: string): RegExp {
  return new RegExp(
    `(?<![0-9¥￥$]|[0-9][.,])(?:${core})(?![0-9%％]|[.,][0-9]|\\s*(?:元|万|亿|千|百|美元|块))`,
    'g',
  );
}

const DATE = '(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])';
const stars = (n: number) => '*'.repeat(Math.max(0, n));
const digitsOf = (m: string) => m.replace(/[^0-9Xx]/g, '').toUpperCase();
/** Keeps `head` leading and `tail` trailing characters of the compacted number. */
const keepEnds = (head: number, tail: number) => (m: string) => {
  const d = digitsOf(m);
  return `${d.slice(0, head)}${stars(d.length - head - tail)}${d.slice(-tail)}`;
};

const PATTERNS: { kind: PersonalDataKind; re: RegExp; mask: (m: string) => string }[] = [
  {
    kind: 'email',
    re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
    mask: (m) => `${m[0]}***${m.slice(m.indexOf('@'))}`,
  },
  // 6-digit area, birth date 18xx-20xx, 3-digit sequence, check digit or X; spaced 6-8-4 too.
  {
    kind: 'id-number',
    re: numeric(`[1-9][0-9]{5} ?(?:18|19|20)[0-9]{2}${DATE} ?[0-9]{3}[0-9Xx]`),
    mask: keepEnds(3, 4),
  },
  { kind: 'id-number', re: numeric(`[1-9][0-9]{5}[0-9]{2}${DATE}[0-9]{3}`), mask: keepEnds(3, 3) },
  {
    kind: 'bank-card',
    re: numeric('[0-9]{16,19}|[0-9]{4}(?:[ -][0-9]{4}){3}(?:[ -]?[0-9]{1,3})?'),
    mask: keepEnds(4, 4),
  },
  {
    kind: 'mobile',
    re: numeric('(?:(?:\\+|00)?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}'),
    mask: (m) => {
      const d = m.replace(/[^0-9]/g, '').slice(-11);
      const prefix = m.match(/^(?:\+|00)?86[ -]?(?=1)/)?.[0] ?? '';
      return `${prefix}${d.slice(0, 3)}****${d.slice(-4)}`;
    },
  },
  {
    kind: 'landline',
    re: numeric('(?:0[1-9][0-9]{1,2}[ -]|[(（]0[1-9][0-9]{1,2}[)）] ?)[2-9][0-9]{6,7}'),
    mask: (m) => {
      const local = m.match(/[0-9]+$/)![0];
      return `${m.slice(0, -local.length)}****${local.slice(-4)}`;
    },
  },
];

/**
 * @example maskPersonalData('电话13812345678') // { text: '电话138****5678', found: [{ kind: 'mobile', start: 2, end: 13 }] }
 */
export function maskPersonalData(text: string): Masked {
  const hits: (Found & { value: string })[] = [];
  for (const { kind, re, mask } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      // Earlier patterns win: an e-mail address holding a mobile number is one e-mail address.
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ kind, start, end, value: mask(m[0]) });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const h of hits) {
    out += text.slice(cursor, h.start) + h.value;
    cursor = h.end;
  }
  return {
    text: out + text.slice(cursor),
    found: hits.map(({ kind, start, end }) => ({ kind, start, end })),
  };
}
