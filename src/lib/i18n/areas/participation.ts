/** Interface strings of the participation area, Chinese first. Merged into the catalogue in ../messages.ts. */
import { m } from '../catalogue.ts';

export const participationMessages = m({
  'participation.quote.label': { zh: '您引用的条文：', en: 'The passage you quote:' },
  'participation.quote.remove': { zh: '删除引用', en: 'Remove the quote' },
  'participation.quote.select': { zh: '评论所选文字', en: 'Comment on the selected text' },
  'participation.preview.label': {
    zh: '修改预览（与原条文对照，提交后按此显示）：',
    en: 'Preview against the clause (shown like this after you submit):',
  },
  'participation.quoted': { zh: '引用的条文', en: 'Quoted passage' },
  'participation.filter.label': { zh: '筛选意见', en: 'Filter comments' },
  'participation.filter.all': { zh: '全部', en: 'All' },
  'participation.filter.stage': { zh: '阶段', en: 'Stage' },
  'participation.filter.clear': { zh: '清除筛选', en: 'Clear the filters' },
  'participation.poster.link': { zh: '打印张贴海报', en: 'Print a poster' },
  'participation.poster.linkArticle': { zh: '打印本条海报', en: 'Poster for this article' },
  'participation.poster.back': { zh: '返回', en: 'Back' },
  'participation.poster.printHint': {
    zh: '用浏览器的“打印”功能打印在A4纸上。',
    en: 'Use your browser’s Print command for an A4 page.',
  },
  'participation.poster.kicker': { zh: '公开征求意见', en: 'Have your say' },
  'participation.poster.until': { zh: '意见截止时间：{date}', en: 'Comments close {date}' },
  'participation.poster.qrLabel': { zh: '二维码，指向 {url}', en: 'QR code linking to {url}' },
  'participation.poster.how': { zh: '如何提出意见', en: 'How to comment' },
  'participation.poster.step1': {
    zh: '用手机扫描二维码，或在浏览器中输入下方网址。',
    en: 'Scan the QR code with your phone, or type the address below into a browser.',
  },
  'participation.poster.step2': {
    zh: '阅读草案，对整个草案或具体条款提出意见，可以写出建议修改的条文。',
    en: 'Read the draft and comment on it as a whole or on any clause; you may suggest new wording.',
  },
  'participation.poster.step2article': {
    zh: '阅读本条，提出意见，可以写出建议修改的条文。',
    en: 'Read this article and comment on it; you may suggest new wording.',
  },
  'participation.poster.step3': {
    zh: '保存回执编号，凭编号查询意见的处理结果。也可以到基层立法联系点当面或书面提出意见。',
    en: 'Keep your receipt code to follow what becomes of your comment. You can also comment in person or in writing at a legislative contact point.',
  },
  'participation.q.title': { zh: '立法后评估问卷', en: 'Evaluation questionnaire' },
  'participation.q.open': { zh: '填写评估问卷', en: 'Answer the evaluation questionnaire' },
  'participation.q.intro': {
    zh: '问卷约需三分钟，不需要填写姓名或联系方式。提交后会得到回执编号。',
    en: 'It takes about three minutes and asks for no name or contact details. You get a receipt code when you submit.',
  },
  'participation.q.optional': { zh: '（选答）', en: ' (optional)' },
  'participation.q.submit': { zh: '提交问卷', en: 'Send my answers' },
  'participation.q.privacy': {
    zh: '答案用于本法规的立法后评估，汇总结果在评估结束后公开；文字回答只供工作人员阅读，不公开。',
    en: 'Your answers feed the evaluation of this regulation; totals are published when it closes; written answers are read by staff only and never published.',
  },
  'participation.q.closed': {
    zh: '问卷已于 {date} 截止，以下为汇总结果。',
    en: 'The questionnaire closed on {date}; these are the totals.',
  },
  'participation.q.results': { zh: '问卷汇总结果', en: 'Questionnaire results' },
  'participation.q.responses': { zh: '共收到问卷 {count} 份。', en: '{count} responses.' },
  'participation.q.answered': { zh: '{count} 人作答', en: '{count} answered' },
  'participation.q.average': { zh: '平均 {average} 分', en: 'average {average}' },
  'participation.q.option': { zh: '选项', en: 'Answer' },
  'participation.q.count': { zh: '人数', en: 'People' },
  'participation.q.share': { zh: '占比', en: 'Share' },
  'participation.q.textsPrivate': {
    zh: '文字回答不公开。',
    en: 'Written answers are not published.',
  },
  'participation.q.receipt': { zh: '您的问卷回答', en: 'Your answers' },
  'participation.q.staffLink': { zh: '评估问卷汇总', en: 'Questionnaire results' },
  'participation.proposal.heading': {
    zh: '建议新的立法项目',
    en: 'Propose a new legislative project',
  },
  'participation.proposal.intro': {
    zh: '您认为本市需要就哪件事立法？请写明项目名称、要解决的问题，以及希望规范哪些事项。建议将在编制立法计划时研究，处理结果可凭回执查询。',
    en: 'What should the city legislate on? Give the project a title, say what problem it should solve and what it should regulate. Proposals are studied when the plan is drawn up; follow yours with the receipt code.',
  },
  'participation.proposal.title': {
    zh: '项目名称（如“临江市××条例”）',
    en: 'Title (e.g. “Linjiang … Regulations”)',
  },
  'participation.proposal.problem': { zh: '要解决的问题', en: 'The problem it should solve' },
  'participation.proposal.scope': { zh: '希望规范的事项', en: 'What it should regulate' },
  'participation.proposal.link': { zh: '建议新的立法项目', en: 'Propose a new project' },
  'participation.shortWindow': {
    zh: '本次征求意见期少于30日，理由：{reason}',
    en: 'This window is shorter than 30 days because: {reason}',
  },
  'participation.privacy.title': { zh: '隐私说明', en: 'Privacy notice' },
  'participation.privacy.short': {
    zh: '我们保存您的意见、署名、身份类别和区县；联系方式仅立法工作人员可见，只用于答复。联系方式和网络地址的加密摘要在征求意见截止 {years} 年后删除。',
    en: 'We store your comment, public name, category and district; contact details are seen only by legislative staff, only to reply. Contact details and the salted hash of your network address are deleted {years} years after the consultation closes.',
  },
  'participation.report.rateLimited': {
    zh: '您在一小时内举报的次数已达上限，请稍后再试。审核员会查看已收到的举报。',
    en: 'You have filed as many reports as one address may in an hour; try again later. Moderators will look at the reports already received.',
  },
});
