/** The security headers every answer carries, from the middleware and from the direct intake route. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

/**
 * A file sent with a comment (src/pages/attachments/[id].ts) is only ever a download; should a
 * browser render it anyway, it runs sandboxed (no script, no same origin) and loads nothing.
 */
export const DOWNLOAD_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'";

/** HSTS (ASVS 14.4.5): one year, subdomains included; sent only when the site is served over HTTPS. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/** The headers for this deployment: HSTS added when secure cookies say the site is behind HTTPS. */
export function securityHeaders(config: {
  secureCookies?: boolean | undefined;
}): Readonly<Record<string, string>> {
  return config.secureCookies
    ? { ...SECURITY_HEADERS, 'Strict-Transport-Security': HSTS }
    : SECURITY_HEADERS;
}
