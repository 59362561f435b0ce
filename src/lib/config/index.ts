/**
 * The one module that reads the environment. Everything else receives a `Config`.
 * (Astro's `import.meta.env` is inlined at build time, so the server reads `process.env`
 * at start-up through here instead.)
 */
import path from 'node:path';
import { errors } from '../errors/index.ts';
import { DEFAULT_TIME_ZONE } from '../time/index.ts';
import { isProxyEntry } from '../web/address.ts';
import { readSiteIdentity, type SiteIdentity } from './site.ts';
import { smtpSettings, type SmtpSettings } from '../notify/settings.ts';

export interface Config {
  /** postgres://… when set; otherwise the embedded PGlite database in `dataDir`. */
  databaseUrl: string | null;
  /** Optional read replica for read-only pages. */
  databaseReadUrl: string | null;
  /** Folder of the embedded database and its lock file. */
  dataDir: string;
  /** Folder of the regulations as Markdown/YAML files. */
  contentDir: string;
  /** Time zone in which comment windows are judged and dates shown. */
  timeZone: string;
  /** Secret mixed into address hashes (rate limits, seconding) so raw IPs are never stored. */
  addressSalt: string;
  /**
   * Secret kept outside the database and mixed into every password hash (OPENCLAUSE_PASSWORD_PEPPER,
   * ASVS 2.4.5); null: none. Every process and the CLI must be given the same one.
   */
  passwordPepper: string | null;
  /** Secure cookies and HSTS (set when served over HTTPS). */
  secureCookies: boolean;
  /** Every staff account must have a TOTP second factor before it may open a staff page. */
  requireTotp: boolean;
  /** Comments allowed per address per hour. */
  commentsPerHour: number;
  /** Failed staff sign-in attempts allowed per address per 15 minutes. */
  signInsPerWindow: number;
  /** Lookups of receipt codes that do not exist allowed per address per hour (brute force). */
  receiptMissesPerHour: number;
  /** Days after a consultation closes by which each comment should have its reply. */
  replyDays: number;
  /**
   * The site's public address (scheme, host, optional port and path, no trailing slash) for
   * absolute links in the feed and on posters; never taken from a request's Host header.
   */
  publicUrl: string;
  /**
   * Test hooks (OPENCLAUSE_TEST_HOOKS=1; never in production): the clock set by
   * OPENCLAUSE_TEST_NOW, and the route that fails mid-render (src/pages/test-hooks/).
   */
  testHooks: boolean;
  /** The instant the clock starts from under test hooks (OPENCLAUSE_TEST_NOW, ISO 8601); null otherwise. */
  testNow: Date | null;
  /**
   * Addresses or networks of the load balancers in front of the app (OPENCLAUSE_TRUSTED_PROXIES,
   * comma-separated): a request from one of them is counted against the client address it
   * forwards in X-Forwarded-For (src/lib/web/address.ts). Empty: the TCP peer is the client.
   */
  trustedProxies: readonly string[];
  /**
   * Whose site this is (name, city, congress, office, contact lines) in both languages, from
   * OPENCLAUSE_SITE_FILE or `<contentDir>/site.yaml` (src/lib/config/site.ts); Linjiang by default.
   */
  site: SiteIdentity;
  /**
   * Where e-mail goes (OPENCLAUSE_SMTP_URL, or OPENCLAUSE_SMTP_HOST/PORT/USER/PASS, with
   * OPENCLAUSE_SMTP_FROM); null: nothing is sent and staff read the outbox (src/lib/notify).
   */
  smtp?: SmtpSettings | null;
  /**
   * Security alerts by e-mail (src/lib/notify/alerts.ts): OPENCLAUSE_ALERT_EMAIL, and the
   * thresholds OPENCLAUSE_ALERT_FAILED_SIGNINS (per 15 minutes, default 20) and
   * OPENCLAUSE_ALERT_REPORTS (per hour, default 30).
   */
  alerts?: { to: string | null; failedSignIns: number; reports: number };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const testHooks = env['OPENCLAUSE_TEST_HOOKS'] === '1';
  const contentDir = path.resolve(cwd, env['OPENCLAUSE_CONTENT_DIR'] ?? 'content');
  return {
    databaseUrl: nonEmpty(env['DATABASE_URL']),
    databaseReadUrl: nonEmpty(env['DATABASE_READ_URL']),
    dataDir: path.resolve(cwd, env['OPENCLAUSE_DATA_DIR'] ?? '.data'),
    contentDir,
    timeZone: env['OPENCLAUSE_TIME_ZONE'] ?? DEFAULT_TIME_ZONE,
    addressSalt: env['OPENCLAUSE_ADDRESS_SALT'] ?? 'openclause-development-salt',
    passwordPepper: pepper(env['OPENCLAUSE_PASSWORD_PEPPER']),
    secureCookies: env['OPENCLAUSE_SECURE_COOKIES'] === '1',
    requireTotp: env['OPENCLAUSE_REQUIRE_TOTP'] === '1',
    commentsPerHour: positiveInt(env['OPENCLAUSE_COMMENTS_PER_HOUR'], 30),
    signInsPerWindow: positiveInt(env['OPENCLAUSE_SIGNINS_PER_15MIN'], 20),
    receiptMissesPerHour: positiveInt(env['OPENCLAUSE_RECEIPT_MISSES_PER_HOUR'], 20),
    replyDays: positiveInt(env['OPENCLAUSE_REPLY_DAYS'], 30),
    publicUrl: publicUrl(env['OPENCLAUSE_PUBLIC_URL'], env['PORT']),
    testHooks,
    testNow: testHooks ? instant(env['OPENCLAUSE_TEST_NOW']) : null,
    trustedProxies: proxyList(env['OPENCLAUSE_TRUSTED_PROXIES']),
    site: readSiteIdentity(
      nonEmpty(env['OPENCLAUSE_SITE_FILE'])
        ? path.resolve(cwd, env['OPENCLAUSE_SITE_FILE']!)
        : path.join(contentDir, 'site.yaml'),
    ),
    smtp: smtpSettings(env),
    alerts: {
      to: nonEmpty(env['OPENCLAUSE_ALERT_EMAIL']),
      failedSignIns: positiveInt(env['OPENCLAUSE_ALERT_FAILED_SIGNINS'], 20),
      reports: positiveInt(env['OPENCLAUSE_ALERT_REPORTS'], 30),
    },
  };
}

