/**
 * The database schema. Column names are camelCase here and snake_case in SQL
 * (`casing: 'snake_case'` in the drizzle config and client). Migrations in `drizzle/` are
 * generated from this file by `npm run db:generate`; never edit them by hand.
 */
import { sql, type SQL } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  serial,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { ROLES } from '../auth/roles.ts';
import { CATEGORIES, CHANNELS, STANCES } from '../comments/validate.ts';
import { CONSULTATION_KINDS, PLAN_CATEGORIES, STAGES } from '../content/manifest.ts';
import { DISPOSITIONS } from '../disposition/rules.ts';
import { CLAUSE_KINDS } from '../legislation/types.ts';
import { ATTACHMENT_KINDS } from '../attachments/sniff.ts';
import { REDACTION_REASONS } from '../moderation/redaction.ts';
import { COMMENT_STATUSES, HOLD_REASONS } from '../moderation/transitions.ts';

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

/** `values` as an SQL list of literals; the values are the code's own constants, never input. */
const literals = (values: readonly string[]): SQL =>
  sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', '));

/**
 * A CHECK that an enumerated text column holds one of the values its TypeScript union allows
 * (a null passes: nullability is the column's own rule). Named `<table>_<column>_values`.
 */
const oneOf = (name: string, column: AnyPgColumn, values: readonly string[]) =>
  check(name, sql`${column} in (${literals(values)})`);

/** The languages a regulation's text is written and parsed in (DocumentLanguage). */
const LANGUAGES = ['zh', 'en'] as const;
/** How a clause of one version came from the previous one (the ChangeTypes that link two clauses). */
const LINK_TYPES = ['unchanged', 'modified', 'split', 'merged'] as const;
/** Why a comment is held back: a moderator's reason, or enough readers' reports. */
const STATUS_REASONS = [...HOLD_REASONS, 'reported'] as const;
/** What a consultation's kept tallies count by (see src/lib/comments/fold.ts). */
const TALLY_DIMENSIONS = ['channel', 'category', 'clause', 'quarter'] as const;
/** queued → running → done | failed. */
const IMPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

/** A regulation project (法规项目): one page per regulation, from project-setting on. */
export const regulations = pgTable(
  'regulations',
  {
    id: serial().primaryKey(),
    slug: text().notNull().unique(),
    title: text().notNull(),
    shortTitle: text().notNull(),
    language: text().notNull(),
    sponsor: text().notNull(),
    committee: text().notNull(),
    stage: text().notNull(),
    summary: text().notNull(),
    createdAt: createdAt(),
    updatedAt: createdAt(),
    // --- publishing --- set when staff moved the stage on the web; the sync then leaves `stage` alone.
    stageChangedBy: integer().references(() => staffUsers.id),
  },
  (t) => [
    oneOf('regulations_language_values', t.language, LANGUAGES),
    oneOf('regulations_stage_values', t.stage, STAGES),
  ],
);

