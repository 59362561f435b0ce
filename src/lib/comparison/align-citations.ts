/**
 * Step 5, the article it punishes (#16): a penalty article rewritten in other words is found
 * by its subject. Chinese laws name the duty a penalty enforces ("违反本法第六条规定实施混淆
 * 行为的"), and when a law is revised the penalty chapter is rewritten with it: 反不正当竞争法
 * 1993 第二十一条 (仿冒知名商品的处罚, no citation) is 2017 第十八条 (违反本法第六条规定),
 * and 1993 第五条 became 2017 第六条. Their own words share little more than stock phrases
 * (责令停止违法行为, 情节严重的…吊销营业执照), which tie them with every other penalty.
 *
 * A unit's subject is, in old-text units: the articles of its own text that it cites (本法第X条,
 * 本条例第X条 …), read for a new unit through their old partners; or, for a unit citing
 * none, the one unit of its own side it is most alike by distinctive words (distinctive.ts),
 * read for a new unit the same way. An old and a new unit both still left over whose subjects
 * meet, at least one of them citing it in so many words, pair when each is the other's most
 * alike by distinctive words among the units whose subjects meet its own (from CONTEXT_PAIR).
 * The one that cites nothing must stand where its text keeps penalties (penalDivisions): the
 * subject of a duty or an encouragement is no sign that it punishes a breach of it.
 * 北京市安全生产条例 2016 第九十一条 (违反本条例第四十一条, 危险化学品 销售、采购, 处…罚款) had
 * paired with 2022 第四十六条 (本市鼓励对危险化学品实行专门储存…, in 监督管理), most alike 2022
 * 第三十二条, which is 2016 第四十一条.
 * It runs before the paragraph links (step 7), which would otherwise tie a leftover penalty to
 * whichever article shares its 构成犯罪的，依法追究刑事责任.
 */
import {
  argMax,
  CONTEXT_PAIR,
  ownCitationPattern,
  PAIR_THRESHOLD,
  unitsCitedBy,
  type Matching,
  type Unit,
} from './align.ts';
import { weightedOverlapsWith, weightedSize } from './distinctive.ts';
import { overlapIndex } from './similarity.ts';

/**
 * 违反本法第六条, 违反本条例第十条第二款、第十二条, 违反本办法第三条至第五条: the duties a penalty
 * enforces. Other citations (适用本法第…条, 依照本法第…条的规定) name rules applied, not a subject.
 */
const CITATION = ownCitationPattern('违反本');

/** The units of `units` whose duty unit `k` enforces by article number (never itself). */
export function citedUnits(units: readonly Unit[], k: number): number[] {
  return unitsCitedBy(units, k, CITATION);
}

/**
 * The unit of the same side most alike unit `k` by distinctive words (-1 if none), outside `k`'s
 * own chapter when it has one: the duty stands elsewhere, and the penalties beside it share its
 * stock amounts (一万元以上二十万元以下的罚款) more than the duty's words.
 */
function nearestOnItsSide(
  m: Matching,
  units: readonly Unit[],
  bags: Matching['a']['bags'],
): (k: number) => number {
  const { idf } = m.weighted();
  const sizes = bags.map((b) => weightedSize(b, idf));
  const division = units.map(divisionOf);
  let index: ReturnType<typeof overlapIndex> | undefined;
  return (k: number) => {
    index ??= overlapIndex(bags, m.cache);
    const shared = weightedOverlapsWith(bags[k]!, index, idf);
    const elsewhere = (q: number) => division[k] === '' || division[q] !== division[k];
    let at = -1;
    let best = 0;
    for (let q = 0; q < bags.length; q++) {
      const size = sizes[k]! + sizes[q]!;
      const score = q === k || size === 0 || !elsewhere(q) ? 0 : (2 * shared[q]!) / size;
      if (score > best) [at, best] = [q, score];
    }
    return at;
  };
}

