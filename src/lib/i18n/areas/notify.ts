/** Interface strings of e-mail notifications, following a regulation and the staff outbox, Chinese first. Merged in ../messages.ts. */
import { m } from '../catalogue.ts';

export const notifyMessages = m({
  // The comment form
  'notify.form.optIn': {
    zh: '通过上面填写的电子邮箱通知我：回执、答复，以及后续审议稿修改或删除我所评论的条款时',
    en: 'E-mail me at the address above: the receipt, the reply, and when a later reading changes or removes the clause I commented on',
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
  // Following a regulation: pages
  'notify.follow.title': { zh: '关注《{regulation}》', en: 'Follow the {regulation}' },
  'notify.follow.lead': {
    zh: '开始征求意见、公布新的审议稿或公布意见情况说明时，我们会给您发邮件。您的邮箱不会公开，每封邮件都有一键退订链接。',
    en: 'We will e-mail you when it opens for comment, when a new reading is published and when its feedback report is published. Your address is never shown, and every message has a one-click unsubscribe link.',
  },
  'notify.follow.link': { zh: '邮件关注本法规', en: 'Follow this regulation by e-mail' },
  'notify.follow.email': { zh: '电子邮箱', en: 'E-mail address' },
  'notify.follow.submit': { zh: '关注', en: 'Follow' },
  'notify.follow.invalid': {
    zh: '请填写有效的电子邮箱地址，例如 name@example.org。',
    en: 'Give a valid e-mail address, such as name@example.org.',
  },
  'notify.follow.sent': {
    zh: '我们已向 {email} 发送了一封确认邮件。请打开邮件中的链接完成关注；未确认的关注不会收到任何通知。',
    en: 'We have sent a confirmation message to {email}. Open the link in it to start following; nothing is sent to an address that is not confirmed.',
  },
  'notify.follow.confirmed': {
    zh: '已确认：您将收到《{regulation}》的更新通知。',
    en: 'Confirmed: you will receive news of the {regulation}.',
  },
  'notify.follow.unsubscribed': {
    zh: '已退订：您不会再收到《{regulation}》的通知。',
    en: 'Unsubscribed: you will receive no more news of the {regulation}.',
  },
  'notify.follow.unknownToken': {
    zh: '链接无效或已过期。',
    en: 'This link is not valid or has expired.',
  },
  'notify.follow.back': { zh: '返回法规页面', en: 'Back to the regulation' },
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
});