/** The lifecycle timeline of a regulation (立项, 起草, 一审, 通过, 评估 …). */
export const stageEvents = pgTable(
  'stage_events',
  {
    id: serial().primaryKey(),
    regulationId: integer()
      .notNull()
      .references(() => regulations.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    stage: text().notNull(),
    date: date({ mode: 'string' }).notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    // --- publishing --- the staff member who recorded the event on the web; null for content/ events.
    addedBy: integer().references(() => staffUsers.id),
  },
  (t) => [
    uniqueIndex('stage_events_regulation_position').on(t.regulationId, t.position),
    oneOf('stage_events_stage_values', t.stage, STAGES),
  ],
);

/** One published text of a regulation (征求意见稿, 一审稿 …). Immutable once stored. */
export const versions = pgTable(
  'versions',
  {
    id: serial().primaryKey(),
    regulationId: integer()
      .notNull()
      .references(() => regulations.id, { onDelete: 'cascade' }),
    slug: text().notNull(),
    position: integer().notNull(),
    label: text().notNull(),
    stage: text().notNull(),
    publishedOn: date({ mode: 'string' }).notNull(),
    title: text().notNull(),
    preamble: jsonb().$type<string[]>().notNull(),
    explanation: text().notNull().default(''),
    /**
     * The explanation rendered once, off the event loop, when the version was stored
     * (src/lib/versions/explanation.ts); null until then. Pages never parse Markdown.
     */
    explanationHtml: text(),
    source: text().notNull(),
    /** sha256 of the source text: the guard against silent edits of a published version. */
    sourceHash: text().notNull(),
    /**
     * Raised whenever the lineage of this version's clauses is set again (a staff correction of
     * an earlier comparison, comparison/repository.ts): the clause text that processes keep
     * (regulations/clause-text-cache.ts) is keyed by it.
     */
    lineageRevision: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('versions_regulation_slug').on(t.regulationId, t.slug),
    uniqueIndex('versions_regulation_position').on(t.regulationId, t.position),
    oneOf('versions_stage_values', t.stage, STAGES),
  ],
);

/** Every node of a version's clause tree, in document order. */
export const clauses = pgTable(
  'clauses',
  {
    id: serial().primaryKey(),
    versionId: integer()
      .notNull()
      .references(() => versions.id, { onDelete: 'cascade' }),
    eId: text().notNull(),
    parentEId: text(),
    position: integer().notNull(),
    depth: integer().notNull(),
    kind: text().notNull(),
    num: integer(),
    subNum: integer(),
    label: text().notNull(),
    heading: text().notNull(),
    text: text().notNull(),
    /** sha256 of kind + label + heading + text: equal hashes mean an unchanged clause. */
    contentHash: text().notNull(),
    /** Kept count of comments on this clause (received), moved by the fold (src/lib/comments/fold.ts). */
    commentCount: integer().notNull().default(0),
    /**
     * Permanent identity across versions (Akoma Ntoso's wId idea): a clause carried over,
     * renumbered or moved from the previous version keeps the lineage of the clause it came
     * from; a new clause starts its own (`<versionId>:<eId>`).
     */
    lineage: text().notNull(),
    /** Kept sums of post-enactment evaluation ratings (1-5) given to this clause. */
    ratingCount: integer().notNull().default(0),
    claritySum: integer().notNull().default(0),
    enforceabilitySum: integer().notNull().default(0),
    effectSum: integer().notNull().default(0),
  },
  (t) => [
    uniqueIndex('clauses_version_eid').on(t.versionId, t.eId),
    index('clauses_lineage').on(t.lineage),
    index('clauses_version_position').on(t.versionId, t.position),
    oneOf('clauses_kind_values', t.kind, CLAUSE_KINDS),
  ],
);

/** How the citable units of one version came from those of the previous one. */
export const clauseLinks = pgTable(
  'clause_links',
  {
    id: serial().primaryKey(),
    fromVersionId: integer()
      .notNull()
      .references(() => versions.id, { onDelete: 'cascade' }),
    toVersionId: integer()
      .notNull()
      .references(() => versions.id, { onDelete: 'cascade' }),
    fromEId: text().notNull(),
    toEId: text().notNull(),
    /** modified, unchanged, split or merged. */
    type: text().notNull(),
    similarity: integer().notNull(),
  },
  (t) => [
    index('clause_links_from').on(t.fromVersionId, t.fromEId),
    index('clause_links_to').on(t.toVersionId, t.toEId),
    oneOf('clause_links_type_values', t.type, LINK_TYPES),
  ],
);

/** Staff's explanation of a change, for the comparison table (修改前后对照表). */
export const comparisonNotes = pgTable(
  'comparison_notes',
  {
    id: serial().primaryKey(),
    fromVersionId: integer()
      .notNull()
      .references(() => versions.id, { onDelete: 'cascade' }),
    toVersionId: integer()
      .notNull()
      .references(() => versions.id, { onDelete: 'cascade' }),
    /** The change's key: its old and new eIds joined, e.g. `art_12>art_13+art_14`. */
    changeKey: text().notNull(),
    note: text().notNull(),
    updatedBy: integer().references(() => staffUsers.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('comparison_notes_key').on(t.fromVersionId, t.toVersionId, t.changeKey)],
);

/**
 * Staff's correction of the correspondence between two versions (#16, comparison/corrections.ts):
 * these old articles and these new ones form one row. Applied in id order.
 */
export const comparisonCorrections = pgTable(
  'comparison_corrections',
  {
    id: serial().primaryKey(),
    fromVersionId: integer()
      .notNull()
      .references(() => versions.id, { onDelete: 'cascade' }),
    toVersionId: integer()
      .notNull()
      .references(() => versions.id, { onDelete: 'cascade' }),
    /** Old article eIds; empty: the new articles are insertions. */
    fromEIds: jsonb().$type<string[]>().notNull(),
    /** New article eIds; empty: the old articles are deletions. */
    toEIds: jsonb().$type<string[]>().notNull(),
    createdBy: integer().references(() => staffUsers.id),
    createdAt: createdAt(),
  },
  (t) => [index('comparison_corrections_pair').on(t.fromVersionId, t.toVersionId)],
);

/**
 * A comparison of two version texts, computed once (alignment and word diffs took about a
 * second for 120 articles) and read by every later request on any process (#16). Keyed by the
 * two sources' hashes and the document language, which is all the result depends on, and by
 * COMPARISON_ALGORITHM, so a change of the method never serves an old result, and by the staff
 * corrections applied (a hash of them; '' for none), so a correction never serves a stale view.
 */
export const comparisonViews = pgTable(
  'comparison_views',
  {
    id: serial().primaryKey(),
    fromSourceHash: text().notNull(),
    toSourceHash: text().notNull(),
    language: text().notNull(),
    algorithm: integer().notNull(),
    corrections: text().notNull().default(''),
    view: jsonb().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('comparison_views_key').on(
      t.fromSourceHash,
      t.toSourceHash,
      t.language,
      t.algorithm,
      t.corrections,
    ),
  ],
);

/**
 * A regulation's reading table (every reading side by side, #16) as computed, keyed by all it
 * depends on: the readings' source hashes in order, the language, COMPARISON_ALGORITHM and each
 * step's corrections (comparison/repository.ts, readingTableKey). Any process serves it from
 * here; a new reading, correction or method makes a new key. A lost row costs the next reader
 * the computation, nothing else.
 */
export const readingTables = pgTable('reading_tables', {
  id: serial().primaryKey(),
  key: text().notNull().unique(),
  rows: jsonb().notNull(),
  createdAt: createdAt(),
});

/** A comment window on a version (or on the regulation itself, for plan consultations). */
export const consultations = pgTable(
  'consultations',
  {
    id: serial().primaryKey(),
    /** Set for regulation consultations; plan consultations have `planId` instead. */
    regulationId: integer().references(() => regulations.id, { onDelete: 'cascade' }),
    planId: integer().references(() => plans.id, { onDelete: 'cascade' }),
    versionId: integer().references(() => versions.id, { onDelete: 'cascade' }),
    slug: text().notNull(),
    kind: text().notNull(),
    title: text().notNull(),
    opensAt: timestamp({ withTimezone: true }).notNull(),
    closesAt: timestamp({ withTimezone: true }).notNull(),
    shortWindowReason: text(),
    // --- publishing --- set when staff opened or changed the window on the web; the sync then
    // leaves the row alone. A window closed early keeps its reason.
    changedBy: integer().references(() => staffUsers.id),
    closedEarlyReason: text(),
    commentCount: integer().notNull().default(0),
    /**
     * Kept count: comments too short to sign for near-duplicate grouping, so never in a group
     * (added by the fold, set by each regroup's closing recount; src/lib/moderation/groups.ts).
     */
    unplaceableCount: integer().notNull().default(0),
    /** Kept counts: distinct participants (by address hash) and comments per stance. */
    participantCount: integer().notNull().default(0),
    supportCount: integer().notNull().default(0),
    opposeCount: integer().notNull().default(0),
    amendCount: integer().notNull().default(0),
    questionCount: integer().notNull().default(0),
    /**
     * Kept for the feedback report's people count (src/lib/report/people.ts), moved by the fold:
     * distinct contact details among the comments (consultation_people), comments without
     * contact details (each a person of its own), and project proposals.
     */
    contactPeople: integer().notNull().default(0),
    anonymousCount: integer().notNull().default(0),
    proposalCount: integer().notNull().default(0),
  },
  (t) => [
    uniqueIndex('consultations_regulation_slug').on(t.regulationId, t.slug),
    uniqueIndex('consultations_plan_slug').on(t.planId, t.slug),
    check('consultations_owner', sql`(${t.regulationId} is null) <> (${t.planId} is null)`),
    check('consultations_window_order', sql`${t.closesAt} > ${t.opensAt}`),
    oneOf('consultations_kind_values', t.kind, CONSULTATION_KINDS),
  ],
);

/** Who took part in a consultation, to count people rather than comments. */
export const participants = pgTable(
  'participants',
  {
    // No foreign key, for the same reason as comments.consultationId: a first comment's row here
    // is written by the intake statement, which has already checked the consultation.
    consultationId: integer().notNull(),
    addressHash: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.addressHash] })],
);

