/**
 * Realistic synthetic comments for load tests and demos, as pure functions of a seed.
 *
 * The shape follows what real consultations show: a few hot articles draw most comments
 * (Zipf-like skew), form-letter campaigns make up a sizeable share with names filled in or
 * placeholders left unfilled, people file several comments each, most come in online and the
 * rest through contact points, letters, meetings and hearings. Each is written in its
 * regulation's language, and form letters name their own regulation (./corpus.ts).
 */
import { randomUUID } from 'node:crypto';
import { campaignKey } from '../moderation/campaigns.ts';
import { publicFields } from '../comments/public-fields.ts';
import { generateReceiptCode } from '../comments/receipt.ts';
import { corpusOf, type Corpus } from './corpus.ts';

/** A random number in [0, 1); deterministic for one seed (mulberry32). */
export type Rng = () => number;

export function rngFrom(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks a key of `weights` with probability proportional to its weight. */
export function weighted<T extends string>(rng: Rng, weights: Readonly<Record<T, number>>): T {
  const entries = Object.entries(weights) as [T, number][];
  let r = rng() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) if ((r -= w) < 0) return k;
  return entries[entries.length - 1]![0];
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

export interface SeedClause {
  id: number;
  eId: string;
  label: string;
  text: string;
}

export interface SeedTarget {
  consultationId: number;
  versionId: number;
  kind: string;
  opensAt: Date;
  closesAt: Date;
  /** The articles people comment on; the first few in `hot` order draw most comments. */
  clauses: readonly SeedClause[];
  /** Share of all seeded comments that go to this consultation. */
  weight: number;
  /** The regulation's language: its comments are written in it. */
  language: string;
  /** The regulation's short title, which its form letters name. */
  title: string;
  /**
   * A window that has closed: every comment moderated and answered, replied to after the close,
   * as staff would have done before publishing the feedback report.
   */
  answered: boolean;
}

/** One comments row as `json_populate_recordset(null::comments, …)` reads it (snake_case). */
export interface SeedRow {
  receipt_code: string;
  idempotency_key: string;
  consultation_id: number;
  version_id: number;
  clause_id: number | null;
  clause_e_id: string | null;
  stance: string;
  body: string;
  public_body: string;
  suggested_wording: string | null;
  display_name: string | null;
  public_suggested_wording: string | null;
  public_display_name: string | null;
  category: string;
  district: string | null;
  contact: string | null;
  consent_publish: boolean;
  channel: string;
  status: string;
  status_reason: string | null;
  address_hash: string;
  created_at: string;
  campaign_key: string | null;
  source: { date: string; place: string; participants: number | null } | null;
  second_count: number;
  ratings: { clarity: number; enforceability: number; effect: number } | null;
  disposition: string | null;
  disposition_reason: string | null;
  reply: string | null;
  replied_at: string | null;
}

export const STANCES = { support: 25, oppose: 20, amend: 40, question: 15 } as const;
export const CHANNELS = {
  online: 85,
  'contact-point': 8,
  letter: 4,
  meeting: 2,
  hearing: 1,
} as const;
export const CATEGORIES = {
  individual: 80,
  enterprise: 8,
  organisation: 5,
  expert: 4,
  deputy: 3,
} as const;
const DISPOSITIONS = ['adopted', 'partly-adopted', 'not-adopted', 'out-of-scope'] as const;

function fill(template: string, rng: Rng, corpus: Corpus, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    if (k === 'estate') return pick(rng, corpus.estates);
    if (k === 'n') return String(1 + Math.floor(rng() * 30));
    if (k === 'phone') return String(3000000000 + Math.floor(rng() * 999999999));
    return values[k] ?? '';
  });
}

const personName = (rng: Rng, corpus: Corpus) =>
  corpus.name(
    pick(rng, corpus.surnames),
    pick(rng, corpus.given) + (rng() < 0.5 ? pick(rng, corpus.given).toLowerCase() : ''),
  );

/** An English label reads inside a sentence without its full stop ("SEC. 8." → "SEC. 8"). */
const inSentence = (label: string, corpus: Corpus) =>
  corpus === corpusOf('en') ? label.replace(/\.$/, '') : label;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Zipf-like weights over the articles in a shuffled order: the first few are the hot ones.
 * Returns a sampler of clause indices.
 */
export function clauseSampler(rng: Rng, size: number, exponent = 1.1): () => number {
  const order = Array.from({ length: size }, (_, i) => i);
  for (let i = size - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= size; rank++) cumulative.push((total += 1 / rank ** exponent));
  return () => {
    const r = rng() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return order[lo]!;
  };
}

export interface GeneratorOptions {
  targets: readonly SeedTarget[];
  count: number;
  seed: number;
  now: Date;
}

/**
 * Yields `count` comment rows in batches of `batchSize`, oldest first within each consultation.
 * Receipt codes and idempotency keys are random (unique), everything else follows the seed.
 */
