/**
 * The text of a resident's proposal of a new legislative project as it is stored
 * (src/lib/participation/proposal.ts), Chinese first. Merged in ../messages.ts.
 * The mark is how a stored proposal is recognised (commentKind, the report's counts):
 * changing its wording leaves every proposal stored before unrecognised.
 */
import { m } from '../catalogue.ts';

export const proposalMessages = m({
  'proposal.mark': { zh: '【立法项目建议】', en: '[Proposed legislative project]' },
  'proposal.line': { zh: '{label}：{value}', en: '{label}: {value}' },
  'proposal.label.title': { zh: '项目名称', en: 'Title' },
  'proposal.label.problem': { zh: '要解决的问题', en: 'Problem to solve' },
  'proposal.label.scope': { zh: '希望规范的事项', en: 'What it should regulate' },
});
