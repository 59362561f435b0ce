/**
 * Staff comparison notes (src/pages/staff/compare/[slug].astro). Merged into the catalogue in
 * ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffComparePage = m({
  'staffCompare.eachExplanationCanBe': {
    zh: '每条说明最多 2000 字，未保存任何内容。',
    en: 'Each explanation can be at most 2,000 characters; nothing was saved.',
  },
  'staffCompare.explainChanges': { zh: '编写修改说明', en: 'Explain the changes' },
  'staffCompare.seePublicTable': { zh: '查看公开的对照表', en: 'See the public table' },
  'staffCompare.savedExplanationsSaved': {
    zh: '已保存 {saved} 条说明。',
    en: '{saved} explanations saved.',
  },
  'staffCompare.noteLabel': { zh: '{labels} 的修改说明', en: 'Explanation for {labels}' },
  'staffCompare.labelSeparator': { zh: '、', en: ', ' },
  'staffCompare.original': { zh: '原条文', en: 'Original' },
  'staffCompare.revised': { zh: '修改后条文', en: 'Revised' },
  'staffCompare.explanation': { zh: '修改说明', en: 'Explanation' },
  'staffCompare.saveExplanations': { zh: '保存说明', en: 'Save explanations' },
  'staffCompare.correctionsHeading': { zh: '校正对应关系', en: 'Correct the correspondence' },
  'staffCompare.correctionsLead': {
    zh: '条文之间的对应由系统自动比对得出，大幅修改时可能有误。如某行不对，请在此写明哪些原条文与哪些修改后条文应为同一行；对照表、公开页面和下载文件都会按校正后的对应显示。原条文留空表示新增条文，修改后条文留空表示删除条文。',
    en: 'The system pairs the articles automatically and can be wrong in a substantial rewrite. If a row is wrong, say here which original articles and which revised articles form one row; the table, the public pages and the downloads all follow the correction. Leave the original side empty for new articles, the revised side empty for deleted ones.',
  },
  'staffCompare.correctionFrom': { zh: '原条文（{version}）', en: 'Original articles ({version})' },
  'staffCompare.correctionTo': {
    zh: '修改后条文（{version}）',
    en: 'Revised articles ({version})',
  },
  'staffCompare.correctionHint': {
    zh: '条文序号，多条用顿号分隔，如：{labels}（也可写 {numbers}）',
    en: 'Article numbers separated by commas, e.g. {labels} (or {numbers})',
  },
  'staffCompare.correctionSave': { zh: '校正为同一行', en: 'Make these one row' },
  'staffCompare.correctionSaved': {
    zh: '已校正：{from} → {to}。',
    en: 'Corrected: {from} → {to}.',
  },
  'staffCompare.correctionRemoved': {
    zh: '已撤销该校正，该行恢复为系统比对的结果。',
    en: 'Correction taken back: the rows are as the system paired them.',
  },
  'staffCompare.correctionRemove': { zh: '撤销', en: 'Take back' },
  'staffCompare.correctionRemoveLabel': {
    zh: '撤销校正 {from} → {to}',
    en: 'Take back the correction {from} → {to}',
  },
  'staffCompare.correctionNoneOld': { zh: '（新增）', en: '(new)' },
  'staffCompare.correctionNoneNew': { zh: '（删除）', en: '(deleted)' },
  'staffCompare.correctionList': {
    zh: '已有的校正（按先后顺序生效）',
    en: 'Corrections so far (applied in this order)',
  },
  'staffCompare.correctionStale': {
    zh: '此校正提到的条文在这两个版本中已不存在，未生效。',
    en: 'This correction names an article these versions no longer have; it is not applied.',
  },
  'staffCompare.correctionEmpty': {
    zh: '请至少填写一条原条文或修改后条文，未保存任何内容。',
    en: 'Name at least one original or revised article; nothing was saved.',
  },
  'staffCompare.correctionUnknownOld': {
    zh: '原版本中没有“{label}”，未保存任何内容。',
    en: 'The original version has no “{label}”; nothing was saved.',
  },
  'staffCompare.correctionUnknownNew': {
    zh: '修改后的版本中没有“{label}”，未保存任何内容。',
    en: 'The revised version has no “{label}”; nothing was saved.',
  },
  'staffCompare.correctionRepeated': {
    zh: '“{label}”写了两次，未保存任何内容。',
    en: '“{label}” is named twice; nothing was saved.',
  },
  'staffCompare.correctionGone': {
    zh: '这条校正已被撤销或不属于这两个版本，未做任何改动。',
    en: 'That correction was already taken back or is not one of these versions; nothing changed.',
  },
  'staffCompare.correctThisRow': { zh: '校正此行的对应', en: 'Correct this row' },
  'staffCompare.doubtSummary': {
    zh: '系统对其中 {count} 行的对应把握不大，已标为“建议核对”，请先核对这些行。',
    en: 'The system is unsure of {count} of these rows and marked them “check this row”: check those first.',
  },
  'staffCompare.doubtOnly': { zh: '只看建议核对的行', en: 'Show only the rows to check' },
  'staffCompare.doubtShowing': {
    zh: '正在只看建议核对的 {count} 行。',
    en: 'Showing only the {count} rows to check.',
  },
  'staffCompare.doubtShowAll': { zh: '看全部有变化的行', en: 'Show every changed row' },
  'staffCompare.doubtMark': { zh: '建议核对：', en: 'Check this row: ' },
  'staffCompare.doubtRewrittenAs': {
    zh: '可能改写为{labels}，而不是删除。',
    en: 'Perhaps rewritten as {labels} rather than deleted.',
  },
  'staffCompare.doubtRewrittenFrom': {
    zh: '可能由{labels}改写而来，而不是新增。',
    en: 'Perhaps {labels} rewritten rather than new.',
  },
  'staffCompare.doubtGapDeleted': {
    zh: '修改后的{labels}位于同一位置：本条可能改写为该条，而不是删除。',
    en: 'The revised {labels} stands in the same place: perhaps this article was rewritten as it rather than deleted.',
  },
  'staffCompare.doubtGapInserted': {
    zh: '原{labels}在同一位置被删除：本条可能由它改写而来，而不是新增。',
    en: 'The original {labels} was deleted in the same place: perhaps this article is it, rewritten, rather than new.',
  },
  'staffCompare.doubtLeftover': {
    zh: '与本条最相近的修改后的{labels}是新增条文：本条可能改写为该条，而不是删除。',
    en: 'The revised article most like this one, {labels}, is itself new: perhaps this article was rewritten as it rather than deleted.',
  },
  'staffCompare.doubtLeftoverSentenceOld': {
    zh: '本行有一句在对应的原条文中找不到，与列为删除的原{labels}相近：原{labels}可能并入了本行。',
    en: 'A sentence of this row that its original articles lack is most like the original {labels}, reported deleted: perhaps that went into this row.',
  },
  'staffCompare.doubtLeftoverSentenceNew': {
    zh: '本行有一句在对应的修改后条文中找不到，与新增的{labels}相近：这句可能移到了该条。',
    en: 'A sentence of this row that its revised articles lack is most like the new {labels}: perhaps it moved there.',
  },
  'staffCompare.doubtUncarried': {
    zh: '修改后的{labels}有一句不来自与它对应的原条文，而与本条最相近：本条可能并入了该条，而不是删除。',
    en: 'A sentence of the revised {labels} that its own original articles lack is most like this article: perhaps this article went into it rather than being deleted.',
  },
  'staffCompare.doubtBesideOld': {
    zh: '原{labels}紧挨本行、被列为删除，且与本行修改后的条文最相近：它可能也拆分到了本行。',
    en: 'The original {labels}, right beside this row and reported deleted, is most like a revised article of this row: perhaps it was split here too.',
  },
  'staffCompare.doubtBesideNew': {
    zh: '修改后的{labels}位于本行各条之间或紧挨本行、被列为新增，且与本行的原条文最相近：它可能也是拆分出的一部分。',
    en: 'The revised {labels}, reported new, stands beside or among this row’s articles and is most like its original article: perhaps it is one more part of the split.',
  },
  'staffCompare.doubtSentenceOld': {
    zh: '原{labels}的部分内容可能也并入了本行。',
    en: 'Part of the original {labels} may have gone into this row too.',
  },
  'staffCompare.doubtSentenceBoth': {
    zh: '原{old}的部分内容可能也并入了本行；本行的部分内容可能移到了修改后的{new}。',
    en: 'Part of the original {old} may have gone into this row too; part of this row may have moved to the revised {new}.',
  },
  'staffCompare.doubtSentenceNew': {
    zh: '本行的部分内容可能移到了修改后的{labels}。',
    en: 'Part of this row may have moved to the revised {labels}.',
  },
  'staffCompare.doubtWeak': {
    zh: '这一行的新旧条文之间用词差别大，请核对它们是否确有对应。',
    en: 'Articles of this row share few words: check that they really correspond.',
  },
  'staffCompare.sameVersion': {
    zh: '所选的原版本和新版本是同一个版本，下面是最近两个版本的对照。',
    en: 'The earlier and the later version asked for were the same one; here are the latest two versions.',
  },
  'staffCompare.doubtApply': { zh: '按建议校正', en: 'Correct as suggested' },
});
