export { hashPassword, verifyPassword, passwordProblem } from './password.ts';
export { ROLES, ROLE_LABELS, can, isRole, type Role, type Permission } from './roles.ts';
export {
  SESSION_COOKIE,
  createStaffUser,
  findSession,
  listAudit,
  recordAudit,
  signIn,
  signOut,
  type SessionInfo,
  type StaffUser,
} from './repository.ts';
