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
import { translator, type Locale, type Message, type Translate } from '../i18n/index.ts';

export interface ReportContent {
  intro: string;
  sections: { eId: string; label: string; text: string }[];
  closing: string;
}

export interface ComputedReport {
  /** The regulation's language, which its report is drafted in ('zh' when absent). */
  regulation: { title: string; language?: string };
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

/** The report is the legislature's document: written in its regulation's language, whatever the reader's. */
export const reportLocale = (report: Pick<ComputedReport, 'regulation'>): Locale =>
  report.regulation.language === 'en' ? 'en' : 'zh';

const comments = (t: Translate, n: number) =>
  t(n === 1 ? 'reportDraft.comments.one' : 'reportDraft.comments', { n });

/**
 * A first draft, in the regulation's language, that staff then edit: a Chinese regulation's
 * report in Chinese, an English one's in English, in the same parts.
 */
export function firstDraft(report: ComputedReport): ReportContent {
  const locale = reportLocale(report);
  const t = translator(locale);
  return {
    intro: t('reportDraft.intro', {
      consultation: report.consultation.title,
      comments: comments(t, report.totals.comments),
      people: t(report.totals.people === 1 ? 'reportDraft.people.one' : 'reportDraft.people', {
        n: report.totals.people,
      }),
    }),
    sections: report.clauses.map((c) => {
      const decided = DISPOSITIONS.filter((d) => c.dispositions[d]).map((d) =>
        t('reportDraft.decidedItem', {
          disposition: t(`disposition.${d}`),
          n: c.dispositions[d]!,
        }),
      );
      const reasons = [
        ...new Set(c.main.map((m) => m.reason?.trim()).filter((r): r is string => Boolean(r))),
      ];
      const label = c.label ?? t('common.wholeDraft');
      const next =
        report.nextVersion && c.eId
          ? nextPlace(report.nextVersion.label, c.next ?? [], locale)
          : null;
      return {
        eId: c.eId ?? '',
        label: next ? t('common.withParenthesis', { text: label, aside: next }) : label,
        text: [
          t('reportDraft.count', { comments: comments(t, c.count) }) +
            (decided.length
              ? t('reportDraft.decided', { list: decided.join(t('reportDraft.separator')) })
              : t('reportDraft.pending')),
          ...(reasons.length
            ? [t('reportDraft.reasons'), ...reasons.map((r, i) => `${i + 1}. ${r}`)]
            : []),
        ].join('\n'),
      };
    }),
    closing: t('reportDraft.closing'),
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
 * @example nextPlace('Second reading', ['SEC. 13.'], 'en') // 'Second reading SEC. 13.'
 */
export function nextPlace(
  versionLabel: string,
  labels: readonly string[],
  locale: Locale = 'zh',
): string {
  const t = translator(locale);
  return labels.length
    ? t('reportDraft.next', { version: versionLabel, labels: labels.join(t('reportDraft.list')) })
    : t('reportDraft.nextDeleted', { version: versionLabel });
}

export type PublishCheck = { ok: true } | { ok: false; reason: 'window-open' };

/**
 * A report published while its consultation still takes comments would miss the last ones:
 * allowed only when staff confirm it explicitly.
 */
export function mayPublish(closesAt: Date, now: Date, confirmedEarly: boolean): PublishCheck {
  return now < closesAt && !confirmedEarly ? { ok: false, reason: 'window-open' } : { ok: true };
}
