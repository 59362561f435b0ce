/** Interface strings of open data, following a regulation and the station clerk's page, Chinese first. Merged in ../messages.ts. */
import { m } from '../catalogue.ts';

export const openMessages = m({
  'openData.nav': { zh: '开放数据', en: 'Open data' },
  'openData.title': { zh: '开放数据', en: 'Open data' },
  'openData.lead': {
    zh: '法规、各稿文本、公开的意见及其办理结果和答复，都可以下载或通过接口读取，免费使用，无需申请。',
    en: 'Regulations, their texts, the published comments with what was done with them and the replies: all can be downloaded or read through the API, free to reuse, no key needed.',
  },
  'openData.whatTitle': { zh: '包含哪些内容', en: 'What is included' },
  'openData.what': {
    zh: '只包含公开页面上能看到的内容：经审核公开、且本人同意公开的意见（个人信息已遮盖，删节处已处理），意见的办理结果（采纳、部分采纳、未采纳、不属于本法规范围）、正式答复，以及采纳后体现在后续稿件中的条款。联系方式、网络地址和未公开的意见一律不包含。',
    en: 'Only what the public pages show: comments published with their authors’ consent (personal data masked, redactions applied), what was done with each (adopted, partly adopted, not adopted, out of scope), the official reply, and the clause of a later version that reflects it. Contact details, network addresses and unpublished comments are never included.',
  },
  'openData.downloadsTitle': { zh: '下载表格', en: 'Download tables' },
  'openData.downloads': {
    zh: '每一稿的意见列表页都提供 CSV 和 Excel（XLSX）两种格式的下载，内容与接口相同。',
    en: 'The comment list of every version offers the same data as CSV and as Excel (XLSX).',
  },
  'openData.versionDownloads': {
    zh: '{regulation} · {version}：',
    en: '{regulation} · {version}: ',
  },
  'openData.apiTitle': { zh: '数据接口（JSON）', en: 'The API (JSON)' },
  'openData.api': {
    zh: '接口以 OpenAPI 3.1 格式说明，可直接导入常用工具：',
    en: 'The API is described in OpenAPI 3.1, which common tools read directly:',
  },
  'openData.spec': { zh: '接口说明（openapi.json）', en: 'API description (openapi.json)' },
  'openData.endpoints': { zh: '主要地址', en: 'Main addresses' },
  'openData.downloadXlsx': {
    zh: '下载全部公开意见（Excel）',
    en: 'Download all published comments (Excel)',
  },
  'openData.about': { zh: '关于开放数据', en: 'About open data' },
  'openData.listPage': { zh: '意见列表', en: 'Comment list' },
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
  'clerkStation.nav': { zh: '本站意见', en: 'My station' },
  'clerkStation.title': { zh: '{station}：本站意见', en: '{station}: opinions' },
  'clerkStation.enter': { zh: '录入本站收集的意见', en: 'Enter opinions gathered here' },
  'clerkStation.enteringFor': {
    zh: '录入的意见将记为来自{station}。',
    en: 'Opinions entered here are recorded as coming through {station}.',
  },
  'clerkStation.publicPage': { zh: '本站公开页面', en: 'The station’s public page' },
  'clerkStation.poster': { zh: '本站海报和二维码', en: 'The station’s poster and QR code' },
  'clerkStation.opinions': { zh: '本站收集的意见', en: 'Opinions gathered here' },
  'clerkStation.none': {
    zh: '本站还没有收集到意见。',
    en: 'No opinions have been gathered here yet.',
  },
  'clerkStation.unbound': {
    zh: '您的账号还没有绑定联络站。请管理员在“联络站工作人员”页面为您选择所在的联络站。',
    en: 'Your account is not bound to a liaison station yet. Ask an administrator to choose your station on the “Station clerks” page.',
  },
  'clerkStation.bindTitle': { zh: '联络站工作人员', en: 'Station clerks' },
  'clerkStation.bindLead': {
    zh: '为每位联络站工作人员选择其所在的联络站。工作人员录入的意见记为来自该站，并可在“本站意见”页面查看该站意见的转办、回复和销号情况。',
    en: 'Choose the liaison station each clerk works at. The opinions a clerk enters are recorded as coming through that station, and the clerk’s “My station” page shows how each of the station’s opinions was forwarded, answered and closed.',
  },
  'clerkStation.stationOf': {
    zh: '{name}（{username}）所在联络站',
    en: 'Station of {name} ({username})',
  },
  'clerkStation.noStation': { zh: '（未绑定）', en: '(none)' },
  'clerkStation.save': { zh: '保存', en: 'Save' },
  'clerkStation.saved': { zh: '已保存。', en: 'Saved.' },
  'clerkStation.noClerks': {
    zh: '还没有联络站工作人员账号。',
    en: 'There are no clerk accounts yet.',
  },
  'audit.action.station.bind-clerk': {
    zh: '为工作人员绑定了联络站',
    en: 'Bound a clerk to a liaison station',
  },
});
