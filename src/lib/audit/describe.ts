/**
 * The audit trail in words. Pure: an event as stored (action key, target type and id, detail
 * object) becomes a sentence key with its values, the objects it names (with a link where a
 * staff page shows them) and the details left over, each with a label key. Pages translate.
 *
 * An action this module does not know yet (added elsewhere later) still reads as words: the
 * sentence "recorded an action" with the key shown beside it, never a blank row.
 */
import type { MessageKey } from '../i18n/index.ts';

/** Every action the app writes today (`recordAudit(…, '<action>', …)` in src/lib, src/pages and src/cli). */
export const AUDIT_ACTIONS = [
  'amendment.accept',
  'amendment.decline',
  'amendment.propose',
  'amendment.resolve-collision',
  'attachment.approve',
  'attachment.reject',
  'auth.sign-in',
  'auth.sign-in-failed',
  'auth.sign-out',
  'auth.password-change',
  'auth.password-change-failed',
  'auth.totp-enrol',
  'auth.totp-reset',
  'auth.recovery-codes-renew',
  'auth.security-key-add',
  'auth.security-key-remove',
  'auth.session-revoke',
  'campaign.decision',
  'campaigns.regroup',
  'comment.enter-offline',
  'forwarding.answer',
  'forwarding.close',
  'forwarding.forward',
  'comment.contact-view',
  'comments.export',
  'comments.import',
  'comparison.notes',
  'comparison.correct',
  'comparison.uncorrect',
  'consultation.open',
  'consultation.close-early',
  'disposition.record',
  'mail.resend',
  'moderation.publish',
  'moderation.hold',
  'moderation.auto-hold',
  'moderation.redact',
  'moderation.reports-reviewed',
  'privacy.purge',
  'regulation.event',
  'regulation.stage',
  'station.bind-clerk',
  'report.save-draft',
  'report.publish',
  'triage.assign',
  'triage.note',
  'triage.tag-add',
  'triage.tag-remove',
  'triage.bulk-assign',
  'triage.bulk-tag',
  'user.create',
  'version.publish',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Detail keys with a label of their own; others are shown under their stored name. */
const DETAIL_KEYS = [
  'revision',
  'count',
  'reason',
  'decision',
  'disposition',
  'members',
  'applied',
  'format',
  'personalData',
  'rows',
  'stored',
  'duplicates',
  'file',
  'tag',
  'assigneeId',
  'secondFactor',
  'sessions',
  'username',
  'from',
  'to',
  'title',
  'label',
  'opensAt',
  'closesAt',
  'occurrences',
  'channel',
  'place',
  'roles',
  'stage',
  'reflectedIn',
  'reflectedClauseId',
  'bulk',
  'scope',
  'filter',
  'selected',
  'regulation',
  'slug',
  'position',
  'sourceHash',
] as const;

/**
 * The catalogue group that names a detail's stored code (`label(t, group, value)`), so that a
 * bulk decision reads "处理结果：部分采纳", not "partly-adopted"; null for a value shown as it is.
 */
function codeGroup(action: string, name: string, value: string): string | null {
  switch (name) {
    case 'disposition':
      return 'disposition';
    case 'scope':
      return 'audit.scope';
    case 'channel':
      return 'pub.channel';
    case 'stage':
      return 'stage';
    case 'from':
    case 'to':
      return action === 'regulation.stage' ? 'stage' : null;
    case 'reason':
      return action.startsWith('moderation.') ? 'hold' : null;
    case 'decision':
      return value === 'publish' || value === 'hold' ? 'audit.decision' : 'disposition';
    default:
      return null;
  }
}

/** The stored event, as `audit_events` holds it. */
export interface AuditEvent {
  id: number;
  at: Date;
  actorId: number | null;
  actorName: string;
  action: string;
  targetType: string;
  targetId: string;
  detail: Record<string, unknown>;
}

/** Names and addresses of the objects events point at, looked up by the repository. */
export interface AuditNames {
  staff: ReadonlyMap<number, string>;
  consultations: ReadonlyMap<number, { title: string; href: string }>;
  regulations: ReadonlyMap<number, { title: string; href: string }>;
  versions: ReadonlyMap<
    number,
    {
      title: string;
      href: string;
      /** For a comparison between two versions: the staff comparison page's parts. */
      regSlug?: string;
      slug?: string;
      label?: string;
    }
  >;
}

export interface AuditObject {
  /** Label key, e.g. `audit.target.comment` ("意见 {name}"). */
  key: MessageKey;
  name: string;
  href: string | null;
}

export interface AuditLine {
  id: number;
  at: Date;
  /** The actor's account name, or null for the system (automatic holds, failed sign-ins). */
  actor: string | null;
  action: string;
  sentence: { key: MessageKey; vars: Record<string, string | number> };
  objects: AuditObject[];
  /** How many further objects the event names beyond those listed. */
  moreObjects: number;
  details: AuditDetail[];
}

export interface AuditDetail {
  /** Label key of the detail's name, or null to show `name` as stored. */
  key: MessageKey | null;
  name: string;
  value: string;
  /** The catalogue group naming `value`, a stored code (see `codeGroup`). */
  group?: string;
  /** For a bulk action's filter: the comment list with the same filter. */
  href?: string;
}

/** At most this many objects of one event are listed (a bulk decision may name thousands). */
export const MAX_OBJECTS = 5;

const isKnown = (action: string): action is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(action);

/**
 * @example describeAuditEvent({ action: 'report.publish', targetType: 'consultation', targetId: '3', detail: { revision: 2 }, … }, names).sentence
 * // { key: 'audit.action.report.publish', vars: { revision: 2 } }
 */
export function describeAuditEvent(event: AuditEvent, names: AuditNames): AuditLine {
  const vars = primitives(event.detail);
  const known = isKnown(event.action);
  const sentence = known
    ? { key: `audit.action.${event.action}` as MessageKey, vars }
    : { key: 'audit.action.unknown' as MessageKey, vars: { ...vars, action: event.action } };
  const ids = event.targetId
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const objects = ids.slice(0, MAX_OBJECTS).map((id) => objectOf(event.targetType, id, names));
  return {
    id: event.id,
    at: event.at,
    actor: event.actorId === null && event.actorName === 'system' ? null : event.actorName,
    action: event.action,
    sentence,
    objects,
    moreObjects: Math.max(0, ids.length - MAX_OBJECTS),
    details: Object.entries(vars).map(([name, raw]) => detailOf(event.action, name, String(raw))),
  };
}

function detailOf(action: string, name: string, value: string): AuditDetail {
  const key = (DETAIL_KEYS as readonly string[]).includes(name)
    ? (`audit.detail.${name}` as MessageKey)
    : null;
  if (name === 'filter') return { key, name, value, href: `/staff/comments?${value}` };
  const group = codeGroup(action, name, value);
  return group ? { key, name, value, group } : { key, name, value };
}

function objectOf(type: string, id: string, names: AuditNames): AuditObject {
  const n = Number(id);
  switch (type) {
    case 'comment':
      // Offline entries name the comment by its receipt code (no link); others by the row id.
      return {
        key: 'audit.target.comment',
        name: id,
        href: /^\d+$/.test(id) ? `/staff/comments/${id}` : null,
      };
    case 'comment_group':
      return { key: 'audit.target.campaign', name: id, href: null };
    case 'consultation': {
      const c = names.consultations.get(n);
      return { key: 'audit.target.consultation', name: c?.title ?? id, href: c?.href ?? null };
    }
    case 'regulation': {
      const r = names.regulations.get(n);
      return { key: 'audit.target.regulation', name: r?.title ?? id, href: r?.href ?? null };
    }
    case 'version': {
      const v = names.versions.get(n);
      return { key: 'audit.target.version', name: v?.title ?? id, href: v?.href ?? null };
    }
    case 'staff_user':
      return { key: 'audit.target.staff', name: names.staff.get(n) ?? id, href: null };
    case 'username':
      return { key: 'audit.target.username', name: id, href: null };
    case 'comparison': {
      // `<from version id>><to version id>`: both versions' labels, and the staff page.
      const [from, to] = id.split('>').map((x) => names.versions.get(Number(x)));
      if (!from?.regSlug || !to?.slug)
        return { key: 'audit.target.comparison', name: id, href: null };
      return {
        key: 'audit.target.comparison',
        name: `${from.title} → ${to.label ?? to.title}`,
        href: `/staff/compare/${from.regSlug}?from=${from.slug}&to=${to.slug}`,
      };
    }
    case 'amendment':
      return { key: 'audit.target.amendment', name: id, href: null };
    case 'mail':
      return { key: 'audit.target.mail', name: id, href: `/staff/outbox#mail-${id}` };
    default:
      return { key: 'audit.target.other', name: `${type} ${id}`, href: null };
  }
}

/** The detail's plain values (strings, numbers, booleans, lists of those); nested objects are left out. */
function primitives(detail: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(detail ?? {})) {
    if (typeof v === 'string' && v !== '') out[k] = v;
    else if (typeof v === 'number') out[k] = v;
    else if (typeof v === 'boolean') out[k] = v ? 'yes' : 'no';
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number'))
      out[k] = v.join(', ');
  }
  return out;
}

