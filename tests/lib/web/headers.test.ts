import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../../src/lib/web/headers.ts';

describe('security headers', () => {
  it('add HSTS for a year, subdomains included, when the site is served over HTTPS', () => {
    expect(securityHeaders({ secureCookies: true })['Strict-Transport-Security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });
  it('leave HSTS out over plain HTTP, where it would be ignored or lock a test host to HTTPS', () => {
    expect(securityHeaders({ secureCookies: false })['Strict-Transport-Security']).toBeUndefined();
    expect(securityHeaders({ secureCookies: false })['Content-Security-Policy']).toContain(
      "frame-ancestors 'none'",
    );
  });
});
