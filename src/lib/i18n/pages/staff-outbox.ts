/**
 * The mail outbox (src/pages/staff/outbox.astro): message states (`notify.outbox.status.<status>`).
 * Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffOutboxPage = m({
  // Staff outbox
  'notify.outbox.title': { zh: '邮件发件箱', en: 'E-mail outbox' },
  'notify.outbox.noSmtp': {
    zh: '未配置邮件服务器（OPENCLAUSE_SMTP_URL），邮件不会发出。下面是待发送的邮件，可手工转交。',
    en: 'No mail server is configured (OPENCLAUSE_SMTP_URL), so nothing is sent. The messages waiting are below, to pass on by hand.',
  },
  'notify.outbox.smtp': {
    zh: '邮件由后台任务通过已配置的邮件服务器发送，失败后自动重试。',
    en: 'Messages are sent by a background worker through the configured mail server, and retried after a failure.',
  },
  'notify.outbox.empty': { zh: '发件箱为空。', en: 'The outbox is empty.' },
  'notify.outbox.created': { zh: '时间', en: 'Queued' },
  'notify.outbox.to': { zh: '收件人', en: 'To' },
  'notify.outbox.subject': { zh: '主题', en: 'Subject' },
  'notify.outbox.status': { zh: '状态', en: 'Status' },
  'notify.outbox.attempts': { zh: '尝试次数', en: 'Attempts' },
  'notify.outbox.status.pending': { zh: '待发送', en: 'Waiting' },
  'notify.outbox.status.sent': { zh: '已发送', en: 'Sent' },
  'notify.outbox.status.failed': { zh: '发送失败', en: 'Failed' },
  'notify.outbox.body': { zh: '正文', en: 'Text' },
  'notify.outbox.scroll': { zh: '可横向滚动的表格', en: 'Scrollable table' },
  'notify.outbox.resend': { zh: '重新发送', en: 'Send again' },
  'notify.outbox.resendLabel': { zh: '重新发送邮件 #{id}', en: 'Send e-mail #{id} again' },
  'notify.outbox.resent': {
    zh: '邮件 #{id} 已重新排入发件队列，后台任务将立即发送；如仍失败，会照常自动重试。',
    en: 'E-mail #{id} is queued again and the worker sends it now; if it fails again, it is retried as usual.',
  },
  'notify.outbox.resentNoSmtp': {
    zh: '邮件 #{id} 已改回“待发送”。目前未配置邮件服务器，配置后由后台任务发送。',
    en: 'E-mail #{id} is waiting again. No mail server is configured now: the worker sends it once one is.',
  },
  'notify.outbox.notFailed': {
    zh: '邮件 #{id} 已不是“发送失败”状态（可能已被其他管理员重新发送），未做改动。',
    en: 'E-mail #{id} is no longer failed (another administrator may have sent it again); nothing was changed.',
  },
});