/** A legislative plan (立法计划) and its items, which the public can comment on. */
export const plans = pgTable('plans', {
  id: serial().primaryKey(),
  year: integer().notNull().unique(),
  title: text().notNull(),
  adoptedOn: date({ mode: 'string' }),
});

export const planItems = pgTable(
  'plan_items',
  {
    id: serial().primaryKey(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    slug: text().notNull(),
    position: integer().notNull(),
    category: text().notNull(),
    title: text().notNull(),
    sponsor: text().notNull(),
    description: text().notNull(),
    regulationSlug: text(),
  },
  (t) => [
    uniqueIndex('plan_items_plan_slug').on(t.planId, t.slug),
    oneOf('plan_items_category_values', t.category, PLAN_CATEGORIES),
  ],
);

/**
 * A comment. `body`, `suggestedWording`, `quote` and `displayName` are what the commenter
 * wrote (after sanitising) and are shown only to staff who may read personal data; the
 * `public…` columns are the same fields with personal data masked and moderators' redactions
 * applied (src/lib/comments/public-fields.ts), and are all that public pages, the API, public
 * exports and clerks read. Contact details and the address hash never leave the staff side.
 */
export const comments = pgTable(
  'comments',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    receiptCode: text().notNull().unique(),
    idempotencyKey: text().notNull().unique(),
    // No foreign keys on these three: every comment of a surge names the same consultation,
    // version and (often) clause, and a foreign key check share-locks the row it points at, so
    // concurrent inserts pile up in one multixact per row (measured: a third of the database's
    // time per comment, bench/intake.ts). The intake statement checks that they exist (and
    // that the clause is of the version) in the same statement, and nothing deletes them.
    consultationId: integer().notNull(),
    versionId: integer(),
    clauseId: integer(),
    clauseEId: text(),
    stance: text().notNull(),
    body: text().notNull(),
    publicBody: text().notNull(),
    suggestedWording: text(),
    quote: text(),
    quoteStart: integer(),
    quoteEnd: integer(),
    displayName: text(),
    /** Null where the original is null, and for rows stored before 0020 until the start-up backfill. */
    publicSuggestedWording: text(),
    publicQuote: text(),
    publicDisplayName: text(),
    category: text().notNull(),
    district: text(),
    contact: text(),
    consentPublish: boolean().notNull(),
    channel: text().notNull().default('online'),
    status: text().notNull().default('received'),
    statusReason: text(),
    addressHash: text(),
    enteredBy: integer().references(() => staffUsers.id),
    createdAt: createdAt(),
    /** Same key, same form letter (src/lib/moderation/campaigns.ts); null for short texts. */
    campaignKey: text(),
    /** For opinions gathered offline: meeting date and place, number of participants. */
    source: jsonb().$type<{ date: string; place: string; participants: number | null }>(),
    /**
     * Kept count of open (not yet reviewed) reports from distinct addresses; at REPORT_THRESHOLD
     * the comment is hidden for review. A moderator's decision reviews them and resets it.
     */
    reportCount: integer().notNull().default(0),
    /** Kept count of seconds (附议) from readers who agree. */
    secondCount: integer().notNull().default(0),
    /** Post-enactment evaluation: ratings 1-5 for clarity, enforceability and effect. */
    ratings: jsonb().$type<{ clarity: number; enforceability: number; effect: number }>(),
    /** adopted | partly-adopted | not-adopted | out-of-scope, decided by an advisor. */
    disposition: text(),
    dispositionReason: text(),
    /** The official public reply, shown on the receipt page. */
    reply: text(),
    repliedAt: timestamp({ withTimezone: true }),
    repliedBy: integer().references(() => staffUsers.id),
    /** The clause of a later version that reflects the disposition (adopted or partly adopted). */
    reflectedClauseId: integer().references(() => clauses.id),
  },
  (t) => [
    index('comments_consultation_created').on(t.consultationId, t.createdAt),
    index('comments_clause').on(t.clauseId),
    index('comments_status_created').on(t.status, t.createdAt),
    index('comments_consultation_campaign').on(t.consultationId, t.campaignKey),
    // The staff home's counts per consultation (src/lib/triage/home.ts), read from the index only.
    index('comments_to_moderate')
      .on(t.consultationId)
      .where(sql`${t.status} = 'received'`),
    index('comments_open')
      .on(t.consultationId)
      .where(sql`${t.disposition} is null`),
    // The triage list filtered by an offline channel (letters, meetings, hearings, contact
    // points), alone or with a category: those comments are a few among the online ones, and
    // counting a rare pair scanned the table (p95 508 ms at 1,000,000 comments). Online
    // comments, the ones a surge brings, are not in it, so the public form pays nothing.
    index('comments_offline_channel')
      .on(t.channel, t.category, t.id)
      .where(sql`${t.channel} <> 'online'`),
    // A commenter's other comments on a consultation (the staff comment page), by contact.
    index('comments_consultation_contact')
      .on(t.consultationId, t.contact)
      .where(sql`${t.contact} is not null`),
    // perf: staff text search by substring (any script) through pg_trgm, and the answered
    // opinions of the feedback report without scanning a consultation's comments.
    index('comments_body_trgm').using('gin', t.body.op('gin_trgm_ops')),
    index('comments_suggested_wording_trgm').using('gin', t.suggestedWording.op('gin_trgm_ops')),
    index('comments_answered')
      .on(t.consultationId, t.secondCount.desc().nullsFirst(), t.id)
      .where(sql`${t.disposition} is not null`),
    index('comments_dispositions')
      .on(t.consultationId, t.clauseEId, t.disposition)
      .where(sql`${t.disposition} is not null`),
    // Rows whose public fields are still to be computed (stored before they existed): empty
    // once the start-up backfill has run, so finding them costs nothing afterwards.
    index('comments_public_fields_pending')
      .on(t.id)
      .where(
        sql`(${t.suggestedWording} is not null and ${t.publicSuggestedWording} is null) or (${t.quote} is not null and ${t.publicQuote} is null) or (${t.displayName} is not null and ${t.publicDisplayName} is null)`,
      ),
    // perf: the public list of a version (published with consent only), newest/oldest first or
    // most seconded, and its full-text search on the published (masked, redacted) text.
    index('comments_public_version')
      .on(t.versionId, t.id)
      .where(sql`${t.status} = 'published' and ${t.consentPublish}`),
    index('comments_public_version_seconds')
      .on(t.versionId, t.secondCount, t.id)
      .where(sql`${t.status} = 'published' and ${t.consentPublish}`),
    index('comments_public_version_clause')
      .on(t.versionId, t.clauseEId)
      .where(sql`${t.status} = 'published' and ${t.consentPublish}`),
    index('comments_public_body_trgm').using('gin', t.publicBody.op('gin_trgm_ops')),
    oneOf('comments_stance_values', t.stance, STANCES),
    oneOf('comments_category_values', t.category, CATEGORIES),
    oneOf('comments_channel_values', t.channel, CHANNELS),
    oneOf('comments_status_values', t.status, COMMENT_STATUSES),
    oneOf('comments_status_reason_values', t.statusReason, STATUS_REASONS),
    oneOf('comments_disposition_values', t.disposition, DISPOSITIONS),
  ],
);

