/**
 * Step 7, redistributed: several short articles whose text was shared out again among fewer
 * neighbours. 公司法 2018 第八十二条 (发起人的出资方式), 第八十三条 and 第八十四条 became 2023
 * 第九十七条 and 第九十八条: 第八十三条 and 第八十四条 merge into 第九十七条, and the leftover
 * 第八十二条 (just before them) lives on in the leftover 第九十八条 (just after their new
 * article), whose other sentence comes from 第八十三条 too. A drafter's 对照表 shows the five
 * as one row.
 *
 * An old and a new unit still left over that resemble each other (GAP_THRESHOLD on Dice or
 * mean containment, each the other's best among the leftovers) and stand each right beside
 * the same group of pairs, on its own side, join that group: their text was redistributed
 * among the group's articles. The position is the evidence the words are too few to give
 * (a short article of stock phrasing, such as 适用本法第…条的规定): unlike pairWithinGaps, the
 * two may stand on either side of the group, since the group reordered its text. A group that
 * is one article kept word for word gave nothing away: the two then pair with each other only
 * (人民武装警察法 2009 第二十六条 经费 → 2020 第三十三条, beside 第二十七条 → 第三十四条 unchanged).
 */
import { GAP_THRESHOLD, type Matching } from './align.ts';

/** Each paired unit's group (connected component of the pairs), as a number per side. */
function groups(m: Matching): { oldGroup: Int32Array; newGroup: Int32Array } {
  const oldGroup = new Int32Array(m.a.units.length).fill(-1);
  const newGroup = new Int32Array(m.b.units.length).fill(-1);
  let next = 0;
  for (let start = 0; start < m.a.units.length; start++) {
    if (oldGroup[start] !== -1 || !m.oldTo.has(start)) continue;
    const queue: [boolean, number][] = [[true, start]];
    oldGroup[start] = next;
    while (queue.length) {
      const [isOld, k] = queue.pop()!;
      for (const o of isOld ? m.oldTo.get(k)! : m.newFrom.get(k)!) {
        const seen = isOld ? newGroup : oldGroup;
        if (seen[o] !== -1) continue;
        seen[o] = next;
        queue.push([!isOld, o]);
      }
    }
    next++;
  }
  return { oldGroup, newGroup };
}

/** Joins leftover pairs standing beside the same group to it (see the header). */
export function pairRedistributed(m: Matching): void {
  const leftOld = m.leftoverOld();
  const leftNew = m.leftoverNew();
  if (leftOld.length === 0 || leftNew.length === 0) return;
  const score = (i: number, j: number) =>
    Math.max(m.score(i, j), (m.oldIn(i, j) + m.newIn(j, i)) / 2);
  const best = <T>(items: readonly T[], value: (t: T) => number) =>
    items.reduce<T | undefined>(
      (b, t) => (b === undefined || value(t) > value(b) ? t : b),
      undefined,
    );
  const { oldGroup, newGroup } = groups(m);
  /** The groups a unit stands right beside, with the neighbour that is in each. */
  const beside = (k: number, group: Int32Array) => {
    const out = new Map<number, number>();
    for (const n of [k - 1, k + 1])
      if (n >= 0 && n < group.length && group[n]! >= 0 && !out.has(group[n]!))
        out.set(group[n]!, n);
    return out;
  };
  const links: [number, number, number][] = [];
  for (const i of leftOld) {
    const j = best(leftNew, (k) => score(i, k));
    if (j === undefined || score(i, j) < GAP_THRESHOLD) continue;
    if (best(leftOld, (k) => score(k, j)) !== i) continue;
    const newBeside = beside(j, newGroup);
    for (const g of beside(i, oldGroup).keys()) {
      const member = newBeside.get(g);
      if (member === undefined) continue;
      links.push([i, j, member]);
      break;
    }
  }
  for (const [i, j, member] of links) {
    m.pair(i, j);
    // An article kept word for word gave nothing away: the two are a pair of their own.
    if (!keptWordForWord(m, member)) m.pair(i, member);
  }
}

/** Whether new unit `j` and its only partner have the same text (as the pairing sees it). */
function keptWordForWord(m: Matching, j: number): boolean {
  const from = m.newFrom.get(j) ?? [];
  return (
    from.length === 1 &&
    (m.oldTo.get(from[0]!) ?? []).length === 1 &&
    m.a.norms[from[0]!] === m.b.norms[j]
  );
}