function instant(value: string | undefined): Date | null {
  const date = value ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/** A list of addresses and networks; a wrong entry stops the start rather than trusting nothing or too much. */
function proxyList(value: string | undefined): readonly string[] {
  const entries = (value ?? '').split(/[\s,]+/).filter((entry) => entry !== '');
  const wrong = entries.filter((entry) => !isProxyEntry(entry));
  if (wrong.length > 0) {
    throw errors.configInvalid(
      'OPENCLAUSE_TRUSTED_PROXIES',
      `not an address or network: ${wrong.join(', ')} (write e.g. 127.0.0.1, 10.0.0.0/8)`,
    );
  }
  return Object.freeze(entries);
}

/** The password pepper: a secret of at least 32 characters, or none (a short one stops the start). */
function pepper(value: string | undefined): string | null {
  const secret = nonEmpty(value);
  if (secret !== null && secret.length < 32) {
    throw errors.configInvalid(
      'OPENCLAUSE_PASSWORD_PEPPER',
      'at least 32 characters, e.g. the output of `openssl rand -base64 33`',
    );
  }
  return secret;
}

function nonEmpty(value: string | undefined): string | null {
  return value && value.trim() !== '' ? value.trim() : null;
}

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** OPENCLAUSE_PUBLIC_URL when it is an http(s) URL, else where a local run listens. */
function publicUrl(value: string | undefined, port: string | undefined): string {
  const fallback = `http://localhost:${positiveInt(port, 4321)}`;
  if (!value?.trim()) return fallback;
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return fallback;
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return fallback;
  }
}
export { clockOf } from './clock.ts';
export { DEFAULT_SITE, siteIdentity, type SiteIdentity } from './site.ts';
