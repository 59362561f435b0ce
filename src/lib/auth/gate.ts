/**
 * When an administrator requires a second factor (`OPENCLAUSE_REQUIRE_TOTP=1`), a signed-in
 * account without one may open only its own account pages (to enrol) and sign out.
 */
const OPEN_WITHOUT_SECOND_FACTOR = /^\/staff\/(account(\/.*)?|sign-out|sign-in(\/code)?)$/;

export const ENROL_PATH = '/staff/account/two-factor';

/** The path to send the request to instead, or null when it may go on. */
export function secondFactorGate(
  path: string,
  required: boolean,
  user: { totpEnabled: boolean } | null,
): string | null {
  if (!required || !user || user.totpEnabled) return null;
  return OPEN_WITHOUT_SECOND_FACTOR.test(path.replace(/\/$/, '')) ? null : ENROL_PATH;
}
