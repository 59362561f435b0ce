/**
 * Reads the content folder into validated, parsed values. Nothing is written anywhere: the
 * result is either everything, or the full list of problems with file and line.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { parseDraft } from '../legislation/index.ts';
import type { ParsedDocument } from '../legislation/index.ts';
import {
  readPlanManifest,
  readRegulationManifest,
  readSampleManifest,
  readVersionFrontMatter,
  splitFrontMatter,
  type ContentProblem,
  type PlanManifest,
  type RegulationManifest,
  type SampleManifest,
  type VersionFrontMatter,
} from './manifest.ts';
import { readFeedback, type LoadedFeedback } from './feedback.ts';
import { translator } from '../i18n/index.ts';

export interface LoadedVersion extends VersionFrontMatter {
  file: string;
  position: number;
  source: string;
  sourceHash: string;
  explanation: string;
  document: ParsedDocument;
}

export interface LoadedRegulation extends RegulationManifest {
  versions: LoadedVersion[];
  /** The consultations' records kept as files (feedback/<consultation>.yaml): src/lib/content/feedback.ts. */
  feedback: LoadedFeedback[];
}

export interface LoadedContent {
  regulations: LoadedRegulation[];
  plans: PlanManifest[];
  /** Set when the folder is sample content (content/sample.yaml): its dates move with time. */
  sample: SampleManifest | null;
}

export type LoadResult = { ok: true; content: LoadedContent } | { ok: false; problems: ContentProblem[] };

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function loadContent(contentDir: string): LoadResult {
  const problems: ContentProblem[] = [];
  const rel = (file: string) => path.relative(process.cwd(), file) || file;
  const regulations: LoadedRegulation[] = [];
  const plans: PlanManifest[] = [];

  const regulationsDir = path.join(contentDir, 'regulations');
  for (const slug of listDir(regulationsDir)) {
    const dir = path.join(regulationsDir, slug);
    if (!fs.statSync(dir).isDirectory()) continue;
    const manifestFile = path.join(dir, 'regulation.yaml');
    const data = readYaml(manifestFile, rel(manifestFile), problems);
    if (data === undefined) continue;
    const manifest = readRegulationManifest(slug, data, rel(manifestFile));
    if (!manifest.ok) {
      problems.push(...manifest.problems);
      continue;
    }
    const versions = loadVersions(path.join(dir, 'versions'), manifest.value.language, rel, problems);
    const versionSlugs = new Set(versions.map((v) => v.slug));
    for (const c of manifest.value.consultations) {
      if (c.version && !versionSlugs.has(c.version)) {
        problems.push({
          file: rel(manifestFile),
          line: 1,
          message: `征求意见 "${c.slug}" 指向不存在的版本 "${c.version}"。Consultation "${c.slug}" names a version "${c.version}" that does not exist.`,
        });
      }
    }
    const feedback = loadFeedback(path.join(dir, 'feedback'), manifest.value, versions, rel, problems);
    regulations.push({ ...manifest.value, versions, feedback });
  }

  const plansDir = path.join(contentDir, 'plans');
  for (const name of listDir(plansDir).filter((n) => n.endsWith('.yaml'))) {
    const file = path.join(plansDir, name);
    const data = readYaml(file, rel(file), problems);
    if (data === undefined) continue;
    const plan = readPlanManifest(data, rel(file));
    if (plan.ok) plans.push(plan.value);
    else problems.push(...plan.problems);
  }

  let sample: SampleManifest | null = null;
  const sampleFile = path.join(contentDir, 'sample.yaml');
  if (fs.existsSync(sampleFile)) {
    const data = readYaml(sampleFile, rel(sampleFile), problems);
    const read = data === undefined ? null : readSampleManifest(data, rel(sampleFile));
    if (read?.ok) sample = read.value;
    else if (read) problems.push(...read.problems);
  }

  return problems.length ? { ok: false, problems } : { ok: true, content: { regulations, plans, sample } };
}

