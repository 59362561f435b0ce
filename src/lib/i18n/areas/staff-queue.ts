/** Interface strings of a campaign's "reflected in" (one clause of a later reading for a whole group), Chinese first. Merged in ../messages.ts. */
import { m } from '../catalogue.ts';

export const staffQueueMessages = m({
  'campaignReflected.hint': {
    zh: '已按条文沿革预选代表性意见所针对条款在后续审议稿中的对应条款，可以更改或选择“无”。',
    en: 'Proposed from the lineage: the clause of the later reading that the representative comment’s clause became. Change it, or choose “none”.',
  },
  'campaignReflected.confirm': {
    zh: '每条意见都将记为体现于：{clause}',
    en: 'Each comment will be recorded as reflected in: {clause}',
  },
  'audit.detail.reflectedIn': { zh: '体现于', en: 'Reflected in' },
  'audit.detail.reflectedClauseId': { zh: '体现条款编号', en: 'Clause id reflected in' },
});
