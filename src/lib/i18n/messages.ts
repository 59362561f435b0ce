/**
 * Every interface string in both languages. Keys are grouped by page; larger areas keep their
 * strings in ./areas/ so that work on one area does not touch another's lines.
 */
import { m } from './catalogue.ts';
import { accountsMessages } from './areas/accounts.ts';
import { operationsMessages } from './areas/operations.ts';
import { participationMessages } from './areas/participation.ts';
import { parsingMessages } from './areas/parsing.ts';
import { publishingMessages } from './areas/publishing.ts';
import { triageMessages } from './areas/triage.ts';
import { citizenMessages } from './areas/citizen.ts';
import { errorMessages } from './areas/errors.ts';
import { staffHomeMessages } from './areas/staff-home.ts';
import { reportAuditMessages } from './areas/report-audit.ts';
import { amendmentsMessages } from './areas/amendments.ts';
import { notifyMessages } from './areas/notify.ts';
import { stationsMessages } from './areas/stations.ts';
import { openMessages } from './areas/open.ts';
import { attachmentsMessages } from './areas/attachments.ts';
import { securityKeysMessages } from './areas/security-keys.ts';
import { pagesMessages } from './areas/pages.ts';
import { codesMessages } from './areas/codes.ts';
import { domainMessages } from './areas/domain.ts';
import { staffPagesMessages } from './areas/staff-pages.ts';
import { groupingMessages } from './areas/grouping.ts';
import { alertsMessages } from './areas/alerts.ts';
import { wordMessages } from './areas/word.ts';
import { tidyMessages } from './areas/tidy.ts';
import { staffQueueMessages } from './areas/staff-queue.ts';
import { formsMessages } from './areas/forms.ts';
import { alignMessages } from './areas/align.ts';
import { entryMessages } from './areas/entry.ts';
import { proposalMessages } from './areas/proposal.ts';
import { importProblemMessages } from './areas/import-problems.ts';