/**
 * Last, a penalty paired with the penalty of another duty: an old unit that names the duty it
 * enforces by article number (违反本法第二十八条规定) and is paired one to one with a new unit
 * whose subject (as for pairByCitedSubject: the articles it cites, or else the unit of its side
 * it is most alike outside its chapter) is not among the new units that duty went to, is undone:
 * the two share the stock words of penalties, not a duty. 农产品质量安全法 2018 第四十八条
 * (违反本法第二十八条规定，销售的农产品未按照规定进行包装、标识的，责令限期改正；逾期不改正的，
 * 可以处二千元以下罚款) was paired for 责令限期改正；逾期不改正的，可以处…罚款 with 2022 第七十五条
 * (违反本法关于农产品质量安全追溯规定的…), a new penalty, while 2018 第二十八条 (包装、标识) is
 * 2022 第三十八条. A subject read from the nearest unit is a guess, so it undoes a pair only
 * below PAIR_THRESHOLD; a new unit that names its duty too is taken at its word however many
 * stock words the two share: 北京市安全生产条例 2016 第八十九条 (违反本条例第三十九条, 危险作业)
 * and 2022 第六十二条 (违反本条例第四十七条第二款, 危险化学品 measures) share 责令改正；拒不改正的，
 * …处二万元以上十万元以下的罚款 (Dice 0.47), while 2016 第三十九条 is 2022 第二十八、二十九条.
 * A duty that was deleted undoes the pair when the subject came from another old unit, and an
 * old unit in a merge (or split) whose new unit names its duty is taken out of that row alone:
 * 2016 第八十八条 (违反本条例第三十六条, 劳动防护用品, deleted) had joined 第九十二条 (违反本条例
 * 第四十七条, 告知) in 2022 第六十条 (违反本条例第三十七条第一款, which is 2016 第四十七条).
 * It runs last, with the staff corrections (alignUnits), so that no later step pairs the two
 * again; they stay deleted and inserted.
 */
export function dropOtherDuties(m: Matching): void {
  if (m.cache.language !== 'zh') return;
  const drops: [number, number][] = [];
  let nearestNew: ((k: number) => number) | undefined;
  for (const [i, to] of m.oldTo) {
    const cites = citedUnits(m.a.units, i);
    if (cites.length === 0) continue;
    const duties = cites.flatMap((c) => m.oldTo.get(c) ?? []);
    for (const j of to) {
      let subject = citedUnits(m.b.units, j);
      if (subject.length === 0) {
        const oneToOne = to.length === 1 && m.newFrom.get(j)!.length === 1;
        if (!oneToOne || m.score(i, j) >= PAIR_THRESHOLD) continue;
        nearestNew ??= nearestOnItsSide(m, m.b.units, m.b.bags);
        const k = nearestNew(j);
        subject = k < 0 ? [] : [k];
      }
      // The duty went to the subject: the pair stands. It went nowhere: the pair stands unless
      // the subject came from another old unit.
      if (subject.length === 0 || subject.some((k) => duties.includes(k))) continue;
      if (duties.length === 0 && !subject.some((k) => m.newFrom.has(k))) continue;
      drops.push([i, j]);
    }
  }
  for (const [i, j] of drops) m.unpair(i, j);
}

/** The division of a unit (its chapter or section; '' at the top level). */
function divisionOf(unit: Unit): string {
  return unit.eId.slice(0, Math.max(0, unit.eId.lastIndexOf('__')));
}

/**
 * Where each text keeps its penalties: the divisions (a 法律责任 chapter) holding a unit that names
 * the duty it enforces by number, and those holding a partner of a unit of such a division of the
 * other text (a text citing 违反本法规定 only has its penalties where the other text's went).
 * Empty for a text with none.
 */