/** Ids of the objects the events name, by type, for one lookup each. */
export function namedIds(
  events: readonly AuditEvent[],
): Record<'staff' | 'consultations' | 'regulations' | 'versions', number[]> {
  const out = {
    staff: new Set<number>(),
    consultations: new Set<number>(),
    regulations: new Set<number>(),
    versions: new Set<number>(),
  };
  const field = {
    staff_user: out.staff,
    consultation: out.consultations,
    regulation: out.regulations,
    version: out.versions,
  } as Record<string, Set<number>>;
  for (const e of events) {
    if (e.targetType === 'comparison') {
      for (const id of e.targetId.split('>')) if (/^\d+$/.test(id)) out.versions.add(Number(id));
      continue;
    }
    const set = field[e.targetType];
    if (!set) continue;
    for (const id of e.targetId.split(',').slice(0, MAX_OBJECTS))
      if (/^\d+$/.test(id.trim())) set.add(Number(id));
  }
  return {
    staff: [...out.staff],
    consultations: [...out.consultations],
    regulations: [...out.regulations],
    versions: [...out.versions],
  };
}

/**
 * A translated action sentence without its values, as a name for the filter's choices.
 * @example actionName('保存了征求意见情况说明草稿（第 {revision} 版）') // '保存了征求意见情况说明草稿'
 * @example actionName('Published {count} comment(s)') // 'Published comment(s)'
 * @example actionName('公开了 {count} 条意见') // '公开了条意见'
 */
export function actionName(sentence: string): string {
  return sentence
    .replace(/（[^（）]*\{\w+\}[^（）]*）|\s*\([^()]*\{\w+\}[^()]*\)/g, '')
    .replace(/“\{\w+\}”|"\{\w+\}"/g, '')
    .replace(/ ?\{\w+\} ?/g, (m) => (m.startsWith(' ') && m.endsWith(' ') ? ' ' : ''))
    .replace(/(?<=[\u3000-\u9fff]) (?=[\u3000-\u9fff])/g, '')
    .trim();
}
