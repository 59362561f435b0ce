/** Security alerts e-mailed to the operator (src/lib/notify/alerts.ts), Chinese first. Merged in ../messages.ts. */
import { m } from '../catalogue.ts';

export const alertsMessages = m({
  'alerts.locked.subject': {
    zh: '安全提醒：员工账户 {username} 已被锁定',
    en: 'Security alert: staff account {username} locked',
  },
  'alerts.locked.body': {
    zh: '员工账户 {username} 因连续 {count} 次输错密码或验证码，于 {at}（UTC）被暂时锁定。最近一次尝试来自 {address}。\n\n如果不是本人所为，可能有人在猜测密码。请在审计记录中查看详情：\n{audit}',
    en: 'Staff account {username} was locked at {at} (UTC) after {count} wrong passwords or codes in a row. The last attempt came from {address}.\n\nIf this was not its owner, someone may be guessing the password. The audit trail has the details:\n{audit}',
  },
  'alerts.failed-sign-ins.subject': {
    zh: '安全提醒：15 分钟内 {count} 次登录失败',
    en: 'Security alert: {count} failed sign-ins in 15 minutes',
  },
  'alerts.failed-sign-ins.body': {
    zh: '截至 {at}（UTC），15 分钟内共有 {count} 次员工登录失败，涉及一个或多个账户，可能有人在批量猜测密码。请在审计记录中查看来源地址：\n{audit}',
    en: 'In the 15 minutes up to {at} (UTC) there were {count} failed staff sign-ins, on one or more accounts: someone may be guessing passwords. The audit trail shows where they came from:\n{audit}',
  },
  'alerts.reports.subject': {
    zh: '安全提醒：一小时内 {count} 次举报',
    en: 'Security alert: {count} reader reports in one hour',
  },
  'alerts.reports.body': {
    zh: '截至 {at}（UTC），一小时内读者共举报意见 {count} 次，可能有人在有组织地举报以隐藏他人的意见。请在审核页面查看：\n{moderation}',
    en: "In the hour up to {at} (UTC) readers reported comments {count} times: this may be an organised attempt to hide other people's comments. Review them on the moderation page:\n{moderation}",
  },
});
