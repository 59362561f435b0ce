/**
 * The receipt pages (src/pages/receipts/index.astro and [code].astro): looking a comment up and
 * what became of it. Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const receiptPage = m({
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
  'receipt.handling.received': { zh: '已收到，尚未答复', en: 'Received, not yet answered' },
  'receipt.handling.answered': { zh: '已答复', en: 'Answered' },
  'receipt.publication': { zh: '是否公开', en: 'Public' },
  'receipt.publication.pending': {
    zh: '尚未公开：审核员审阅后才会出现在公开意见列表中',
    en: 'Not yet: it appears in the list of published comments once a moderator has checked it',
  },
  'receipt.publication.public': {
    zh: '已公开，见公开意见列表（电话、证件号和电子邮箱已遮蔽）',
    en: 'Yes, in the list of published comments (phone, ID and e-mail numbers masked)',
  },
  'receipt.publication.held': {
    zh: '不予公开（{reason}）：审核员决定不在公开意见列表中显示，立法工作人员照常研究处理',
    en: 'No ({reason}): a moderator kept it out of the list of published comments; legislative staff consider it all the same',
  },
  'receipt.publication.private': {
    zh: '不公开：您选择了不公开，只有立法工作人员阅读',
    en: 'No: as you asked, only legislative staff read it',
  },
  'receipt.submitted': { zh: '提交时间', en: 'Submitted' },
  'receipt.on': { zh: '意见针对', en: 'On' },
  'receipt.bad.length': {
    zh: '回执编号应为 16 位字母和数字，您输入的是 {count} 位。格式如 {example}。',
    en: 'A receipt code has 16 letters and digits; you entered {count}. It looks like {example}.',
  },
  'receipt.bad.characters': {
    zh: '回执编号中不会出现“{characters}”：编号只由数字和大写字母组成（不含 I、L、O、U、Z）。格式如 {example}。',
    en: 'A receipt code never contains “{characters}”: it has only digits and capital letters (no I, L, O, U or Z). It looks like {example}.',
  },
  'receipt.bad.check': {
    zh: '这个回执编号有一位输错或两位顺序颠倒（校验位不符）。请对照回执逐位核对；大小写、空格和横线不影响查询。',
    en: 'One character of this code is mistyped, or two are swapped (its check character does not match). Please compare it with your receipt character by character; case, spaces and dashes do not matter.',
  },

  'attachments.receipt': { zh: '您提交的附件', en: 'Files you attached' },
  'attachments.receiptHint': {
    zh: '附件经审核后才会在意见列表中公开；审核前只有工作人员和持有本回执码的您可以下载。不予公开的附件不再提供下载。',
    en: 'Attachments appear in the public list only after a moderator has checked them; until then only staff and you, with this receipt code, can download them. A file kept private is no longer offered.',
  },

  'next.title': { zh: '接下来会怎样', en: 'What happens next' },
  'next.moderation': {
    zh: '审核员审阅后，您的意见将出现在公开意见列表中。',
    en: 'Once a moderator has checked it, your comment appears in the list of published comments.',
  },
  'next.open': {
    zh: '本次征求意见截止于 {date}。截止前您还可以提出其他意见，每条意见都会有自己的回执。',
    en: 'This consultation closes {date}. Until then you may send further comments; each gets its own receipt.',
  },
  'next.closed': { zh: '本次征求意见已于 {date} 截止。', en: 'This consultation closed {date}.' },
  'next.due': {
    zh: '立法工作人员将研究每一条意见，并在 {date} 前作出处理和答复。',
    en: 'Legislative staff consider every comment and record what was done with it, with a reply, by {date}.',
  },
  'next.overdue': {
    zh: '答复期限（{date}）已过，您的意见仍在研究处理中。',
    en: 'The reply was due by {date}; your comment is still being considered.',
  },
  'next.answered': {
    zh: '您的意见已经得到答复，见上方。',
    en: 'Your comment has been answered: see above.',
  },
  'next.comeBack': {
    zh: '凭回执编号随时回到本页查看进展：',
    en: 'Come back to this page at any time to see the progress:',
  },
  'next.comeBackLookup': {
    zh: '（也可以在“查询回执”页输入编号）。',
    en: '(or enter the code on the “Track a comment” page).',
  },

  'receiptPage.whatWasDoneWith': { zh: '处理结果与答复', en: 'What was done with your comment' },
  'receiptPage.reflected': { zh: '体现在：', en: 'Reflected in: ' },
  'receiptPage.whereThisClauseWent': {
    zh: '该条款在后续版本中的位置',
    en: 'Where this clause went in later versions',
  },
  'receiptPage.removedOrMergedInto': {
    zh: '已删除或并入其他条款',
    en: 'removed or merged into another clause',
  },

  'participation.q.receipt': { zh: '您的问卷回答', en: 'Your answers' },

  // Plan comments and proposals kept as what they are.
  'plan.kind': { zh: '类型', en: 'Kind' },
  'plan.kind.proposal': { zh: '立法项目建议', en: 'Proposal of a new legislative project' },
});
