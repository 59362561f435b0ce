/**
 * Why a clause changed (src/components/WhyChanged.astro). Merged into the catalogue in
 * ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const whyChangedComponent = m({
  'amendments.why.title': { zh: '本条为何修改', en: 'Why this article changed' },
  'amendments.why.summary': {
    zh: '采纳了 {n} 条修改建议，来自 {people} 位公众，{seconds} 人附议',
    en: '{n} amendments accepted, from {people} members of the public, seconded {seconds} times',
  },
  'amendments.why.credit': { zh: '建议人：{names}', en: 'Suggested by: {names}' },
  'amendments.why.staff': { zh: '工作人员修改', en: 'Staff change' },
  'amendments.why.reply': { zh: '答复：{reply}', en: 'Reply: {reply}' },
});
