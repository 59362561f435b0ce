/**
 * Masks personal data in text that will be published; the original stays with staff.
 * Finds Chinese mobile numbers, landlines, resident ID numbers (18 and 15 digits), e-mail
 * addresses and bank-card-like digit runs, and leaves years, amounts, dates and article
 * numbers alone (they are shorter, or not digit runs of these shapes).
 */
export type PersonalDataKind = 'mobile' | 'landline' | 'id-number' | 'email' | 'bank-card';

export interface Masked {
  text: string;
  found: { kind: PersonalDataKind; start: number; end: number }[];
}

const PATTERNS: { kind: PersonalDataKind; re: RegExp; mask: (m: string) => string }[] = [
  { kind: 'email', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, mask: (m) => `${m[0]}***@${m.split('@')[1]}` },
  // 18-digit ID: 6-digit area, birth date 19xx/20xx, 3 digits, check digit or X.
  { kind: 'id-number', re: /(?<![0-9])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9])/g, mask: keepEnds(3, 4) },
  { kind: 'id-number', re: /(?<![0-9])[1-9]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9])/g, mask: keepEnds(3, 3) },
  { kind: 'bank-card', re: /(?<![0-9])(?:\d[ -]?){15,18}\d(?![0-9])/g, mask: (m) => keepEnds(4, 4)(m.replace(/[ -]/g, '')) },
  { kind: 'mobile', re: /(?<![0-9])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9])/g, mask: (m) => { const d = m.replace(/\D/g, '').slice(-11); return `${d.slice(0, 3)}****${d.slice(-4)}`; } },
  { kind: 'landline', re: /(?<![0-9])0\d{2,3}[ -]\d{7,8}(?![0-9])/g, mask: (m) => { const [area, num] = m.split(/[ -]/); return `${area}-****${num!.slice(-4)}`; } },
];

function keepEnds(head: number, tail: number) {
  return (m: string) => `${m.slice(0, head)}${'*'.repeat(Math.max(0, m.length - head - tail))}${m.slice(-tail)}`;
}

export function maskPersonalData(text: string): Masked {
  const found: Masked['found'] = [];
  const taken: [number, number][] = [];
  const replacements: { start: number; end: number; value: string; kind: PersonalDataKind }[] = [];
  for (const { kind, re, mask } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      replacements.push({ start, end, value: mask(m[0]), kind });
    }
  }
  replacements.sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const r of replacements) {
    out += text.slice(cursor, r.start) + r.value;
    cursor = r.end;
    found.push({ kind: r.kind, start: r.start, end: r.end });
  }
  return { text: out + text.slice(cursor), found };
}
