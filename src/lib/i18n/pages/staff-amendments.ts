/**
 * Amendments to a version (src/pages/staff/amendments/): proposals, their states
 * (`amendments.status.<status>`) and problems (`amendments.problem.<problem>`). Merged into the
 * catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffAmendmentsPage = m({
  'amendments.title': {
    zh: '修改建议工作台：{title}（{label}）',
    en: 'Amendment workbench: {title} ({label})',
  },
  'amendments.lead': {
    zh: '公众的建议条文和工作人员提出的修改，按条文列出；涉及相同文字的修改归为一组。采纳、修改后采纳或不采纳；不采纳的理由即公开答复，除非另写答复。',
    en: 'Citizens’ suggested wordings and staff proposals, by article; amendments touching the same words form one group. Accept, accept with edits, or decline; the reason for declining is the public reply unless you write another.',
  },
  'amendments.imported': {
    zh: '新收到 {n} 条建议条文，已列为修改建议。',
    en: '{n} new suggested wordings listed as amendments.',
  },
  'amendments.articles': { zh: '有修改建议的条文', en: 'Articles with amendments' },
  'amendments.none': { zh: '本版本尚无修改建议。', en: 'No amendments on this version yet.' },
  'amendments.count': {
    zh: '{total} 条建议，待定 {proposed}，已采纳 {accepted}',
    en: '{total} amendments, {proposed} to decide, {accepted} accepted',
  },
  'amendments.clauseText': { zh: '现行条文', en: 'Current text' },
  'amendments.preview': {
    zh: '采纳后的条文（与现行条文对照）',
    en: 'Text with the accepted amendments (against the current text)',
  },
  'amendments.group': {
    zh: '第 {n} 组：涉及相同文字的 {count} 条建议',
    en: 'Group {n}: {count} amendments touching the same words',
  },
  'amendments.pages': { zh: '修改建议分页', en: 'Pages of amendments' },
  'amendments.pageOf': {
    zh: '第 {from}–{to} 条，共 {total} 条建议',
    en: 'Amendments {from}–{to} of {total}',
  },
  'amendments.pagePrev': { zh: '← 上一页', en: '← Previous page' },
  'amendments.pageNext': { zh: '下一页 →', en: 'Next page →' },
  'amendments.from.comment': { zh: '公众意见（{name}）', en: 'Public comment ({name})' },
  'amendments.from.staff': { zh: '工作人员提出', en: 'Proposed by staff' },
  'amendments.anonymous': { zh: '匿名', en: 'anonymous' },
  'amendments.seconds': { zh: '{n} 人附议', en: '{n} seconds' },
  'amendments.status.proposed': { zh: '待定', en: 'To decide' },
  'amendments.status.accepted': { zh: '已采纳', en: 'Accepted' },
  'amendments.status.declined': { zh: '未采纳', en: 'Declined' },
  'amendments.replacement': {
    zh: '采纳的文字（可修改后采纳）',
    en: 'Words to accept (edit to accept with edits)',
  },
  'amendments.reply': { zh: '公开答复（可选）', en: 'Public reply (optional)' },
  'amendments.reason': {
    zh: '不采纳的理由（即公开答复）',
    en: 'Reason for declining (the public reply)',
  },
  'amendments.accept': { zh: '采纳', en: 'Accept' },
  'amendments.decline': { zh: '不采纳', en: 'Decline' },
  'amendments.reasonMissing': { zh: '请写明不采纳的理由。', en: 'Give a reason for declining.' },
  'amendments.saved': { zh: '已保存。', en: 'Saved.' },
  'amendments.collisions': {
    zh: '冲突：以下已采纳的修改涉及相同文字，须选择保留哪一条。',
    en: 'Collisions: these accepted amendments touch the same words; choose which one to keep.',
  },
  'amendments.keep': {
    zh: '保留第 {keep} 号，不采纳第 {other} 号',
    en: 'Keep #{keep}, decline #{other}',
  },
  'amendments.collisionReason': { zh: '不采纳的理由', en: 'Reason for declining the other' },
  'amendments.collisionKeep': { zh: '保留哪一条', en: 'Which to keep' },
  'amendments.resolve': { zh: '解决冲突', en: 'Resolve the collision' },
  'amendments.propose': { zh: '提出修改', en: 'Propose a change' },
  'amendments.original': {
    zh: '原文字（须与条文中的文字一致）',
    en: 'Words to change (exactly as in the text)',
  },
  'amendments.occurrence': {
    zh: '第几处（同样的文字出现多次时）',
    en: 'Which occurrence (where the words appear more than once)',
  },
  'amendments.newWords': { zh: '修改为', en: 'Change to' },
  'amendments.notInClause': {
    zh: '条文中没有这段文字（或没有这么多处）。',
    en: 'The text does not hold these words (or not that many times).',
  },
  'amendments.empty': {
    zh: '请写出要修改的文字和修改后的文字。',
    en: 'Give the words to change and the new words.',
  },
  'amendments.draftLink': {
    zh: '根据已作决定起草下一审议稿',
    en: 'Draft the next reading from the decisions',
  },
  'amendments.back': { zh: '返回全部条文', en: 'Back to all articles' },
  'amendments.draft.title': {
    zh: '下一审议稿草稿：{title}',
    en: 'Draft of the next reading: {title}',
  },
  'amendments.draft.lead': {
    zh: '以下是{label}写入全部已采纳修改后的文本。可继续修改，然后用解析器检查、与上一版本比较并发布。',
    en: 'Below is the {label} with every accepted amendment written in. Edit it further, then check it with the parser, compare it with the previous version and publish.',
  },
  'amendments.draft.changed': { zh: '已修改的条文：{list}', en: 'Articles changed: {list}' },
  'amendments.draft.problems': {
    zh: '以下修改未能自动写入，请在文本中手工修改：',
    en: 'These amendments could not be written in; make them by hand in the text:',
  },
  'amendments.problem.collision': {
    zh: '{label}：已采纳的修改相互冲突（第 {ids} 号）',
    en: '{label}: accepted amendments collide (#{ids})',
  },
  'amendments.problem.stale': {
    zh: '{label}：修改所针对的文字已不在条文中（第 {ids} 号）',
    en: '{label}: the words amended are no longer in the text (#{ids})',
  },
  'amendments.problem.crosses-clauses': {
    zh: '{label}：修改跨越了款项，且文本中该处的文字与所引用的不一致（第 {ids} 号）',
    en: '{label}: the amendment spans paragraphs or items, and the text there differs from the words it quotes (#{ids})',
  },
  'amendments.problem.not-in-source': {
    zh: '{label}：在源文本中未找到原文字（第 {ids} 号）',
    en: '{label}: the words were not found in the source (#{ids})',
  },
  'amendments.draft.check': {
    zh: '检查并与上一版本比较',
    en: 'Check and compare with the previous version',
  },
});
