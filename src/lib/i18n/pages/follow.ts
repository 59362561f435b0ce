/**
 * Following a regulation by e-mail (src/pages/regulations/[slug]/follow.astro,
 * src/pages/follow/confirm/ and unsubscribe/). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const followPage = m({
  // Following a regulation: pages
  'notify.follow.title': { zh: '关注《{regulation}》', en: 'Follow the {regulation}' },
  'notify.follow.lead': {
    zh: '开始征求意见、公布新的审议稿或公布意见情况说明时，我们会给您发邮件。您的邮箱不会公开，每封邮件都有一键退订链接。',
    en: 'We will e-mail you when it opens for comment, when a new reading is published and when its feedback report is published. Your address is never shown, and every message has a one-click unsubscribe link.',
  },
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

  'open.follow.limitedAddress': {
    zh: '您所在的网络本小时内已提交 {limit} 次关注请求，已达上限，这次没有发送确认邮件。请一小时后再试。',
    en: 'Your network has sent {limit} follow requests this hour, the most allowed, so no confirmation e-mail was sent. Please try again in an hour.',
  },
  'open.follow.limitedRecipient': {
    zh: '这个邮箱地址近一天内已收到 {limit} 封确认邮件，为免打扰，这次没有再发送。请在收件箱（包括垃圾邮件）中查找确认邮件，或一天后再试。',
    en: 'This address has been sent {limit} confirmation e-mails in the past day; to avoid flooding it, no more was sent. Look for one in the inbox (and the spam folder), or try again in a day.',
  },
  'open.follow.confirmTitle': {
    zh: '确认关注《{regulation}》',
    en: 'Confirm following the {regulation}',
  },
  'open.follow.confirmLead': {
    zh: '点击下面的按钮，确认用这个邮箱接收《{regulation}》的更新通知（新的征求意见、新的审议稿、意见情况通报）。如果不是您本人申请的，关闭本页即可，不会收到任何通知。',
    en: 'Press the button below to confirm that this address should receive news of the {regulation} (a new consultation, a new reading, a published report). If you did not ask for this, close this page and nothing will be sent.',
  },
  'open.follow.confirmButton': { zh: '确认关注', en: 'Confirm' },
  'open.follow.alreadyConfirmed': {
    zh: '您已确认关注《{regulation}》。',
    en: 'You already follow the {regulation}.',
  },
  'open.follow.unsubscribeTitle': {
    zh: '退订《{regulation}》的通知',
    en: 'Unsubscribe from news of the {regulation}',
  },
  'open.follow.unsubscribeLead': {
    zh: '点击下面的按钮，这个邮箱将不再收到《{regulation}》的任何通知。',
    en: 'Press the button below and this address will receive no more news of the {regulation}.',
  },
  'open.follow.unsubscribeButton': { zh: '退订', en: 'Unsubscribe' },
  'open.follow.alreadyUnsubscribed': {
    zh: '您已退订《{regulation}》的通知。',
    en: 'You have already unsubscribed from news of the {regulation}.',
  },
  'open.follow.oneClickDone': { zh: '已退订。', en: 'Unsubscribed.' },
});