/**
 * A reader's report of a published comment (abuse, spam, personal data): one per address.
 * Open until a moderator reviews the comment (publishes it again, holds it, or dismisses the
 * reports); reviewed reports never count towards hiding it again.
 */
export const reports = pgTable(
  'reports',
  {
    commentId: bigint({ mode: 'number' })
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    addressHash: text().notNull(),
    reason: text().notNull(),
    createdAt: createdAt(),
    reviewedAt: timestamp({ withTimezone: true }),
    reviewedBy: integer().references(() => staffUsers.id),
  },
  (t) => [
    primaryKey({ columns: [t.commentId, t.addressHash] }),
    index('reports_open')
      .on(t.commentId)
      .where(sql`${t.reviewedAt} is null`),
  ],
);

/** A reader's second (附议) of a published comment: one per address as far as the server can tell. */
export const seconds = pgTable(
  'seconds',
  {
    commentId: bigint({ mode: 'number' })
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    addressHash: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.addressHash] })],
);

export const staffUsers = pgTable(
  'staff_users',
  {
    id: serial().primaryKey(),
    username: text().notNull().unique(),
    displayName: text().notNull(),
    /** `scrypt$N$r$p$salt$hash` (memory-hard; see src/lib/auth/password.ts). */
    passwordHash: text().notNull(),
    roles: text().array().notNull(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    passwordChangedAt: timestamp({ withTimezone: true }),
    /** Base32 TOTP secret (RFC 6238), set once the owner confirmed a code; null without a second factor. */
    totpSecret: text(),
    /** The last TOTP time step accepted, so that a code is never accepted twice. */
    totpLastStep: bigint({ mode: 'number' }),
    /** `salt$sha256` of each unused recovery code (see src/lib/auth/recovery-codes.ts). */
    recoveryCodeHashes: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /**
     * The liaison station (slug in content/stations.yaml) a clerk works at: the clerk's opinions
     * are entered for it, and the clerk's station page shows it (src/lib/stations/clerk.ts).
     */
    station: text(),
  },
  (t) => [check('staff_users_roles_values', sql`${t.roles} <@ array[${literals(ROLES)}]::text[]`)],
);

/** Server-side sessions; the cookie holds a random token whose sha256 is `tokenHash`. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    csrfToken: text().notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** Updated at most once a minute by the requests of the session. */
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Shown only to the session's owner on /staff/account/sessions. */
    userAgent: text().notNull().default(''),
    address: text().notNull().default(''),
    /** True between a right password and the second factor: such a session opens no staff page. */
    pendingSecondFactor: boolean().notNull().default(false),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/**
 * Consecutive failed sign-ins per submitted username (known or not, so that a lockout tells
 * nothing about whether an account exists). See src/lib/auth/throttle.ts for the delays.
 */
export const signInFailures = pgTable('sign_in_failures', {
  username: text().primaryKey(),
  failures: integer().notNull(),
  lastFailureAt: timestamp({ withTimezone: true }).notNull(),
  lockedUntil: timestamp({ withTimezone: true }),
});

/**
 * The shift, in whole days, of the sample content's dates (content/sample.yaml): fixed the first
 * time a database loads a sample written as of `datesAsOf`, so its windows then age as a real
 * site's do (src/lib/content/sample-dates.ts).
 */
export const sampleDates = pgTable('sample_dates', {
  datesAsOf: date({ mode: 'string' }).primaryKey(),
  shiftDays: integer().notNull(),
  fixedAt: createdAt(),
});

/** Append-only trail of staff actions (the app never updates or deletes rows here). */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    at: createdAt(),
    actorId: integer().references(() => staffUsers.id),
    actorName: text().notNull(),
    action: text().notNull(),
    targetType: text().notNull(),
    targetId: text().notNull(),
    detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_events_at').on(t.at)],
);

