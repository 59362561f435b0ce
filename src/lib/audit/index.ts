export { actionName, AUDIT_ACTIONS, describeAuditEvent, MAX_OBJECTS, type AuditAction, type AuditEvent, type AuditLine, type AuditNames, type AuditObject } from './describe.ts';
export { AUDIT_PAGE_SIZE, auditChoices, auditPage, recordContactViewed, type AuditFilter, type AuditPage } from './repository.ts';
