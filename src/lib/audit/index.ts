export {
  actionName,
  AUDIT_ACTIONS,
  describeAuditEvent,
  type AuditEvent,
  type AuditLine,
  type AuditNames,
} from './describe.ts';
export { auditChoices, auditPage, recordContactViewed } from './repository.ts';