/**
 * Imports of offline opinions run as jobs (src/lib/imports/jobs.ts): the checked rows wait here
 * and any app process takes the next one (`FOR UPDATE SKIP LOCKED`), storing them a batch per
 * transaction, so a page can show "N of M" and the outcome survives the process.
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: serial().primaryKey(),
    consultationId: integer().notNull(),
    filename: text().notNull(),
    /** The rows as prepareImport checked them (src/lib/imports/prepare.ts). */
    rows: jsonb().$type<unknown[]>().notNull(),
    total: integer().notNull(),
    /** Rows handled (stored or found imported before), committed with them. */
    done: integer().notNull().default(0),
    stored: integer().notNull().default(0),
    receipts: jsonb()
      .$type<{ row: number; receiptCode: string; duplicate: boolean }[]>()
      .notNull()
      .default([]),
    /** queued → running → done | failed. */
    status: text().notNull().default('queued'),
    /** 'import' stores `rows`; 'regroup' groups the consultation's ungrouped comments (rows empty). */
    kind: text().notNull().default('import'),
    error: text(),
    actorId: integer().references(() => staffUsers.id),
    createdAt: createdAt(),
    /** Renewed with each batch; a running job whose heartbeat is old was left by a dead process. */
    heartbeatAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('import_jobs_waiting')
      .on(t.id)
      .where(sql`${t.status} in ('queued', 'running')`),
    oneOf('import_jobs_status_values', t.status, IMPORT_STATUSES),
  ],
);

/** Fixed-window rate-limit counters, shared by every app process through the database. */
export const rateLimits = pgTable('rate_limits', {
  bucket: text().primaryKey(),
  windowStart: timestamp({ withTimezone: true }).notNull(),
  count: integer().notNull(),
});

// --- participation ---

/** The questionnaire of a post-enactment evaluation consultation (from the content files, or the default set). */
export const questionnaires = pgTable('questionnaires', {
  consultationId: integer()
    .primaryKey()
    .references(() => consultations.id, { onDelete: 'cascade' }),
  questions: jsonb()
    .$type<
      {
        id: string;
        type: 'choice' | 'scale' | 'text';
        question: string;
        options: string[];
        required: boolean;
      }[]
    >()
    .notNull(),
});

/** One submission of answers to a questionnaire, with its receipt. No contact details are asked. */
export const questionnaireResponses = pgTable(
  'questionnaire_responses',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    consultationId: integer()
      .notNull()
      .references(() => consultations.id),
    receiptCode: text().notNull().unique(),
    idempotencyKey: text().notNull().unique(),
    answers: jsonb().$type<Record<string, string | number>>().notNull(),
    addressHash: text(),
    createdAt: createdAt(),
  },
  (t) => [index('questionnaire_responses_consultation').on(t.consultationId, t.id)],
);

// --- triage ---

/**
 * Each groupable comment's near-duplicate group (src/lib/moderation/near-duplicates.ts):
 * `groupId` is the id of the group's earliest comment, its representative. Set at intake;
 * comments too short to be a form letter have no row.
 */
export const commentGroups = pgTable(
  'comment_groups',
  {
    commentId: bigint({ mode: 'number' })
      .primaryKey()
      .references(() => comments.id, { onDelete: 'cascade' }),
    // Copied from the comment (which has no foreign key on it either: see comments).
    consultationId: integer().notNull(),
    groupId: bigint({ mode: 'number' }).notNull(),
    /** MinHash signature (64 signed 32-bit values) of the campaign-normalised text. */
    minhash: integer().array().notNull(),
    /** How many sentence fingerprints the text has (0 for comments grouped before they existed). */
    sentences: integer().notNull().default(0),
  },
  (t) => [index('comment_groups_consultation_group').on(t.consultationId, t.groupId)],
);

