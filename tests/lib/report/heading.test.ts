/** The report's heading and summary: titles in another language quoted, not run into the Chinese. */
import { describe, expect, it } from 'vitest';
import { reportHeading, reportSummary, reportTitle } from '../../../src/lib/report/index.ts';
import { say, translator } from '../../../src/lib/i18n/index.ts';

const zh = translator('zh');
const vars = { from: 'A', to: 'B', comments: 3297, people: 3096 };

describe('reportHeading and reportSummary', () => {
  it('quote an English regulation’s titles in the Chinese sentences', () => {
    const reg = { title: 'Linjiang Municipal Open Government Data Regulations', language: 'en' };
    const c = { title: 'Public consultation on the Consultation Draft' };
    expect(say(zh, reportHeading(reg, c))).toBe(
      '关于“Linjiang Municipal Open Government Data Regulations”（Public consultation on the Consultation Draft）情况的说明',
    );
    expect(say(zh, reportTitle(reg, c))).toBe(
      '“Public consultation on the Consultation Draft”情况的说明',
    );
    expect(say(zh, reportSummary(reg, { consultation: c.title, ...vars }))).toBe(
      '“Public consultation on the Consultation Draft”自A至B，共收到意见 3297 条，来自 3096 人。',
    );
  });

  it('run a Chinese regulation’s titles into the sentence as before', () => {
    const reg = { title: '临江市物业管理条例', language: 'zh' };
    const c = { title: '二审稿公开征求意见' };
    expect(say(zh, reportHeading(reg, c))).toBe(
      '关于临江市物业管理条例二审稿公开征求意见情况的说明',
    );
    expect(say(zh, reportTitle(reg, c))).toBe('二审稿公开征求意见情况的说明');
    expect(say(zh, reportSummary(reg, { consultation: c.title, ...vars }))).toBe(
      '二审稿公开征求意见自A至B，共收到意见 3297 条，来自 3096 人。',
    );
  });
});
