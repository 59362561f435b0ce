/**
 * A forwarded comment's steps (src/components/ForwardingSteps.astro). Merged into the catalogue in
 * ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const forwardingStepsComponent = m({
  'forwarding.received': { zh: '收集：{date}', en: 'Gathered: {date}' },
  'forwarding.forwardedTo': {
    zh: '转办：{date} 转{body}办理，要求 {due} 前答复',
    en: 'Forwarded {date} to {body}, answer due by {due}',
  },
  'forwarding.closedAt': { zh: '销号：{date}', en: 'Closed {date}' },
  'forwarding.waiting': { zh: '尚未转办', en: 'Not forwarded yet' },
  'forwarding.awaitingAnswer': { zh: '等待答复', en: 'Waiting for the answer' },
});