/**
 * LSH band keys of each signature (`0:…` to `15:…`) and sentence fingerprints (`s:…`):
 * comments sharing a key are compared, no others. A key lists
 * a comment only if its group is not among the key's newest candidates already (see
 * groupBatch). An index more than a record, written in bulk by the intake fold, so without
 * foreign keys: their checks, one query per row, were most of the fold's database time. A
 * band row whose comment has no group row is never a candidate (the lookup joins
 * comment_groups, which does cascade from comments).
 */
export const commentBands = pgTable(
  'comment_bands',
  {
    consultationId: integer().notNull(),
    bandKey: text().notNull(),
    commentId: bigint({ mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.bandKey, t.commentId] })],
);

/**
 * Kept counts of comments per consultation, clause and stance, for the heat map; moved by
 * the fold (src/lib/comments/fold.ts). `clauseEId` is '' for comments on the whole draft.
 */
export const clauseStanceCounts = pgTable(
  'clause_stance_counts',
  {
    consultationId: integer()
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    clauseEId: text().notNull(),
    stance: text().notNull(),
    count: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.consultationId, t.clauseEId, t.stance] }),
    oneOf('clause_stance_counts_stance_values', t.stance, STANCES),
  ],
);

/**
 * Kept counts of what waits in a consultation, for the staff home (src/lib/triage/home.ts):
 * comments received and not yet moderated, comments with open reports, comments without a
 * disposition. A comment counts from its fold (src/lib/intake/fold.ts adds it as the intake
 * statement stores it: received, open, unreported; the seeder adds the rows it writes); an
 * insert otherwise, and every later change of its status, disposition or report count, moves
 * these through statement-level triggers on comments (migration staff-queue-counts),
 * whichever code path makes it. Checked against the rows by src/lib/seed/verify.ts.
 */
export const waitingCounts = pgTable('waiting_counts', {
  consultationId: integer()
    .primaryKey()
    .references(() => consultations.id, { onDelete: 'cascade' }),
  toModerate: integer().notNull().default(0),
  reported: integer().notNull().default(0),
  open: integer().notNull().default(0),
});

/**
 * Kept counts of a consultation's comments per disposition, for its dashboard; moved by the
 * triggers on comments (see waitingCounts; a comment is stored without one).
 */
export const dispositionCounts = pgTable(
  'disposition_counts',
  {
    consultationId: integer()
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    disposition: text().notNull(),
    count: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.disposition] })],
);

/**
 * Kept counts of comments without a disposition per consultation and assignee, moved by the
 * triggers on comment_assignments and comments (see waitingCounts): "unassigned" is the open
 * count less the sum of these, "mine" one row.
 */
export const assignedOpenCounts = pgTable(
  'assigned_open_counts',
  {
    consultationId: integer()
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    assigneeId: integer().notNull(),
    open: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.assigneeId] })],
);

/**
 * Kept size of each near-duplicate group and how many of its members have no disposition yet,
 * moved by the triggers on comment_groups and comments (migration staff-queue-counts), so the
 * campaigns page reads its largest groups from an index instead of grouping a million rows.
 */
export const groupCounts = pgTable(
  'group_counts',
  {
    // No foreign key, as on comment_groups: its check, one per row, was a third of the time of
    // the trigger that writes these rows for a batch of groups.
    consultationId: integer().notNull(),
    groupId: bigint({ mode: 'number' }).notNull(),
    size: integer().notNull().default(0),
    open: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.consultationId, t.groupId] }),
    index('group_counts_campaigns')
      .on(t.consultationId, t.size.desc(), t.groupId)
      .where(sql`${t.size} > 1`),
  ],
);

/** Free tags staff put on comments (lower-cased, trimmed; see src/lib/triage/annotations.ts). */
export const commentTags = pgTable(
  'comment_tags',
  {
    commentId: bigint({ mode: 'number' })
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    tag: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.tag] }), index('comment_tags_tag').on(t.tag)],
);

/** The staff member a comment is assigned to for its reply (one at a time). */
export const commentAssignments = pgTable(
  'comment_assignments',
  {
    commentId: bigint({ mode: 'number' })
      .primaryKey()
      .references(() => comments.id, { onDelete: 'cascade' }),
    assigneeId: integer()
      .notNull()
      .references(() => staffUsers.id),
    assignedBy: integer().references(() => staffUsers.id),
    assignedAt: createdAt(),
  },
  (t) => [index('comment_assignments_assignee').on(t.assigneeId)],
);

/** Internal notes on a comment: staff only, never on public pages or in public exports. */
export const commentNotes = pgTable(
  'comment_notes',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    commentId: bigint({ mode: 'number' })
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    authorId: integer().references(() => staffUsers.id),
    authorName: text().notNull(),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('comment_notes_comment').on(t.commentId)],
);

/**
 * A passage a moderator cut from a comment's public text (shown as [已删节]); the comment's
 * `body` keeps the original for staff. Kept, with its reason, as the record of each redaction.
 */
export const commentRedactions = pgTable(
  'comment_redactions',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    commentId: bigint({ mode: 'number' })
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    passage: text().notNull(),
    reason: text().notNull(),
    redactedBy: integer().references(() => staffUsers.id),
    redactedByName: text().notNull(),
    redactedAt: createdAt(),
  },
  (t) => [
    index('comment_redactions_comment').on(t.commentId),
    oneOf('comment_redactions_reason_values', t.reason, REDACTION_REASONS),
  ],
);

// --- perf ---

