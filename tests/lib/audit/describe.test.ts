import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  actionName,
  AUDIT_ACTIONS,
  describeAuditEvent,
  type AuditEvent,
  type AuditNames,
} from '../../../src/lib/audit/index.ts';
import { namedIds } from '../../../src/lib/audit/describe.ts';
import { label, translator } from '../../../src/lib/i18n/index.ts';

const names: AuditNames = {
  staff: new Map([[1, '管理员 (admin1)']]),
  consultations: new Map([
    [3, { title: '示例条例 · 一审稿征求意见', href: '/staff/report/sample/first-reading' }],
  ]),
  regulations: new Map(),
  versions: new Map([
    [
      5,
      {
        title: '物业管理条例 · 一审稿',
        href: '/regulations/property-management/versions/first-reading',
        regSlug: 'property-management',
        slug: 'first-reading',
        label: '一审稿',
      },
    ],
    [
      6,
      {
        title: '物业管理条例 · 二审稿',
        href: '/regulations/property-management/versions/second-reading',
        regSlug: 'property-management',
        slug: 'second-reading',
        label: '二审稿',
      },
    ],
  ]),
};
const event = (over: Partial<AuditEvent>): AuditEvent => ({
  id: 1,
  at: new Date('2026-12-05T01:00:00Z'),
  actorId: 1,
  actorName: 'admin1',
  action: 'auth.sign-in',
  targetType: 'staff_user',
  targetId: '1',
  detail: {},
  ...over,
});
const zh = translator('zh');
const en = translator('en');
const words = (e: AuditEvent, t = zh) => {
  const line = describeAuditEvent(e, names);
  return {
    sentence: t(line.sentence.key, line.sentence.vars),
    objects: line.objects.map((o) => t(o.key, { name: o.name })),
    line,
  };
};

