/**
 * Every interface string in both languages, merged from one file per page, component or layout
 * (./pages/, ./components/, ./layouts/) and a few shared concerns (./shared/). README.md in this
 * folder says where a new string goes. A key is defined in one file only
 * (tests/lib/i18n/catalogue.test.ts).
 */
import { m } from './catalogue.ts';
import { attachmentListComponent } from './components/attachment-list.ts';
import { clauseTreeComponent } from './components/clause-tree.ts';
import { commentFormComponent } from './components/comment-form.ts';
import { comparisonNavComponent } from './components/comparison-nav.ts';
import { consultationStatusComponent } from './components/consultation-status.ts';
import { forwardingStepsComponent } from './components/forwarding-steps.ts';
import { posterComponent } from './components/poster.ts';
import { questionnaireTallyComponent } from './components/questionnaire-tally.ts';
import { whyChangedComponent } from './components/why-changed.ts';
import { baseLayout } from './layouts/base.ts';
import { staffLayout } from './layouts/staff.ts';
import { commentPage } from './pages/comment.ts';
import { commentsPage } from './pages/comments.ts';
import { comparePage } from './pages/compare.ts';
import { followPage } from './pages/follow.ts';
import { homePage } from './pages/home.ts';
import { notFoundPage } from './pages/not-found.ts';
import { openDataPage } from './pages/open-data.ts';
import { planPage } from './pages/plan.ts';
import { planCommentPage } from './pages/plan-comment.ts';
import { planProposePage } from './pages/plan-propose.ts';
import { questionnairePage } from './pages/questionnaire.ts';
import { readingsPage } from './pages/readings.ts';
import { receiptPage } from './pages/receipt.ts';
import { regulationPage } from './pages/regulation.ts';
import { reportPage } from './pages/report.ts';
import { staffAccountPage } from './pages/staff-account.ts';
import { staffAmendmentsPage } from './pages/staff-amendments.ts';
import { staffAuditPage } from './pages/staff-audit.ts';
import { staffBulkPage } from './pages/staff-bulk.ts';
import { staffCampaignsPage } from './pages/staff-campaigns.ts';
import { staffCommentPage } from './pages/staff-comment.ts';
import { staffComparePage } from './pages/staff-compare.ts';
import { staffConsultationPage } from './pages/staff-consultation.ts';
import { staffDashboardPage } from './pages/staff-dashboard.ts';
import { staffEnterPage } from './pages/staff-enter.ts';
import { staffForwardPage } from './pages/staff-forward.ts';
import { staffHeatmapPage } from './pages/staff-heatmap.ts';
import { staffHomePage } from './pages/staff-home.ts';
import { staffImportPage } from './pages/staff-import.ts';
import { staffModerationPage } from './pages/staff-moderation.ts';
import { staffOutboxPage } from './pages/staff-outbox.ts';
import { staffRegulationsPage } from './pages/staff-regulations.ts';
import { staffReportPage } from './pages/staff-report.ts';
import { staffSecurityKeysPage } from './pages/staff-security-keys.ts';
import { staffSessionsPage } from './pages/staff-sessions.ts';
import { staffSignInPage } from './pages/staff-sign-in.ts';
import { staffStationPage } from './pages/staff-station.ts';
import { staffTriagePage } from './pages/staff-triage.ts';
import { staffTwoFactorPage } from './pages/staff-two-factor.ts';
import { staffVersionsPage } from './pages/staff-versions.ts';
import { staffWorkloadPage } from './pages/staff-workload.ts';
import { stationsPage } from './pages/stations.ts';
import { versionPage } from './pages/version.ts';
import { sharedAttachments } from './shared/attachments.ts';
import { sharedCodes } from './shared/codes.ts';
import { sharedCommon } from './shared/common.ts';
import { sharedConsultationWindow } from './shared/consultation-window.ts';
import { sharedErrors } from './shared/errors.ts';
import { sharedFaults } from './shared/faults.ts';
import { sharedFieldErrors } from './shared/field-errors.ts';
import { sharedForms } from './shared/forms.ts';
import { sharedImportProblems } from './shared/import-problems.ts';
import { sharedMail } from './shared/mail.ts';
import { sharedParseProblems } from './shared/parse-problems.ts';
import { sharedPassword } from './shared/password.ts';

export const messages = m({
  ...attachmentListComponent,
  ...clauseTreeComponent,
  ...commentFormComponent,
  ...comparisonNavComponent,
  ...consultationStatusComponent,
  ...forwardingStepsComponent,
  ...posterComponent,
  ...questionnaireTallyComponent,
  ...whyChangedComponent,
  ...baseLayout,
  ...staffLayout,
  ...commentPage,
  ...commentsPage,
  ...comparePage,
  ...followPage,
  ...homePage,
  ...notFoundPage,
  ...openDataPage,
  ...planPage,
  ...planCommentPage,
  ...planProposePage,
  ...questionnairePage,
  ...readingsPage,
  ...receiptPage,
  ...regulationPage,
  ...reportPage,
  ...staffAccountPage,
  ...staffAmendmentsPage,
  ...staffAuditPage,
  ...staffBulkPage,
  ...staffCampaignsPage,
  ...staffCommentPage,
  ...staffComparePage,
  ...staffConsultationPage,
  ...staffDashboardPage,
  ...staffEnterPage,
  ...staffForwardPage,
  ...staffHeatmapPage,
  ...staffHomePage,
  ...staffImportPage,
  ...staffModerationPage,
  ...staffOutboxPage,
  ...staffRegulationsPage,
  ...staffReportPage,
  ...staffSecurityKeysPage,
  ...staffSessionsPage,
  ...staffSignInPage,
  ...staffStationPage,
  ...staffTriagePage,
  ...staffTwoFactorPage,
  ...staffVersionsPage,
  ...staffWorkloadPage,
  ...stationsPage,
  ...versionPage,
  ...sharedAttachments,
  ...sharedCodes,
  ...sharedCommon,
  ...sharedConsultationWindow,
  ...sharedErrors,
  ...sharedFaults,
  ...sharedFieldErrors,
  ...sharedForms,
  ...sharedImportProblems,
  ...sharedMail,
  ...sharedParseProblems,
  ...sharedPassword,
});

export type MessageKey = keyof typeof messages;