export function* generateComments(
  options: GeneratorOptions,
  batchSize: number,
): Generator<SeedRow[]> {
  const rng = rngFrom(options.seed);
  const targets = options.targets.map((t) => {
    const sample = t.clauses.length ? clauseSampler(rng, t.clauses.length) : () => -1;
    const corpus = corpusOf(t.language);
    return {
      ...t,
      sample,
      corpus,
      // Each form letter is about one (usually hot) article, so its copies share one campaign key.
      campaignClauses: corpus.campaigns.map(() => sample()),
      start: t.opensAt.getTime(),
      span: Math.max(
        60_000,
        Math.min(
          t.closesAt.getTime(),
          Math.max(options.now.getTime(), t.opensAt.getTime() + 86_400_000),
        ) - t.opensAt.getTime(),
      ),
    };
  });
  const targetWeights = Object.fromEntries(targets.map((t, i) => [String(i), t.weight])) as Record<
    string,
    number
  >;
  // People file 4-8 comments each: a pool of about count / 5 people.
  const people = Math.max(1, Math.round(options.count / 5));
  let batch: SeedRow[] = [];
  for (let i = 0; i < options.count; i++) {
    const target = targets[Number(weighted(rng, targetWeights))]!;
    const fraction = (i + rng()) / options.count;
    batch.push(
      oneComment(
        rng,
        target,
        new Date(target.start + fraction * target.span),
        Math.floor(rng() * people),
        options.now,
      ),
    );
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

function oneComment(
  rng: Rng,
  target: SeedTarget & { sample: () => number; corpus: Corpus; campaignClauses: number[] },
  at: Date,
  person: number,
  now: Date,
): SeedRow {
  const { corpus } = target;
  const campaign =
    rng() < 0.15
      ? weighted(rng, Object.fromEntries(corpus.campaigns.map((c, i) => [String(i), c.share])))
      : null;
  const index =
    campaign !== null
      ? target.campaignClauses[Number(campaign)]!
      : rng() < 0.1
        ? -1
        : target.sample();
  const clause = index >= 0 ? target.clauses[index]! : null;
  const label = clause?.label ? inSentence(clause.label, corpus) : corpus.whole;
  let stance: string;
  let body: string;
  if (campaign !== null) {
    const letter = corpus.campaigns[Number(campaign)]!;
    stance = letter.stance;
    const signature = rng();
    const name = personName(rng, corpus);
    body =
      fill(letter.text, rng, corpus, { label, title: target.title }) +
      (signature < 0.5 ? corpus.signed(name) : signature < 0.6 ? corpus.unsigned : '');
  } else {
    stance = weighted(rng, STANCES);
    const snippet = clause?.text
      ? fill(corpus.quote, rng, corpus, {
          label,
          text: clause.text.slice(
            0,
            (corpus === corpusOf('en') ? 30 : 10) + Math.floor(rng() * 12),
          ),
        })
      : '';
    body = capitalised(
      fill(
        `${pick(rng, corpus.openers)}${snippet}${pick(rng, corpus.byStance[stance as keyof typeof STANCES])}${pick(rng, corpus.details)}`,
        rng,
        corpus,
        {},
      ),
    );
  }
  const channel = weighted(rng, CHANNELS);
  const consent = rng() < 0.7;
  const r = rng();
  // A closed window's comments have all been moderated: published where the author agreed
  // (a few held back), the rest never published.
  const status = target.answered
    ? consent && r < 0.95
      ? 'published'
      : consent
        ? 'held'
        : 'received'
    : consent
      ? r < 0.7
        ? 'published'
        : r < 0.95
          ? 'received'
          : 'held'
      : r < 0.95
        ? 'received'
        : 'held';
  const disposition = target.answered || rng() < 0.08 ? pick(rng, DISPOSITIONS) : null;
  // In an open window a week after the comment, in a closed one within three weeks of the
  // close; never after today: a receipt must not show a reply dated next week.
  const repliedAt = disposition
    ? new Date(
        Math.min(
          target.answered
            ? target.closesAt.getTime() + (1 + rng() * 20) * 86_400_000
            : at.getTime() + 7 * 86_400_000,
          now.getTime(),
        ),
      ).toISOString()
    : null;
  const seconds = status === 'published' && rng() < 0.1 ? Math.floor(1 / (0.05 + rng() * 0.95)) : 0;
  const date = at.toISOString();
  const suggestedWording = stance === 'amend' && rng() < 0.3 ? pick(rng, corpus.wording) : null;
  const displayName = rng() < 0.5 ? personName(rng, corpus) : null;
  const pub = publicFields({ body, suggestedWording, quote: null, displayName });
  return {
    receipt_code: generateReceiptCode(),
    idempotency_key: randomUUID(),
    consultation_id: target.consultationId,
    version_id: target.versionId,
    clause_id: clause?.id ?? null,
    clause_e_id: clause?.eId ?? null,
    stance,
    body,
    public_body: pub.publicBody,
    suggested_wording: suggestedWording,
    display_name: displayName,
    public_suggested_wording: pub.publicSuggestedWording,
    public_display_name: pub.publicDisplayName,
    category: weighted(rng, CATEGORIES),
    district: rng() < 0.6 ? pick(rng, corpus.districts) : null,
    contact: rng() < 0.3 ? `resident${person}@example.org` : null,
    consent_publish: consent,
    channel,
    status,
    status_reason:
      status === 'held' ? pick(rng, ['abuse', 'spam', 'personal-data', 'off-topic']) : null,
    address_hash: `seed${String(person).padStart(8, '0')}`,
    created_at: date,
    campaign_key: campaignKey(body),
    source:
      channel === 'online'
        ? null
        : {
            date: date.slice(0, 10),
            place: corpus.liaisonPoint(pick(rng, corpus.districts)),
            participants: channel === 'meeting' ? 5 + Math.floor(rng() * 30) : null,
          },
    second_count: seconds,
    ratings:
      target.kind === 'evaluation' && clause
        ? {
            clarity: 1 + Math.floor(rng() * 5),
            enforceability: 1 + Math.floor(rng() * 5),
            effect: 1 + Math.floor(rng() * 5),
          }
        : null,
    disposition,
    disposition_reason: disposition ? corpus.reasons[disposition]! : null,
    reply: disposition ? `${corpus.thanks}${corpus.reasons[disposition]!}` : null,
    replied_at: repliedAt,
  };
}
