/**
 * The e-mails (src/lib/notify/render.ts): receipts, replies, news and alerts
 * (`alerts.<rule>.subject` and `.body`). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const sharedMail = m({
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

  // E-mails: receipt
  'notify.mail.receipt.subject': {
    zh: '意见已收到（回执编号 {code}）',
    en: 'Comment received (receipt {code})',
  },
  'notify.mail.receipt.body': {
    zh: '您好：\n\n我们已收到您对《{regulation}》{clause}提出的意见。\n回执编号：{code}\n\n凭回执编号可随时查看处理进展和答复：\n{link}\n\n答复公布和后续审议稿修改该条款时，我们会再发邮件告诉您。',
    en: 'Hello,\n\nWe have received your comment on {clause} of the {regulation}.\nReceipt code: {code}\n\nFollow what becomes of it, and read the reply, with your receipt code:\n{link}\n\nWe will write again when the reply is published and when a later reading changes that clause.',
  },
  'notify.mail.wholeDraft': { zh: '草案整体', en: 'the draft as a whole' },
  // E-mails: reply
  'notify.mail.reply.subject': {
    zh: '您的意见已有答复（回执编号 {code}）',
    en: 'Your comment has a reply (receipt {code})',
  },
  'notify.mail.reply.body': {
    zh: '您好：\n\n您对《{regulation}》提出的意见（回执编号 {code}）已有答复。\n处理结果：{disposition}\n答复：\n{reply}\n\n详情：\n{link}',
    en: 'Hello,\n\nYour comment on the {regulation} (receipt {code}) has a reply.\nOutcome: {disposition}\nReply:\n{reply}\n\nDetails:\n{link}',
  },
  'notify.disposition.adopted': { zh: '采纳', en: 'Adopted' },
  'notify.disposition.partly-adopted': { zh: '部分采纳', en: 'Partly adopted' },
  'notify.disposition.not-adopted': { zh: '未采纳', en: 'Not adopted' },
  'notify.disposition.out-of-scope': {
    zh: '不属于本法规范围',
    en: 'Outside the scope of this regulation',
  },
  'notify.disposition.none': { zh: '已答复', en: 'Answered' },
  // E-mails: a later reading
  'notify.mail.reading.subject': {
    zh: '《{regulation}》{version}修改了您评论的条款',
    en: 'The {version} of the {regulation} changes the clause you commented on',
  },
  'notify.mail.reading.changed': {
    zh: '您好：\n\n《{regulation}》已公布{version}。您评论过的{clause}（回执编号 {code}）在这一稿中有修改。\n\n阅读{version}：\n{link}\n\n您的意见和答复：\n{receiptLink}',
    en: 'Hello,\n\nThe {version} of the {regulation} has been published. {clause}, on which you commented (receipt {code}), is changed in it.\n\nRead the {version}:\n{link}\n\nYour comment and its reply:\n{receiptLink}',
  },
  'notify.mail.reading.removed': {
    zh: '您好：\n\n《{regulation}》已公布{version}。您评论过的{clause}（回执编号 {code}）在这一稿中已删除。\n\n阅读{version}：\n{link}\n\n您的意见和答复：\n{receiptLink}',
    en: 'Hello,\n\nThe {version} of the {regulation} has been published. {clause}, on which you commented (receipt {code}), has been removed from it.\n\nRead the {version}:\n{link}\n\nYour comment and its reply:\n{receiptLink}',
  },
  // E-mails: the commenter's words entered the next reading
  'notify.mail.credit.subject': {
    zh: '您的修改建议写进了《{regulation}》{version}',
    en: 'Your suggested wording is in the {version} of the {regulation}',
  },
  'notify.mail.credit.body': {
    zh: '您好：\n\n《{regulation}》已公布{version}。您对{clause}提出的修改建议（回执编号 {code}）已被采纳，写进了这一稿，并在“本条为何修改”中署名致谢（如您同意公开署名）。\n\n查看该条及修改缘由：\n{link}\n\n您的意见和答复：\n{receiptLink}',
    en: 'Hello,\n\nThe {version} of the {regulation} has been published. The wording you suggested for {clause} (receipt {code}) was accepted and is in this reading, credited under “Why this article changed” (if you agreed to be named).\n\nSee the article and why it changed:\n{link}\n\nYour comment and its reply:\n{receiptLink}',
  },
  // E-mails: following a regulation
  'notify.mail.confirm.subject': {
    zh: '请确认关注《{regulation}》',
    en: 'Confirm that you want to follow the {regulation}',
  },
  'notify.mail.confirm.body': {
    zh: '您好：\n\n有人（希望是您）请求在《{regulation}》开始征求意见、公布新的审议稿或公布意见情况说明时通过此邮箱接收通知。\n\n确认关注请打开：\n{link}\n\n如果不是您本人操作，请忽略本邮件，我们不会再给您发送邮件。',
    en: 'Hello,\n\nSomeone (we hope you) asked for e-mail at this address when the {regulation} opens for comment, has a new reading published, or has its feedback report published.\n\nTo confirm, open:\n{link}\n\nIf this was not you, ignore this message: we will not write again.',
  },
  'notify.mail.news.subject.consultation': {
    zh: '《{regulation}》开始征求意见：{title}',
    en: 'The {regulation} is open for comment: {title}',
  },
  'notify.mail.news.subject.reading': {
    zh: '《{regulation}》公布了{title}',
    en: 'The {regulation}: {title} published',
  },
  'notify.mail.news.subject.report': {
    zh: '《{regulation}》公布了意见情况说明：{title}',
    en: 'The {regulation}: feedback report published for {title}',
  },
  'notify.mail.news.body': {
    zh: '您好：\n\n{headline}\n\n详情：\n{link}\n\n您收到本邮件是因为关注了《{regulation}》。一键退订：\n{unsubscribe}',
    en: 'Hello,\n\n{headline}\n\nDetails:\n{link}\n\nYou receive this because you follow the {regulation}. Unsubscribe with one click:\n{unsubscribe}',
  },
  'notify.mail.signature': {
    zh: '临江市人民代表大会常务委员会法制工作委员会\n（本邮件由系统自动发送，请勿直接回复）',
    en: 'Legislative Affairs Commission, Linjiang Municipal People’s Congress Standing Committee\n(Sent automatically; please do not reply to this message.)',
  },
});
