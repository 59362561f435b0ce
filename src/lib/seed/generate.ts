/**
 * Realistic synthetic comments for load tests and demos, as pure functions of a seed.
 *
 * The shape follows what real consultations show: a few hot articles draw most comments
 * (Zipf-like skew), form-letter campaigns make up a sizeable share with names filled in or
 * placeholders left unfilled, people file several comments each, most come in online and the
 * rest through contact points, letters, meetings and hearings.
 */
import { randomUUID } from 'node:crypto';
import { campaignKey } from '../moderation/campaigns.ts';
import { publicFields } from '../comments/public-fields.ts';
import { generateReceiptCode } from '../comments/receipt.ts';

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
const DISTRICTS = ['江北区', '江南区', '临港新区', '东湖区', '西山区', '高新区', '青石县'] as const;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧建国平'.split('');
const ESTATES = [
  '阳光花园',
  '滨江名苑',
  '翠湖小区',
  '金桂苑',
  '锦绣家园',
  '东方明珠城',
  '梧桐里',
  '新城嘉园',
] as const;

const OPENERS = [
  '',
  '建议：',
  '我认为，',
  '作为业主，我认为',
  '本人意见：',
  '希望',
  '对于本条，',
] as const;
const BY_STANCE: Record<keyof typeof STANCES, readonly string[]> = {
  support: [
    '这一规定很有必要，表示支持。',
    '写得很好，希望尽快通过实施。',
    '赞成，建议同时加强执行监督。',
    '支持，这正是我们小区多年来反映的问题。',
  ],
  oppose: [
    '这一规定不合理，会增加居民负担，建议删除。',
    '不同意这一条，实际执行中难以操作。',
    '反对，该规定对老旧小区不公平。',
  ],
  amend: [
    '建议将期限由三十日改为十五日。',
    '建议增加“并向全体业主公示”的表述。',
    '建议明确责任主体和处罚标准。',
    '建议把“可以”改为“应当”。',
    '建议增加对违规行为的投诉渠道。',
  ],
  question: [
    '请问这里的“有关部门”具体指哪个部门？',
    '该条与上位法是否一致？请说明依据。',
    '请问本条是否适用于已经交付的小区？',
  ],
};
const DETAILS = [
  '我所在的{estate}已经三年没有召开业主大会。',
  '{estate}{n}号楼的情况就是这样。',
  '去年我们{estate}为此开了{n}次协调会。',
  '联系电话1{phone}，欢迎回访。',
  '',
] as const;
const WORDING = [
  '前款规定的事项，应当自作出决定之日起十五日内向全体业主公示。',
  '物业服务人应当按季度公布共有部分经营收益的收支情况。',
  '业主委员会应当在每年第一季度召开业主大会会议。',
] as const;
const REASONS: Record<string, string> = {
  adopted: '该意见合理，已在修改稿中采纳。',
  'partly-adopted': '部分采纳，相关内容已作调整。',
  'not-adopted': '上位法已有规定，不再重复规定。',
  'out-of-scope': '该意见不属于本条例调整范围，已转有关部门研究。',
};

/** Form letters: a few texts, copied thousands of times, names filled in or not. */
const CAMPAIGNS = [
  {
    share: 50,
    stance: 'oppose',
    text: '我们坚决反对{label}的规定。该规定将使物业服务企业可以不经业主大会同意单方面提高收费标准，严重损害广大业主的合法权益，请求立法机关予以删除，并增加物业费调整必须经业主大会表决通过的规定。',
  },
  {
    share: 25,
    stance: 'amend',
    text: '强烈建议在{label}中明确：共有部分的停车、广告等经营收益归全体业主所有，物业服务人应当单独列账，每季度在小区显著位置公示收支明细，并接受业主委员会审计。',
  },
  {
    share: 15,
    stance: 'support',
    text: '我们全力支持{label}关于加装电梯的规定，老旧小区的老人上下楼非常困难，希望条例尽快通过，并简化加装电梯的审批程序，明确低层业主的补偿办法。',
  },
  {
    share: 10,
    stance: 'amend',
    text: 'Dear Committee, I urge you to amend {label} so that owners can vote online in general meetings, and to require that every vote and its result be published to all owners within seven days.',
  },
] as const;

function fill(template: string, rng: Rng, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    if (k === 'estate') return pick(rng, ESTATES);
    if (k === 'n') return String(1 + Math.floor(rng() * 30));
    if (k === 'phone') return String(3000000000 + Math.floor(rng() * 999999999));
    return values[k] ?? '';
  });
}

const personName = (rng: Rng) =>
  pick(rng, SURNAMES) + pick(rng, GIVEN) + (rng() < 0.5 ? pick(rng, GIVEN) : '');

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
    return {
      ...t,
      sample,
      // Each form letter is about one (usually hot) article, so its copies share one campaign key.
      campaignClauses: CAMPAIGNS.map(() => sample()),
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
  target: SeedTarget & { sample: () => number; campaignClauses: number[] },
  at: Date,
  person: number,
  now: Date,
): SeedRow {
  const campaign = rng() < 0.15 ? weighted(rng, { 0: 50, 1: 25, 2: 15, 3: 10 }) : null;
  const index =
    campaign !== null
      ? target.campaignClauses[Number(campaign)]!
      : rng() < 0.1
        ? -1
        : target.sample();
  const clause = index >= 0 ? target.clauses[index]! : null;
  const label = clause?.label || '本条例';
  let stance: string;
  let body: string;
  if (campaign !== null) {
    const letter = CAMPAIGNS[Number(campaign)]!;
    stance = letter.stance;
    const signature = rng();
    const name = personName(rng);
    body =
      fill(letter.text, rng, { label }) +
      (signature < 0.5 ? `\n此致\n敬礼\n${name}` : signature < 0.6 ? '\n此致\n敬礼\n**姓名**' : '');
  } else {
    stance = weighted(rng, STANCES);
    const snippet = clause
      ? `${clause.label}规定“${clause.text.slice(0, 10 + Math.floor(rng() * 12))}……”，`
      : '';
    body = fill(
      `${pick(rng, OPENERS)}${snippet}${pick(rng, BY_STANCE[stance as keyof typeof STANCES])}${pick(rng, DETAILS)}`,
      rng,
      {},
    );
  }
  const channel = weighted(rng, CHANNELS);
  const consent = rng() < 0.7;
  const r = rng();
  const status = consent
    ? r < 0.7
      ? 'published'
      : r < 0.95
        ? 'received'
        : 'held'
    : r < 0.95
      ? 'received'
      : 'held';
  const disposition =
    rng() < 0.08 ? pick(rng, ['adopted', 'partly-adopted', 'not-adopted', 'out-of-scope']) : null;
  // A week after the comment, but never after today: a receipt must not show a reply dated
  // next week.
  const repliedAt = disposition
    ? new Date(Math.min(at.getTime() + 7 * 86_400_000, now.getTime())).toISOString()
    : null;
  const seconds = status === 'published' && rng() < 0.1 ? Math.floor(1 / (0.05 + rng() * 0.95)) : 0;
  const date = at.toISOString();
  const suggestedWording = stance === 'amend' && rng() < 0.3 ? pick(rng, WORDING) : null;
  const displayName = rng() < 0.5 ? personName(rng) : null;
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
    district: rng() < 0.6 ? pick(rng, DISTRICTS) : null,
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
            place: `${pick(rng, DISTRICTS)}基层立法联系点`,
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
    disposition_reason: disposition ? REASONS[disposition]! : null,
    reply: disposition ? `感谢您的意见。${REASONS[disposition]!}` : null,
    replied_at: repliedAt,
  };
}
