/** Interface strings for residents: the public list's search, downloads, receipts' next steps. Merged in ../messages.ts. */
import { m } from '../catalogue.ts';

export const citizenMessages = m({
  'list.title': { zh: '公开的意见', en: 'Published comments' },
  'list.search': { zh: '搜索意见内容', en: 'Search the comments' },
  'list.searchHint': {
    zh: '可输入多个词，用空格分开；只显示包含全部词语的意见。',
    en: 'Several words, separated by spaces, find comments containing all of them.',
  },
  'list.article': { zh: '条文', en: 'Article' },
  'list.allArticles': { zh: '全部条文', en: 'All articles' },
  'list.sort': { zh: '排序', en: 'Order' },
  'list.sort.newest': { zh: '最新', en: 'Newest first' },
  'list.sort.oldest': { zh: '最早', en: 'Oldest first' },
  'list.sort.seconded': { zh: '附议最多', en: 'Most seconded' },
  'list.apply': { zh: '查找', en: 'Show' },
  'list.total': {
    zh: '共 {count} 条，第 {page}/{pages} 页',
    en: '{count} comments, page {page} of {pages}',
  },
  'list.none': {
    zh: '暂无公开的意见。意见经审核后公开。',
    en: 'No published comments yet. Comments appear after moderation.',
  },
  'list.noMatch': { zh: '没有符合条件的公开意见。', en: 'No published comment matches.' },
  'list.pages': { zh: '分页', en: 'Pages' },
  'list.previous': { zh: '上一页', en: 'Previous' },
  'list.next': { zh: '下一页', en: 'Next' },
  'list.pageN': { zh: '第 {page} 页', en: 'Page {page}' },
  'list.beyond': { zh: '没有第 {page} 页。', en: 'There is no page {page}.' },
  'list.lastPage': { zh: '到最后一页（第 {page} 页）', en: 'Go to the last page ({page})' },
  'list.bad.page': {
    zh: '页码应为 1 到 {max} 之间的整数，已显示第 1 页。',
    en: 'The page must be a whole number from 1 to {max}; showing page 1.',
  },
  'list.bad.sort': {
    zh: '不认识这种排序方式，可选“最新”“最早”或“附议最多”，已按最新排序。',
    en: 'That order is not known; choose newest, oldest or most seconded. Showing newest first.',
  },
  'list.bad.search-too-long': {
    zh: '搜索内容最多 {max} 字，已只按前 {max} 字搜索。',
    en: 'A search may be up to {max} characters; only the first {max} were used.',
  },
  'list.bad.clause': {
    zh: '本版本没有这一条文，已显示全部条文的意见。',
    en: 'This version has no such article; showing comments on all articles.',
  },
  'version.docx': { zh: '下载本稿（Word）', en: 'Download this version (Word)' },
  'version.print': { zh: '打印本稿', en: 'Print this version' },
  'whole.draft': { zh: '草案整体', en: 'The whole draft' },
  'whole.regulation': { zh: '法规整体', en: 'The regulation as a whole' },
  'whole.plan': { zh: '立法计划整体', en: 'The plan as a whole' },
  'commentWhole.draft': { zh: '对草案整体提意见', en: 'Comment on the whole draft' },
  'commentWhole.regulation': { zh: '对法规整体提意见', en: 'Comment on the regulation as a whole' },
  'commentWhole.plan': { zh: '对立法计划整体提意见', en: 'Comment on the plan as a whole' },
  // Field names where a value is shown (receipts, lists): the form's labels say "(optional)".
  'field.suggested': { zh: '建议条文', en: 'Suggested wording' },
  'field.name': { zh: '署名', en: 'Name' },
  'field.district': { zh: '所在区县', en: 'District' },
  'field.contact': { zh: '联系方式', en: 'Contact details' },
  'next.title': { zh: '接下来会怎样', en: 'What happens next' },
  'next.moderation': {
    zh: '审核员会先审阅您的意见；同意公开的意见审核通过后会出现在公开意见列表中。',
    en: 'A moderator reads your comment first; if you agreed to publication, it then appears in the list of published comments.',
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
    zh: '也可以在“查询回执”页输入编号。',
    en: 'Or enter the code on the “Track a comment” page.',
  },
  'compare.show': { zh: '显示', en: 'Show' },
  'compare.show.changed': { zh: '只显示有修改的条文', en: 'Changed articles only' },
  'compare.show.all': {
    zh: '全部条文（含未修改和仅重新编号的）',
    en: 'Every article (unchanged and renumbered too)',
  },
  'compare.hidden': {
    zh: '未列出 {count} 条未修改的条文（其中仅重新编号的 {renumbered} 条）。',
    en: '{count} unchanged articles are not listed ({renumbered} of them only renumbered).',
  },
  'compare.showAll': { zh: '显示全部条文', en: 'Show every article' },
  'compare.showChanged': { zh: '只显示有修改的条文', en: 'Show changed articles only' },
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
});
