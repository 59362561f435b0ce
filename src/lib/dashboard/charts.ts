/**
 * Chart geometry for server-rendered SVG: plain numbers in, positioned bars out, so that the
 * page only draws. Pure. Every chart is shown with a table of the same numbers beside it.
 */
import { addDays } from '../time/index.ts';

export interface Datum {
  key: string;
  label: string;
  value: number;
}

export interface Bar extends Datum {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarLayout {
  width: number;
  height: number;
  bars: Bar[];
  max: number;
}

/** Horizontal bars, one row each, scaled to the largest value (a zero max draws no bars). */
export function horizontalBars(
  data: readonly Datum[],
  options: { width?: number; row?: number; labelWidth?: number } = {},
): BarLayout {
  const { width = 420, row = 28, labelWidth = 120 } = options;
  const max = Math.max(0, ...data.map((d) => d.value));
  const room = width - labelWidth - 60;
  return {
    width,
    height: data.length * row + 8,
    max,
    bars: data.map((d, i) => ({
      ...d,
      x: labelWidth,
      y: i * row + 4,
      width: max === 0 ? 0 : Math.round((d.value / max) * room * 10) / 10,
      height: row - 8,
    })),
  };
}

const MAX_COLUMN = 40;

/** Vertical columns over time, one per day, scaled to the largest day. */
export function columns(
  data: readonly Datum[],
  options: { width?: number; height?: number } = {},
): BarLayout {
  const { width = 420, height = 160 } = options;
  const max = Math.max(0, ...data.map((d) => d.value));
  const step = data.length === 0 ? 0 : width / data.length;
  const plot = height - 24;
  return {
    width,
    height,
    max,
    bars: data.map((d, i) => {
      const h = max === 0 ? 0 : Math.round((d.value / max) * plot * 10) / 10;
      return {
        ...d,
        x: Math.round(i * step * 10) / 10,
        y: plot - h,
        width: Math.min(MAX_COLUMN, Math.max(1, Math.round((step - 2) * 10) / 10)),
        height: h,
      };
    }),
  };
}

/**
 * Every day from the first to the last, with 0 where nothing came in.
 * @example fillDays([{ day: '2026-11-01', n: 2 }, { day: '2026-11-03', n: 1 }]) // 3 days, the middle one 0
 */
export function fillDays(rows: readonly { day: string; n: number }[], maxDays = 366): Datum[] {
  if (rows.length === 0) return [];
  const counts = new Map(rows.map((r) => [r.day, r.n]));
  const sorted = [...counts.keys()].sort();
  const out: Datum[] = [];
  for (let day = sorted[0]!; out.length < maxDays; day = addDays(day, 1)) {
    out.push({ key: day, label: day, value: counts.get(day) ?? 0 });
    if (day >= sorted.at(-1)!) break;
  }
  return out;
}
