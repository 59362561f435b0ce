/**
 * The feedback report's heading and summary sentence. The Chinese sentences run the titles into
 * the text (关于临江市物业管理条例二审稿公开征求意见情况的说明); a title in another language
 * would run into the Chinese with no break, so such titles are quoted instead.
 */
import type { Message } from '../i18n/index.ts';

const quoted = (language: string | undefined) => language === 'en';

/**
 * @example reportHeading({ title: 'Open Government Data Regulations', language: 'en' }, { title: 'Public consultation' })
 *   // { key: 'rpt.headingQuoted', vars: { title: 'Open Government Data Regulations', consultation: 'Public consultation' } }
 */
export function reportHeading(
  regulation: { title: string; language?: string },
  consultation: { title: string },
): Message {
  return {
    key: quoted(regulation.language) ? 'rpt.headingQuoted' : 'rpt.heading',
    vars: { title: regulation.title, consultation: consultation.title },
  };
}

/** The published report's title: 一审稿公开征求意见情况的说明, or “Public consultation …”情况的说明. */
export function reportTitle(
  regulation: { language?: string },
  consultation: { title: string },
): Message {
  return {
    key: quoted(regulation.language) ? 'report.publicTitleQuoted' : 'report.publicTitle',
    vars: { consultation: consultation.title },
  };
}

export function reportSummary(
  regulation: { language?: string },
  vars: { consultation: string; from: string; to: string; comments: number; people: number },
): Message {
  return { key: quoted(regulation.language) ? 'rpt.summaryQuoted' : 'rpt.summary', vars };
}