/**
 * Kept counts of a consultation's comments by channel, category and clause (`dimension` is
 * `channel`, `category` or `clause`; the clause value is its eId, '' for the whole draft), moved
 * by the fold (src/lib/comments/fold.ts), so the feedback report reads about a hundred
 * rows instead of grouping a million comments. These fields never change after insert.
 */
export const consultationTallies = pgTable(
  'consultation_tallies',
  {
    consultationId: integer()
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    dimension: text().notNull(),
    value: text().notNull(),
    count: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.consultationId, t.dimension, t.value] }),
    oneOf('consultation_tallies_dimension_values', t.dimension, TALLY_DIMENSIONS),
  ],
);

/**
 * The people of a consultation who left contact details, as the feedback report counts them
 * (src/lib/report/people.ts): the md5 of the normalised contact, never the contact itself, and
 * how many of the consultation's comments carry it. Filled by the fold; emptied for a
 * consultation whose contact details the retention purge erased.
 */
export const consultationPeople = pgTable(
  'consultation_people',
  {
    consultationId: integer()
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    person: text().notNull(),
    comments: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.person] })],
);

// --- publishing ---

/**
 * The feedback report (征求意见情况说明) as staff edit and publish it: one row per revision.
 * A draft revision may be saved again; a published one never changes, and later edits start a
 * new revision. The public page shows the latest published revision.
 */
export const feedbackReports = pgTable(
  'feedback_reports',
  {
    id: serial().primaryKey(),
    consultationId: integer()
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    revision: integer().notNull(),
    /** The narrative: an introduction, one text per clause (by eId, '' for the whole draft), a closing. */
    content: jsonb()
      .$type<{
        intro: string;
        sections: { eId: string; label: string; text: string }[];
        closing: string;
      }>()
      .notNull(),
    updatedBy: integer().references(() => staffUsers.id),
    updatedAt: createdAt(),
    publishedAt: timestamp({ withTimezone: true }),
    publishedBy: integer().references(() => staffUsers.id),
  },
  (t) => [uniqueIndex('feedback_reports_revision').on(t.consultationId, t.revision)],
);

// --- intake ---

/**
 * Comments stored but not yet folded into the kept counts and the near-duplicate groups.
 * Intake inserts a row in the same statement as the comment (so a receipt always has one, or
 * has been folded); `foldPendingComments` (src/lib/intake/fold.ts) deletes a batch of rows
 * and moves the counts and groups for exactly those comments in the same transaction, so each
 * comment is counted once. The hot count rows (one consultation row takes every comment of a
 * surge) are then updated once per batch instead of once per comment.
 * `participant` is 1 when the comment made its author a new participant of the consultation.
 */
export const commentIntakeQueue = pgTable('comment_intake_queue', {
  commentId: bigint({ mode: 'number' }).primaryKey(),
  participant: integer().notNull(),
});

// --- amendments ---

/**
 * A proposed edit to a span of one clause's plain text at one version (src/lib/amendments/):
 * `start`/`end` are UTF-16 offsets into `clausePlainText` of `clauseEId` at `versionId`,
 * `original` is the text there, `replacement` what it becomes. A citizen's suggested wording
 * becomes one (origin `comment`, its comment's seconds are the amendment's); an advisor may
 * propose one (origin `staff`). Committee staff decide each: `proposed` → `accepted` (with
 * `decidedReplacement` when accepted with edits) or `declined` (with a reason, which is the
 * public reply unless `reply` says otherwise).
 */
export const amendments = pgTable(
  'amendments',
  {
    id: serial().primaryKey(),
    versionId: integer()
      .notNull()
      .references(() => versions.id, { onDelete: 'cascade' }),
    clauseEId: text().notNull(),
    start: integer().notNull(),
    end: integer().notNull(),
    original: text().notNull(),
    replacement: text().notNull(),
    origin: text().notNull(),
    commentId: bigint({ mode: 'number' }).references(() => comments.id, { onDelete: 'cascade' }),
    proposedBy: integer().references(() => staffUsers.id),
    status: text().notNull().default('proposed'),
    decidedReplacement: text(),
    reason: text(),
    reply: text(),
    decidedBy: integer().references(() => staffUsers.id),
    decidedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('amendments_version_clause').on(t.versionId, t.clauseEId),
    uniqueIndex('amendments_comment').on(t.commentId),
    check('amendments_span', sql`${t.start} >= 0 and ${t.end} >= ${t.start}`),
    check('amendments_status', sql`${t.status} in ('proposed', 'accepted', 'declined')`),
    check('amendments_origin', sql`(${t.origin} = 'comment') = (${t.commentId} is not null)`),
  ],
);

/**
 * Kept marker of the suggestions imported as amendments (src/lib/amendments): every live
 * suggested wording on the version among comments up to `throughCommentId` is an amendment,
 * so the workbench reads only newer comments on each view (issue #19).
 */
export const amendmentImports = pgTable('amendment_imports', {
  versionId: integer()
    .primaryKey()
    .references(() => versions.id, { onDelete: 'cascade' }),
  throughCommentId: bigint({ mode: 'number' }).notNull().default(0),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Which amendments (and through them, comments) lie behind a changed clause of a later version. */
export const clauseAmendments = pgTable(
  'clause_amendments',
  {
    clauseId: integer()
      .notNull()
      .references(() => clauses.id, { onDelete: 'cascade' }),
    amendmentId: integer()
      .notNull()
      .references(() => amendments.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.clauseId, t.amendmentId] }),
    index('clause_amendments_amendment').on(t.amendmentId),
  ],
);

// --- notifications (src/lib/notify) ---