function penalDivisions(m: Matching): { old: Set<string>; new: Set<string> } {
  const own = (units: readonly Unit[]) =>
    new Set(units.flatMap((u, k) => (citedUnits(units, k).length ? [divisionOf(u)] : [])));
  const oldOwn = own(m.a.units);
  const newOwn = own(m.b.units);
  const partners = (
    units: readonly Unit[],
    divisions: Set<string>,
    to: Map<number, number[]>,
    other: readonly Unit[],
  ) =>
    units.flatMap((u, k) =>
      divisions.has(divisionOf(u)) ? (to.get(k) ?? []).map((q) => divisionOf(other[q]!)) : [],
    );
  return {
    old: new Set([...oldOwn, ...partners(m.b.units, newOwn, m.newFrom, m.a.units)]),
    new: new Set([...newOwn, ...partners(m.a.units, oldOwn, m.oldTo, m.b.units)]),
  };
}

/** Pairs leftover units by the article they enforce (see the header). Chinese texts only. */
export function pairByCitedSubject(m: Matching): void {
  if (m.cache.language !== 'zh') return;
  const leftOld = m.leftoverOld();
  const leftNew = m.leftoverNew();
  if (leftOld.length === 0 || leftNew.length === 0) return;
  const oldCites = new Map(leftOld.map((i) => [i, citedUnits(m.a.units, i)] as const));
  const newCites = new Map(leftNew.map((j) => [j, citedUnits(m.b.units, j)] as const));
  const citing = [...oldCites.values(), ...newCites.values()].some((c) => c.length > 0);
  if (!citing) return;
  const { pair } = m.weighted();
  const nearestOld = nearestOnItsSide(m, m.a.units, m.a.bags);
  const nearestNew = nearestOnItsSide(m, m.b.units, m.b.bags);
  const { oldRow, newRow } = m.weighted();
  /** A new unit's old partners, or, while it has none, the old unit it is mutually most alike. */
  const partnersOf = (j: number): number[] => {
    const from = m.newFrom.get(j);
    if (from) return from;
    const i = argMax(newRow(j));
    return i >= 0 && !m.oldTo.has(i) && argMax(oldRow(i)) === j ? [i] : [];
  };
  const oldPartners = (js: number[]) => js.flatMap(partnersOf);
  const subjectOfOld = (i: number): number[] => {
    const cites = oldCites.get(i)!;
    if (cites.length) return cites;
    const k = nearestOld(i);
    return k < 0 ? [] : [k];
  };
  const subjectOfNew = (j: number): number[] => {
    const cites = newCites.get(j)!;
    if (cites.length) return oldPartners(cites);
    const k = nearestNew(j);
    return k < 0 ? [] : oldPartners([k]);
  };
  const oldSubjects = new Map(leftOld.map((i) => [i, subjectOfOld(i)] as const));
  const newSubjects = new Map(leftNew.map((j) => [j, subjectOfNew(j)] as const));
  const penal = penalDivisions(m);
  const inPenal = (set: Set<string>, unit: Unit) => set.size === 0 || set.has(divisionOf(unit));
  const meet = (i: number, j: number) => {
    const oldCiting = oldCites.get(i)!.length > 0;
    const newCiting = newCites.get(j)!.length > 0;
    if (!oldCiting && !newCiting) return false;
    // A unit that names no duty is a penalty only where its text keeps penalties.
    if (!newCiting && !inPenal(penal.new, m.b.units[j]!)) return false;
    if (!oldCiting && !inPenal(penal.old, m.a.units[i]!)) return false;
    return oldSubjects.get(i)!.some((s) => newSubjects.get(j)!.includes(s));
  };
  const best = (items: readonly number[], value: (k: number) => number) => {
    let at = -1;
    let top = 0;
    for (const k of items) if (value(k) > top) [at, top] = [k, value(k)];
    return at;
  };
  const pairs: [number, number][] = [];
  for (const i of leftOld) {
    const j = best(
      leftNew.filter((q) => meet(i, q)),
      (q) => pair(i, q),
    );
    if (j < 0 || pair(i, j) < CONTEXT_PAIR) continue;
    const back = best(
      leftOld.filter((p) => meet(p, j)),
      (p) => pair(p, j),
    );
    if (back === i) pairs.push([i, j]);
  }
  for (const [i, j] of pairs) m.pair(i, j);
}
