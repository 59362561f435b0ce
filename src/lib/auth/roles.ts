/** Staff roles and what each may do. Checked on the server for every staff route. */
export const ROLES = ['admin', 'committee', 'advisor', 'moderator', 'clerk'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | 'comments:read'
  | 'comments:personal-data'
  | 'audit:read'
  | 'users:manage'
  | 'comparison:annotate'
  | 'comments:moderate'
  | 'comments:dispose'
  | 'comments:enter'
  | 'comments:triage'
  | 'regulations:publish'
  /** Queue again an e-mail the worker gave up on (/staff/outbox). */
  | 'mail:resend';

const GRANTS: Record<Permission, readonly Role[]> = {
  'comments:read': ['admin', 'committee', 'advisor', 'moderator', 'clerk'],
  'comments:personal-data': ['admin', 'committee', 'advisor', 'moderator'],
  'audit:read': ['admin'],
  'users:manage': ['admin'],
  'comparison:annotate': ['admin', 'committee'],
  'comments:moderate': ['admin', 'moderator'],
  'comments:dispose': ['admin', 'advisor', 'committee'],
  'comments:enter': ['admin', 'clerk', 'committee'],
  /** Tags, assignment and internal notes. */
  'comments:triage': ['admin', 'committee', 'advisor', 'moderator'],
  'regulations:publish': ['admin', 'committee'],
  'mail:resend': ['admin'],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function can(roles: readonly string[], permission: Permission): boolean {
  return roles.some((r) => (GRANTS[permission] as readonly string[]).includes(r));
}