/**
 * E-mails waiting to be sent, sent, or given up on. A row holds what to say (a message kind and
 * its parameters, rendered in `locale` when sent) rather than the text, so links carry the
 * public address the sending process is configured with. The worker claims due rows with
 * FOR UPDATE SKIP LOCKED, so any number of processes can send. `dedupeKey` makes enqueueing
 * idempotent (one receipt per comment, one notice per comment and version).
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    kind: text().notNull(),
    toAddress: text().notNull(),
    locale: text().notNull(),
    params: jsonb().$type<Record<string, string>>().notNull(),
    dedupeKey: text().notNull().unique(),
    /** pending | sent | failed (given up after the last attempt). */
    status: text().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
    createdAt: createdAt(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('outbox_due')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
  ],
);

/**
 * A commenter's consent to be told by e-mail what becomes of a comment: the receipt, the
 * reply, a later reading that changes the clause. Private: never shown publicly or exported.
 */
export const commentNotifications = pgTable('comment_notifications', {
  commentId: bigint({ mode: 'number' }).primaryKey(),
  email: text().notNull(),
  locale: text().notNull(),
  createdAt: createdAt(),
});

/** Someone following a regulation by e-mail (double opt-in: confirmedAt is set by the link). */
export const regulationFollows = pgTable(
  'regulation_follows',
  {
    id: serial().primaryKey(),
    regulationId: integer()
      .notNull()
      .references(() => regulations.id, { onDelete: 'cascade' }),
    email: text().notNull(),
    locale: text().notNull(),
    /** Secret in the confirmation and unsubscribe links. */
    token: text().notNull().unique(),
    createdAt: createdAt(),
    confirmedAt: timestamp({ withTimezone: true }),
    unsubscribedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('regulation_follows_email').on(t.regulationId, t.email)],
);

// --- liaison stations (src/lib/stations) ---

/**
 * The liaison station (人大代表联络站) and, when known, the deputy a comment came through (the
 * station's QR code or a deputy's). Stations and deputies are content (content/stations.yaml),
 * referred to by slug.
 */
export const commentVia = pgTable(
  'comment_via',
  {
    commentId: bigint({ mode: 'number' }).primaryKey(),
    station: text().notNull(),
    deputy: text(),
  },
  (t) => [index('comment_via_station').on(t.station)],
);

/**
 * 转办-回复-销号: an opinion forwarded by staff to the body responsible for it, with a due
 * date; the body's answer as recorded by staff; and the closing of the case.
 */
export const forwardings = pgTable('forwardings', {
  commentId: bigint({ mode: 'number' }).primaryKey(),
  body: text().notNull(),
  dueDate: date().notNull(),
  note: text(),
  forwardedAt: timestamp({ withTimezone: true }).notNull(),
  forwardedBy: integer().references(() => staffUsers.id),
  answer: text(),
  answeredAt: timestamp({ withTimezone: true }),
  answeredBy: integer().references(() => staffUsers.id),
  closedAt: timestamp({ withTimezone: true }),
  closedBy: integer().references(() => staffUsers.id),
});

// --- attachments ---

/** PostgreSQL's bytea, as a Node Buffer (a Uint8Array on the way in). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** pending until a moderator approves (public) or rejects (staff only) it. */
const ATTACHMENT_STATUSES = ['pending', 'approved', 'rejected'] as const;

/**
 * A file sent with a comment (a PDF or Word letter, a photo): stored in the database so that
 * the app processes sharing it stay stateless, and stored in the comment's own transaction, so
 * a receipt never stands for a lost file. Public only once approved.
 */
export const commentAttachments = pgTable(
  'comment_attachments',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    commentId: bigint({ mode: 'number' })
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    /** The sender's file name, cleaned (src/lib/attachments/name.ts); never used as a path. */
    fileName: text().notNull(),
    kind: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    status: text().notNull().default('pending'),
    reviewedBy: integer().references(() => staffUsers.id),
    reviewedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('comment_attachments_position').on(t.commentId, t.position),
    oneOf('comment_attachments_kind_values', t.kind, ATTACHMENT_KINDS),
    oneOf('comment_attachments_status_values', t.status, ATTACHMENT_STATUSES),
    check('comment_attachments_size_range', sql`${t.size} > 0 and ${t.size} <= 10485760`),
  ],
);

// --- security keys (WebAuthn) ---

/**
 * A security key or passkey a staff member registered as a second factor beside TOTP
 * (src/lib/auth/security-keys.ts). `counter` is the authenticator's signature counter as last
 * seen; a key that always reports 0 does not count.
 */
export const securityKeys = pgTable(
  'security_keys',
  {
    id: serial().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    /** The credential id, base64url, as the browser reports it. */
    credentialId: text().notNull().unique(),
    /** The COSE public key. */
    publicKey: bytea().notNull(),
    counter: bigint({ mode: 'number' }).notNull().default(0),
    transports: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The owner's name for it ("YubiKey on my keyring"). */
    name: text().notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('security_keys_user').on(t.userId)],
);

const KEY_CHALLENGE_PURPOSES = ['register', 'sign-in'] as const;

/**
 * WebAuthn challenges waiting for their answer, kept here rather than in a process's memory so
 * that any app process can check the answer. Bound to the session that asked (deleted with
 * it), taken once (deleted when an answer names it) and valid for a few minutes.
 */
export const securityKeyChallenges = pgTable(
  'security_key_challenges',
  {
    challenge: text().primaryKey(),
    sessionId: text()
      .notNull()
      .references(() => sessions.tokenHash, { onDelete: 'cascade' }),
    purpose: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('security_key_challenges_session').on(t.sessionId),
    oneOf('security_key_challenges_purpose_values', t.purpose, KEY_CHALLENGE_PURPOSES),
  ],
);
