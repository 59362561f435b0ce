/**
 * The comparison of two versions (src/pages/regulations/[slug]/compare.astro, src/lib/comparison/):
 * the table, its change types (`comparePage.type.<type>`) and its export. Merged into the catalogue
 * in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const comparePage = m({
  'align.corrected': { zh: '对应关系经人工校正', en: 'Correspondence set by staff' },
  'align.mergedFrom': { zh: '由{labels}合并而成', en: 'Merged from {labels}' },
  'align.splitInto': { zh: '拆分为{labels}', en: 'Split into {labels}' },
  'align.regrouped': { zh: '{from}调整为{to}', en: '{from} rearranged as {to}' },
  'align.paragraph': { zh: '{article}第{zhNumber}款', en: '{article}, paragraph {number}' },
  'align.paragraphsTitle': { zh: '逐款对照', en: 'Paragraph by paragraph' },
  'align.paragraphNew': { zh: '新增', en: 'new' },
  'align.paragraphGone': { zh: '删去', en: 'dropped' },
  'align.paragraphMap': { zh: '{from} → {to}', en: '{from} → {to}' },
  'align.countsOf': { zh: '{label}：{count} 条意见', en: '{label}: {count} comments' },
  'align.commentsEarlierPart': {
    zh: '原{label}的意见 {count} 条',
    en: '{count} comments on the former {label}',
  },
  'align.readings.caption': {
    zh: '{title}各稿对照表',
    en: '{title}: every reading, article by article',
  },
  'align.readings.link': { zh: '各稿对照（全部文本）', en: 'All readings in one table' },
  'align.readings.none': { zh: '无', en: 'none' },
  'align.readings.sheet': { zh: '各稿对照表', en: 'Readings' },

  'compare.hidden': {
    zh: '未列出 {count} 条未修改的条文（其中仅重新编号的 {renumbered} 条）。',
    en: '{count} unchanged articles are not listed ({renumbered} of them only renumbered).',
  },
  'compare.showAll': { zh: '显示全部条文', en: 'Show every article' },
  'compare.showChanged': { zh: '只显示有修改的条文', en: 'Show changed articles only' },

  'comparePage.compareVersions': { zh: '版本比较', en: 'Compare versions' },
  'comparePage.thisRegulationHasOnly': {
    zh: '本法规只有一个版本，暂无可比较的文本。',
    en: 'This regulation has only one version so far; there is nothing to compare.',
  },
  'comparePage.sameVersion': {
    zh: '原版本和新版本选的是同一个版本，请选择两个不同的版本。',
    en: 'The earlier and the later version are the same one: choose two different versions.',
  },
  'comparePage.summary': {
    zh: '共 {rows} 行对应：修改 {modified} 条，新增 {inserted} 条，删除 {deleted} 条，拆分 {split} 处，合并 {merged} 处，未修改 {unchanged} 条；其中调整了位置的 {moved} 行，重新编号的 {renumbered} 行。',
    en: '{rows} rows: {modified} modified, {inserted} inserted, {deleted} deleted, {split} split, {merged} merged, {unchanged} unchanged; of these, {moved} moved and {renumbered} renumbered.',
  },
  'comparePage.downloadTableExcel': { zh: '下载对照表（Excel）', en: 'Download table (Excel)' },
  'comparePage.downloadTableWord': { zh: '下载对照表（Word）', en: 'Download table (Word)' },
  'comparePage.jumpFirstChange': { zh: '跳到第一处修改', en: 'Jump to the first change' },
  'comparePage.scrollableTable': { zh: '可横向滚动的表格', en: 'Scrollable table' },
  'comparePage.tableCaption': { zh: '修改前后对照表', en: ' — comparison table' },
  'comparePage.originalText': { zh: '原条文', en: 'Original text' },
  'comparePage.revisedText': { zh: '修改后条文', en: 'Revised text' },
  'comparePage.explanationChange': { zh: '修改说明', en: 'Explanation of the change' },
  'comparePage.type.unchanged': { zh: '未修改', en: 'Unchanged' },
  'comparePage.type.modified': { zh: '修改', en: 'Modified' },
  'comparePage.type.inserted': { zh: '新增', en: 'Inserted' },
  'comparePage.type.deleted': { zh: '删除', en: 'Deleted' },
  'comparePage.type.split': { zh: '拆分', en: 'Split' },
  'comparePage.type.merged': { zh: '合并', en: 'Merged' },
  'comparePage.changeLink': { zh: '本处修改的链接：{labels}', en: 'Link to this change: {labels}' },
  'comparePage.moved': { zh: '位置移动', en: 'Moved' },
  'comparePage.renumbered': { zh: '重新编号', en: 'Renumbered' },
  'comparePage.replacedWhole': { zh: '整体替换', en: 'Replaced whole' },
  'comparePage.countCommentsEarlierText': {
    zh: '原条文收到 {count} 条意见',
    en: '{count} comments on the earlier text',
  },
  'comparePage.previousChange': { zh: '↑ 上一处修改', en: '↑ Previous change' },
  'comparePage.nextChange': { zh: '↓ 下一处修改', en: '↓ Next change' },

  'compareExport.sheet': { zh: '修改前后对照表', en: 'Comparison' },
  'compareExport.title': { zh: '{title}修改前后对照表', en: '{title}: comparison table' },
});