describe('the audit trail in words', () => {
  it('names a corrected comparison by its two versions and links its staff page, not "5>6"', () => {
    const w = words(
      event({
        action: 'comparison.correct',
        targetType: 'comparison',
        targetId: '5>6',
        detail: { from: ['第四十七条', '第二十七条'], to: ['第二十九条'] },
      }),
    );
    expect(w.objects).toEqual(['对照表 物业管理条例 · 一审稿 → 二审稿']);
    expect(w.line.objects[0]!.href).toBe(
      '/staff/compare/property-management?from=first-reading&to=second-reading',
    );
    expect(JSON.stringify(w.line.details)).toContain('第四十七条');
    expect(namedIds([event({ targetType: 'comparison', targetId: '5>6' })]).versions).toEqual([
      5, 6,
    ]);
  });

  it('says a sign-in in words, naming the account, not "auth.sign-in" or "staff_user 1"', () => {
    const w = words(event({}));
    expect(w.sentence).toBe('登录');
    expect(w.objects).toEqual(['工作人员账号：管理员 (admin1)']);
    expect(words(event({}), en).sentence).toBe('Signed in');
    expect(JSON.stringify(w)).not.toContain('staff_user 1');
  });

  it('fills the sentence with the detail and links the object to its staff page', () => {
    const w = words(
      event({
        action: 'report.publish',
        targetType: 'consultation',
        targetId: '3',
        detail: { revision: 2, early: true },
      }),
    );
    expect(w.sentence).toBe('发布了征求意见情况说明（第 2 版）');
    expect(w.line.objects[0]).toEqual({
      key: 'audit.target.consultation',
      name: '示例条例 · 一审稿征求意见',
      href: '/staff/report/sample/first-reading',
    });
    expect(w.line.details).toContainEqual({
      key: 'audit.detail.revision',
      name: 'revision',
      value: '2',
    });
    expect(w.line.details).toContainEqual({ key: null, name: 'early', value: 'yes' });
  });

  it('links each comment of a bulk action, at most five, and counts the rest', () => {
    const line = describeAuditEvent(
      event({
        action: 'moderation.publish',
        targetType: 'comment',
        targetId: '1,2,3,4,5,6,7',
        detail: { count: 7 },
      }),
      names,
    );
    expect(line.objects.map((o) => o.href)).toEqual([
      '/staff/comments/1',
      '/staff/comments/2',
      '/staff/comments/3',
      '/staff/comments/4',
      '/staff/comments/5',
    ]);
    expect(line.moreObjects).toBe(2);
    expect(zh(line.sentence.key, line.sentence.vars)).toBe('公开了 7 条意见');
  });

  it("names a bulk decision's selection and codes in words, and links its filter", () => {
    // The audit page showed "bulk 是 · scope all · filter consultation=4&status=published ·
    // selected 322 · 处理结果 partly-adopted" after a bulk answer.
    const line = describeAuditEvent(
      event({
        action: 'disposition.record',
        targetType: 'comment',
        targetId: '8,24',
        detail: {
          bulk: true,
          scope: 'all',
          filter: 'consultation=4&status=published',
          selected: 2,
          disposition: 'partly-adopted',
        },
      }),
      names,
    );
    const shown = (t: typeof zh) =>
      line.details.map((d) => [
        d.key ? t(d.key) : d.name,
        d.href ?? (d.group ? label(t, d.group, d.value) : d.value),
      ]);
    expect(shown(zh)).toEqual([
      ['批量操作', 'yes'],
      ['范围', '符合筛选条件的全部意见'],
      ['筛选条件', '/staff/comments?consultation=4&status=published'],
      ['选中意见数', '2'],
      ['处理结果', '部分采纳'],
    ]);
    expect(shown(en)[1]).toEqual(['Chosen from', 'All comments the filter matched']);
  });

  it('names every detail a published version records, not "slug", "position" or "sourceHash"', () => {
    const line = describeAuditEvent(
      event({
        action: 'version.publish',
        targetType: 'version',
        targetId: '5',
        detail: {
          regulation: 'property-management',
          slug: 'third-reading',
          label: '三审稿',
          position: 4,
          sourceHash: 'fd02f583',
        },
      }),
      names,
    );
    expect(line.details.filter((d) => d.key === null).map((d) => d.name)).toEqual([]);
  });

  it("names a moderation's hold reason and a stage change's stages, but not a free-text reason", () => {
    const hold = describeAuditEvent(
      event({
        action: 'moderation.hold',
        targetType: 'comment',
        targetId: '1',
        detail: { reason: 'spam' },
      }),
      names,
    );
    expect(label(zh, hold.details[0]!.group!, hold.details[0]!.value)).toBe(zh('hold.spam'));
    const stage = describeAuditEvent(
      event({
        action: 'regulation.stage',
        targetType: 'regulation',
        targetId: '1',
        detail: { from: 'drafting', to: 'review' },
      }),
      names,
    );
    expect(stage.details.map((d) => label(zh, d.group!, d.value))).toEqual(['起草', '审议']);
    const free = describeAuditEvent(
      event({
        action: 'disposition.record',
        targetType: 'comment',
        targetId: '1',
        detail: { reason: 'spam' },
      }),
      names,
    );
    expect(free.details[0]!.group).toBeUndefined();
  });

  it('shows the system, not an account, for automatic actions', () => {
    expect(
      describeAuditEvent(
        event({
          actorId: null,
          actorName: 'system',
          action: 'moderation.auto-hold',
          targetType: 'comment',
          targetId: '9',
        }),
        names,
      ).actor,
    ).toBeNull();
  });

  it('still reads as words for an action it does not know, and for an object it cannot name', () => {
    const w = words(
      event({
        action: 'bulk.somethingNew',
        targetType: 'thing',
        targetId: '5',
        detail: { nested: { a: 1 } },
      }),
    );
    expect(w.sentence).toBe('执行了操作（bulk.somethingNew）');
    expect(w.objects).toEqual(['thing 5']);
    expect(w.line.details).toEqual([]);
  });

  it('has a sentence in both languages for every action the app writes', () => {
    for (const action of AUDIT_ACTIONS) {
      const line = describeAuditEvent(event({ action }), names);
      expect(line.sentence.key).toBe(`audit.action.${action}`);
      expect(zh(line.sentence.key)).not.toBe('');
      expect(en(line.sentence.key)).not.toBe('');
    }
  });

  it('knows every action the code writes, so none shows as a raw key', () => {
    const written = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.(ts|astro)$/.test(entry.name)) {
          // A call may span lines (the formatter wraps long ones): read up to its first
          // action-shaped literal after each `recordAudit(`.
          const source = fs.readFileSync(file, 'utf8');
          for (const call of source.matchAll(/(?<!function )recordAudit\(/g)) {
            const args = source.slice(
              call.index + call[0].length,
              call.index + call[0].length + 400,
            );
            const m = /'([a-z]+\.[a-z-]+(?:\.[a-z-]+)?)'/.exec(args);
            if (m && !m[1]!.endsWith('.ts')) written.add(m[1]!);
          }
        }
      }
    };
    walk(path.resolve(import.meta.dirname, '../../../src'));
    expect(written.size).toBeGreaterThan(30);
    expect(
      [...written].filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a)).sort(),
    ).toEqual([]);
  });

  it('names an action for the filter without its values', () => {
    expect(actionName(zh('audit.action.report.save-draft'))).toBe('保存了征求意见情况说明草稿');
    expect(actionName(zh('audit.action.moderation.publish'))).toBe('公开了条意见');
    expect(actionName(en('audit.action.moderation.publish'))).toBe('Published comment(s)');
    expect(actionName(zh('audit.action.triage.tag-add'))).toBe('添加了标签');
  });
});
