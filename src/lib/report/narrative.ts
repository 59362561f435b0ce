/**
 * The editable narrative of a feedback report. Pure: a first draft written from the computed
 * report (counts and the reasons staff recorded, never a commenter's own words or details),
 * the check of what staff typed, and the rule for publishing before the window closes.
 *
 * The narrative is the committee's own text and is published as written: masking of telephone,
 * ID and e-mail numbers applies to citizens' text (src/lib/comments/public-fields.ts), which the
 * narrative never copies, and must not blank the committee's own contact line.
 */
import { DISPOSITIONS } from '../disposition/index.ts';
import { translator, type Message } from '../i18n/index.ts';

/** The report is the legislature's own document, written in Chinese whatever the reader's locale. */
const zhText = translator('zh');

export interface ReportContent {
  intro: string;
  sections: { eId: string; label: string; text: string }[];
  closing: string;
}

export interface ComputedReport {
  regulation: { title: string };
  consultation: { title: string };
  totals: { comments: number; people: number };
  clauses: {
    eId: string | null;
    label: string | null;
    count: number;
    dispositions: Record<string, number>;
    main: { reason: string | null }[];
    next?: string[];
  }[];
  nextVersion?: { label: string } | null;
}

export const MAX_SECTION_CHARS = 20000;

/** A first draft, in Chinese (the report's language), that staff then edit. */
export function firstDraft(report: ComputedReport, wholeDraftLabel: string): ReportContent {
  return {
    intro: `${report.consultation.title}期间，共收到意见 ${report.totals.comments} 条，来自 ${report.totals.people} 人（留有联系方式的按联系方式计，未留的每份回执计一人）。现将意见采纳情况说明如下。`,
    sections: report.clauses.map((c) => {
      const decided = DISPOSITIONS.filter((d) => c.dispositions[d]).map(
        (d) => `${zhText(`disposition.${d}`)} ${c.dispositions[d]} 条`,
      );
      const reasons = [
        ...new Set(c.main.map((m) => m.reason?.trim()).filter((r): r is string => Boolean(r))),
      ];
      const label = c.label ?? wholeDraftLabel;
      const next =
        report.nextVersion && c.eId ? nextPlace(report.nextVersion.label, c.next ?? []) : null;
      return {
        eId: c.eId ?? '',
        label: next ? `${label}（${next}）` : label,
        text: [
          `共 ${c.count} 条意见。${decided.length ? `其中${decided.join('，')}。` : '尚待处理。'}`,
          ...(reasons.length ? ['处理理由：', ...reasons.map((r, i) => `${i + 1}. ${r}`)] : []),
        ].join('\n'),
      };
    }),
    closing: '感谢社会各界对本法规草案的关心和支持。',
  };
}

export type ContentCheck = { ok: true; content: ReportContent } | { ok: false; message: Message };

/** What staff typed, for the sections the draft has (others are ignored). */
export function readContent(
  form: (name: string) => string,
  sections: readonly { eId: string; label: string }[],
): ContentCheck {
  const tidy = (s: string) => s.replace(/\r\n?/g, '\n').trim();
  const content: ReportContent = {
    intro: tidy(form('intro')),
    sections: sections.map((s) => ({
      eId: s.eId,
      label: s.label,
      text: tidy(form(`section:${s.eId}`)),
    })),
    closing: tidy(form('closing')),
  };
  const texts = [content.intro, content.closing, ...content.sections.map((s) => s.text)];
  if (texts.some((t) => [...t].length > MAX_SECTION_CHARS)) {
    return {
      ok: false,
      message: { key: 'report.error.tooLong', vars: { max: MAX_SECTION_CHARS } },
    };
  }
  if (content.intro === '') return { ok: false, message: { key: 'report.error.intro' } };
  return { ok: true, content };
}

/**
 * Where the commented article went in the next reading, as the report prints it.
 * @example nextPlace('二审稿', ['第十三条']) // '二审稿第十三条'
 * @example nextPlace('二审稿', []) // '二审稿已删除'
 */
export function nextPlace(versionLabel: string, labels: readonly string[]): string {
  return labels.length ? `${versionLabel}${labels.join('、')}` : `${versionLabel}已删除`;
}

export type PublishCheck = { ok: true } | { ok: false; reason: 'window-open' };

/**
 * A report published while its consultation still takes comments would miss the last ones:
 * allowed only when staff confirm it explicitly.
 */
export function mayPublish(closesAt: Date, now: Date, confirmedEarly: boolean): PublishCheck {
  return now < closesAt && !confirmedEarly ? { ok: false, reason: 'window-open' } : { ok: true };
}