function loadVersions(
  dir: string,
  language: 'zh' | 'en',
  rel: (file: string) => string,
  problems: ContentProblem[],
): LoadedVersion[] {
  const files = listDir(dir).filter((n) => /^\d{2,}-.+\.md$/.test(n) && !n.endsWith('.explanation.md'));
  const versions: LoadedVersion[] = [];
  const slugs = new Set<string>();
  files.forEach((name, index) => {
    const file = path.join(dir, name);
    const source = fs.readFileSync(file, 'utf8');
    const { yaml } = splitFrontMatter(source);
    if (yaml === null) {
      problems.push({ file: rel(file), line: 1, message: '版本文件缺少开头的 --- 元数据块。The version file has no front matter (---) block.' });
      return;
    }
    let data: unknown;
    try {
      data = parseYaml(yaml);
    } catch (error) {
      problems.push({ file: rel(file), line: yamlLine(error) + 1, message: `元数据无法解析。Front matter is not valid YAML: ${(error as Error).message}` });
      return;
    }
    const front = readVersionFrontMatter(data, rel(file));
    if (!front.ok) {
      problems.push(...front.problems);
      return;
    }
    if (slugs.has(front.value.slug)) {
      problems.push({ file: rel(file), line: 1, message: `版本 slug "${front.value.slug}" 重复。Version slug "${front.value.slug}" is used twice.` });
    }
    slugs.add(front.value.slug);
    // strict: content/ is loaded with nobody there to read warnings, so a defect stops the sync.
    const parsed = parseDraft(source, { file: rel(file), language, strict: true });
    if (!parsed.ok) {
      problems.push(...parsed.errors.map((e) => ({ file: e.file ?? rel(file), line: e.line, message: e.message })));
      return;
    }
    const explanationFile = file.replace(/\.md$/, '.explanation.md');
    const explanation = fs.existsSync(explanationFile) ? fs.readFileSync(explanationFile, 'utf8') : '';
    versions.push({
      ...front.value,
      file: rel(file),
      position: index + 1,
      source,
      sourceHash: sha256(source),
      explanation,
      document: parsed.document,
    });
  });
  return versions;
}

/** feedback/<consultation>.yaml: each names a consultation of the regulation by its file name. */
function loadFeedback(
  dir: string,
  manifest: RegulationManifest,
  versions: LoadedVersion[],
  rel: (file: string) => string,
  problems: ContentProblem[],
): LoadedFeedback[] {
  const loaded: LoadedFeedback[] = [];
  for (const name of listDir(dir).filter((n) => n.endsWith('.yaml'))) {
    const file = path.join(dir, name);
    const slug = name.slice(0, -'.yaml'.length);
    const consultation = manifest.consultations.find((c) => c.slug === slug);
    if (!consultation) {
      problems.push({
        file: rel(file),
        line: 1,
        message: `没有 slug 为 "${slug}" 的征求意见，文件名应为征求意见的 slug。There is no consultation "${slug}": the file is named after a consultation's slug.`,
      });
      continue;
    }
    const data = readYaml(file, rel(file), problems);
    if (data === undefined) continue;
    const version = consultation.version ? versions.find((v) => v.slug === consultation.version) : null;
    if (consultation.version && !version) continue; // reported with the manifest
    const read = readFeedback(data, rel(file), {
      consultation: slug,
      opensAt: consultation.opensAt,
      closesAt: consultation.closesAt,
      document: version?.document ?? null,
      wholeDraftLabel: translator(manifest.language)('common.wholeDraft'),
    });
    if (read.ok) loaded.push(read.value);
    else problems.push(...read.problems);
  }
  return loaded;
}

function listDir(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

function readYaml(file: string, shown: string, problems: ContentProblem[]): unknown {
  if (!fs.existsSync(file)) {
    problems.push({ file: shown, line: 1, message: '文件不存在。The file is missing.' });
    return undefined;
  }
  try {
    return parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file: shown, line: yamlLine(error), message: `YAML 无法解析。Not valid YAML: ${(error as Error).message}` });
    return undefined;
  }
}

function yamlLine(error: unknown): number {
  return error instanceof YAMLParseError && error.linePos ? error.linePos[0].line : 1;
}
