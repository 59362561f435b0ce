/**
 * The staff workload page (src/pages/staff/workload.astro). Merged into the catalogue in
 * ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffWorkloadPage = m({
  'triage.workload.title': {
    zh: '答复进度：各承办人的待答复与逾期意见',
    en: 'Replies due: open and overdue comments per assignee',
  },
  'triage.workload.lead': {
    zh: '答复期限为征求意见截止后 {days} 天。尚无处理结果的意见计为待答复，超过期限的计为逾期。',
    en: 'A reply is due {days} days after the consultation closes. Comments without a disposition are open; past the due date they are overdue.',
  },
  'triage.workload.open': { zh: '待答复', en: 'Open' },
  'triage.workload.overdue': { zh: '已逾期', en: 'Overdue' },
  'triage.workload.none': { zh: '没有待答复的意见。', en: 'No comments are waiting for a reply.' },
});
