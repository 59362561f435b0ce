/**
 * Liaison stations and their deputies, from `stations.yaml` in the content folder: a small
 * list that changes with the people, kept as content like the regulations. Read once per
 * process and folder; a missing file means no stations.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface Deputy {
  slug: string;
  name: string;
  role: string;
}

export interface Station {
  slug: string;
  name: string;
  address: string;
  hours: string;
  deputies: Deputy[];
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
const cache = new Map<string, Station[]>();

export function loadStations(contentDir: string): Station[] {
  const hit = cache.get(contentDir);
  if (hit) return hit;
  const file = path.join(contentDir, 'stations.yaml');
  const stations = fs.existsSync(file) ? parseStations(fs.readFileSync(file, 'utf8'), file) : [];
  cache.set(contentDir, stations);
  return stations;
}

/** @example parseStations('- slug: a\n  name: 甲站\n', 'x')[0].deputies // [] */
export function parseStations(text: string, file: string): Station[] {
  const raw: unknown = parse(text);
  if (!Array.isArray(raw)) throw new Error(`${file}: expected a list of stations`);
  const str = (v: unknown) =>
    typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
  return raw.map((s: Record<string, unknown>, i) => {
    const slug = str(s['slug']);
    if (!SLUG.test(slug) || !str(s['name']))
      throw new Error(`${file}: station ${i + 1} needs a slug (a-z, 0-9, -) and a name`);
    const deputies = (Array.isArray(s['deputies']) ? s['deputies'] : []).map(
      (d: Record<string, unknown>, j: number) => {
        const dslug = str(d['slug']);
        if (!SLUG.test(dslug) || !str(d['name']))
          throw new Error(`${file}: deputy ${j + 1} of ${slug} needs a slug and a name`);
        return { slug: dslug, name: str(d['name']), role: str(d['role']) };
      },
    );
    return {
      slug,
      name: str(s['name']),
      address: str(s['address']),
      hours: str(s['hours']),
      deputies,
    };
  });
}

/** The station and deputy a `via` value names (`station` or `station~deputy`), or null. */
export function resolveVia(
  stations: readonly Station[],
  via: string | null | undefined,
): { station: Station; deputy: Deputy | null } | null {
  if (!via) return null;
  const [s, d] = via.split('~');
  const station = stations.find((x) => x.slug === s);
  if (!station) return null;
  const deputy = d ? (station.deputies.find((x) => x.slug === d) ?? null) : null;
  if (d && !deputy) return null;
  return { station, deputy };
}

/** @example viaValue('riverside', 'wang-li') // 'riverside~wang-li' */
export function viaValue(station: string, deputy?: string | null): string {
  return deputy ? `${station}~${deputy}` : station;
}

/** Whether a submitted `via` is shaped like one (checked against the list where it is shown). */
export function isViaShaped(via: string): boolean {
  const [s, d, extra] = via.split('~');
  return extra === undefined && SLUG.test(s ?? '') && (d === undefined || SLUG.test(d));
}
