export { hashPassword, verifyPassword } from './password.ts';
export { passwordProblem, MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH } from './password-policy.ts';
export { ROLES, can, isRole, type Role, type Permission } from './roles.ts';
export {
  PENDING_TTL_MS,
  SESSION_TTL_MS,
  createStaffUser,
  findSession,
  listAudit,
  listSessions,
  recordAudit,
  revokeOtherSessions,
  revokeSession,
  signOut,
  type SessionInfo,
  type StaffUser,
} from './repository.ts';
export { signIn, completeSecondFactor, completeSecondFactorWithKey } from './sign-in.ts';
export {
  MAX_KEY_NAME_LENGTH,
  beginKeyRegistration,
  beginKeySignIn,
  finishKeyRegistration,
  listSecurityKeys,
  relyingPartyOf,
  removeSecurityKey,
} from './security-keys.ts';
export {
  changePassword,
  enrolTotp,
  recoveryCodesLeft,
  renewRecoveryCodes,
  resetTotp,
} from './account.ts';
export { newTotpSecret, otpauthUri } from './totp.ts';
export { secondFactorGate } from './gate.ts';
export {
  clearSessionCookie,
  readSessionToken,
  sessionCookieShape,
  setSessionCookie,
} from './cookie.ts';
