export { hashPassword, verifyPassword } from './password.ts';
export { passwordProblem, isCommonPassword, MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, type PasswordProblem } from './password-policy.ts';
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
  type ClientInfo,
  type SessionInfo,
  type StaffUser,
} from './repository.ts';
export { signIn, completeSecondFactor, type SignInResult, type SecondFactorResult } from './sign-in.ts';
export { changePassword, enrolTotp, recoveryCodesLeft, renewRecoveryCodes, resetTotp, type PasswordChangeResult } from './account.ts';
export { newTotpSecret, otpauthUri, verifyTotp } from './totp.ts';
export { secondFactorGate } from './gate.ts';
export { clearSessionCookie, readSessionToken, sessionCookieShape, setSessionCookie } from './cookie.ts';