const core = m({
  'site.short': { zh: '开放条文', en: 'OpenClause' },
  'site.skip': { zh: '跳到正文', en: 'Skip to content' },
  'site.switch': { zh: 'English', en: '中文' },
  'site.switchLabel': { zh: 'Switch to English', en: '切换到中文' },
  'site.footer': {
    zh: '{office} · 意见回执可随时查询处理进展',
    en: '{office} · Keep your receipt code to follow your comment',
  },
  'nav.home': { zh: '法规项目', en: 'Regulations' },
  'nav.receipt': { zh: '查询回执', en: 'Track a comment' },
  'nav.staff': { zh: '工作人员登录', en: 'Staff sign-in' },
  'nav.plan': { zh: '年度立法计划', en: 'Legislative plan' },
  'home.title': { zh: '正在制定和评估的法规', en: 'Regulations in the making' },
  'home.lead': {
    zh: '阅读法规草案，对具体条款发表意见。每条意见都会得到回执编号，您可以凭回执查看意见的处理结果。',
    en: 'Read draft regulations and comment on the clauses that matter to you. Every comment gets a receipt code to follow what became of it.',
  },
  'home.open': { zh: '正在征求意见', en: 'Open for comment' },
  'home.noOpen': { zh: '目前未在征求意见', en: 'Not open for comment now' },
  'home.until': { zh: '截止：{date}', en: 'Closes {date}' },
  'home.read': { zh: '阅读{label}', en: 'Read the {label}' },
  // A version's label is in the regulation's language; where that is not the page's, this instead.
  'home.readText': { zh: '阅读全文', en: 'Read the text' },
  'home.details': { zh: '查看立法进程', en: 'See its progress' },
  'home.noText': { zh: '尚无草案文本', en: 'No draft text yet' },
  'stage.planning': { zh: '立项', en: 'Project-setting' },
  'stage.drafting': { zh: '起草', en: 'Drafting' },
  'stage.review': { zh: '审议', en: 'Review' },
  'stage.enacted': { zh: '通过公布', en: 'Enacted' },
  'stage.evaluation': { zh: '立法后评估', en: 'Post-enactment evaluation' },
  'reg.sponsor': { zh: '起草单位', en: 'Drafting body' },
  'reg.committee': { zh: '承办委员会', en: 'Committee' },
  'reg.stage': { zh: '当前阶段', en: 'Current stage' },
  'reg.timeline': { zh: '立法进程', en: 'Legislative timeline' },
  'reg.versions': { zh: '文本版本', en: 'Versions' },
  'reg.noVersions': {
    zh: '本项目尚处于立项阶段，还没有草案文本。欢迎对立项提出意见。',
    en: 'This project is still being set; there is no draft text yet. Comments on the project itself are welcome.',
  },
  'reg.consultations': { zh: '征求意见', en: 'Consultations' },
  'reg.compare': { zh: '比较两个版本', en: 'Compare two versions' },
  'consult.open': { zh: '征求意见中，截止 {date}（{left}）', en: 'Open until {date} ({left})' },
  'consult.upcoming': { zh: '将于 {date} 开始征求意见', en: 'Opens {date}' },
  'consult.closed': { zh: '已于 {date} 截止', en: 'Closed {date}' },
  'consult.count': { zh: '已收到 {count} 条意见', en: '{count} comments received' },
  'consult.people': {
    zh: '{people} 人提出 {count} 条意见',
    en: '{people} people made {count} comments',
  },
  'version.explanation': { zh: '说明', en: 'Explanation' },
  'version.toc': { zh: '目录', en: 'Contents' },
  'version.permalink': { zh: '本条链接', en: 'Link to this clause' },
  'version.commentOn': { zh: '对{label}提意见', en: 'Comment on {label}' },
  'version.commentWhole': { zh: '对草案整体提意见', en: 'Comment on the whole draft' },
  'version.comments': { zh: '{count} 条意见', en: '{count} comments' },
  'version.earlierComments': {
    zh: '此前各稿中本条共收到 {count} 条意见',
    en: '{count} comments on this clause in earlier versions',
  },
  'version.closedNote': {
    zh: '本版本目前不在征求意见期内。',
    en: 'This version is not open for comment now.',
  },
  'version.other': { zh: '其他版本', en: 'Other versions' },
  'form.stance': { zh: '您的态度', en: 'Your stance' },
  'form.stance.support': { zh: '赞成', en: 'Support' },
  'form.stance.oppose': { zh: '反对', en: 'Oppose' },
  'form.stance.amend': { zh: '建议修改', en: 'Suggest a change' },
  'form.stance.question': { zh: '有疑问', en: 'Question' },
  'form.stance.unstated': { zh: '未表态', en: 'Not stated' },
  'form.body': { zh: '意见内容', en: 'Your comment' },
  'form.bodyHint': {
    zh: '最多 {max} 字。请勿填写身份证号等个人信息。',
    en: 'Up to {max} characters. Please leave out ID numbers and other personal data.',
  },
  'form.suggested': { zh: '建议条文（可选）', en: 'Suggested wording (optional)' },
  'form.suggestedHint': {
    zh: '如希望修改条文，可写出您建议的完整表述。',
    en: 'If you want the text changed, write the wording you propose.',
  },
  'form.name': {
    zh: '公开署名（可选，留空为匿名）',
    en: 'Public name (optional; blank for anonymous)',
  },
  'form.category': { zh: '身份', en: 'You are' },
  'form.category.individual': { zh: '个人', en: 'An individual' },
  'form.category.enterprise': { zh: '企业', en: 'An enterprise' },
  'form.category.organisation': { zh: '社会组织', en: 'An organisation' },
  'form.category.expert': { zh: '专家学者', en: 'An expert' },
  'form.category.deputy': { zh: '人大代表', en: 'A deputy' },
  'form.district': { zh: '所在区县（可选）', en: 'District (optional)' },
  'form.contact': {
    zh: '联系方式（可选，不公开，仅用于答复）',
    en: 'Contact details (optional; never published, used only to reply)',
  },
  'form.consent': {
    zh: '同意公开我的意见（个人信息会被隐去）',
    en: 'I agree that my comment may be published (personal data is masked)',
  },
  'form.submit': { zh: '提交意见', en: 'Submit comment' },
  'form.privacy': {
    zh: '我们保存您的意见、署名、身份类别和区县；联系方式仅立法工作人员可见，用于答复，征求意见结束两年后删除。IP 地址只以加密摘要形式短期保存，用于防止刷票。',
    en: 'We store your comment, public name, category and district; contact details are seen only by legislative staff, used to reply, and deleted two years after the consultation closes. Your IP address is kept only as a salted hash for a short time, to stop abuse.',
  },
  'form.honeypot': { zh: '请勿填写此项', en: 'Leave this field empty' },
  'form.errors': {
    zh: '提交未成功，请修改以下问题：',
    en: 'Your comment was not submitted. Please fix the following:',
  },
  'form.target': { zh: '意见针对', en: 'Commenting on' },
  'form.closed': {
    zh: '征求意见已于 {date} 截止，不再接受新的意见。',
    en: 'This consultation closed on {date}; new comments are no longer accepted.',
  },
  'form.upcoming': { zh: '征求意见将于 {date} 开始。', en: 'This consultation opens on {date}.' },
  'form.noConsultation': {
    zh: '此版本没有开放的征求意见。',
    en: 'This version has no consultation open for comment.',
  },
  'form.rateLimited': {
    zh: '您提交得太频繁，请一小时后再试。',
    en: 'You have sent many comments in a short time; please try again in an hour.',
  },
  'form.tryAgain': {
    zh: '系统暂时无法保存您的意见，未生成回执。请稍后重新提交。',
    en: 'We could not save your comment just now, and no receipt was issued. Please submit it again shortly.',
  },
  'receipt.title': { zh: '意见回执', en: 'Comment receipt' },
  'receipt.thanks': {
    zh: '感谢您的意见，已成功提交并保存。',
    en: 'Thank you: your comment has been received and stored.',
  },
  'receipt.keep': {
    zh: '请保存以下回执编号，凭它可以随时查看意见的处理进展和答复：',
    en: 'Keep this receipt code to check the progress of your comment and the reply at any time:',
  },
  'receipt.lookup': { zh: '查询意见处理进展', en: 'Track your comment' },
  'receipt.code': { zh: '回执编号', en: 'Receipt code' },
  'receipt.find': { zh: '查询', en: 'Look up' },
  'receipt.notFound': {
    zh: '没有找到这个回执编号。请核对后重试。',
    en: 'No comment has this receipt code. Please check it and try again.',
  },
  'receipt.malformed': {
    zh: '回执编号格式不正确（应为 16 位字母和数字，如 7K3M-R9QX-W2HC-4NPV）。',
    en: 'That is not a valid receipt code (16 letters and digits, like 7K3M-R9QX-W2HC-4NPV).',
  },
  'receipt.status': { zh: '处理状态', en: 'Status' },
  'receipt.submitted': { zh: '提交时间', en: 'Submitted' },
  'receipt.on': { zh: '意见针对', en: 'On' },
  'status.received': { zh: '已收到，等待审核', en: 'Received, awaiting moderation' },
  'status.published': { zh: '已公开', en: 'Published' },
  'status.held': { zh: '未公开', en: 'Held back' },
  'status.under-review': { zh: '正在研究处理', en: 'Under review' },
  'status.answered': { zh: '已答复', en: 'Answered' },
  'staff.signIn': { zh: '工作人员登录', en: 'Staff sign-in' },
  'staff.username': { zh: '用户名', en: 'Username' },
  'staff.password': { zh: '密码', en: 'Password' },
  'staff.badCredentials': {
    zh: '用户名或密码不正确。',
    en: 'The username or password is not correct.',
  },
  'staff.signOut': { zh: '退出登录', en: 'Sign out' },
  'staff.incoming': { zh: '收到的意见', en: 'Incoming comments' },
  'staff.audit': { zh: '操作日志', en: 'Audit trail' },
  'staff.forbidden': {
    zh: '您的角色无权访问此页面。',
    en: 'Your role does not allow access to this page.',
  },
  'staff.none': { zh: '暂无意见。', en: 'No comments yet.' },
  'common.wholeDraft': { zh: '草案整体', en: 'Whole draft' },
  'common.anonymous': { zh: '匿名', en: 'Anonymous' },
  'common.notFound': { zh: '页面不存在', en: 'Page not found' },
  'common.backHome': { zh: '返回首页', en: 'Back to the home page' },
});

export const messages = m({
  ...core,
  ...participationMessages,
  ...triageMessages,
  ...publishingMessages,
  ...operationsMessages,
  ...parsingMessages,
  ...accountsMessages,
  ...citizenMessages,
  ...errorMessages,
  ...staffHomeMessages,
  ...reportAuditMessages,
  ...amendmentsMessages,
  ...notifyMessages,
  ...stationsMessages,
  ...pagesMessages,
  ...staffPagesMessages,
  ...codesMessages,
  ...domainMessages,
  ...groupingMessages,
  ...alertsMessages,
  ...openMessages,
  ...wordMessages,
  ...tidyMessages,
  ...staffQueueMessages,
  ...formsMessages,
  ...alignMessages,
  ...entryMessages,
  ...proposalMessages,
  ...importProblemMessages,
  ...attachmentsMessages,
  ...securityKeysMessages,
});

export type MessageKey = keyof typeof messages;
