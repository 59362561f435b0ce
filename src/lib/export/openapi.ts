/**
 * The OpenAPI 3.1 description of the open data: the JSON API v1 and the CSV/XLSX downloads,
 * served at /api/v1/openapi.json. Every object lists all its properties, and
 * `additionalProperties: false` says there are no others: tests/browser/open-data.test.ts
 * calls every path and checks each answer against this document, so a field added to an
 * answer without being documented here fails there.
 */
import { CATEGORIES, STANCES } from '../comments/validate.ts';
import { CONSULTATION_KINDS, STAGES } from '../content/manifest.ts';
import { DISPOSITIONS } from '../disposition/rules.ts';
import { LOCALES } from '../i18n/index.ts';

type Schema = Record<string, unknown>;
const str: Schema = { type: 'string' };
const nullable = (type: string, extra: Schema = {}): Schema => ({ type: [type, 'null'], ...extra });
const dateTime: Schema = { type: 'string', format: 'date-time' };
const date: Schema = { type: 'string', format: 'date' };
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
/** An object whose properties are all present (null where the schema allows it) and no others. */
const object = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});
const json = (schema: Schema, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const notFound = { '404': json(ref('Error'), 'No regulation or version of that name.') };
const slug = {
  name: 'slug',
  in: 'path',
  required: true,
  description: 'The regulation, as in its address (/regulations/{slug}).',
  schema: str,
};
const version = {
  name: 'version',
  in: 'path',
  required: true,
  description: 'The version (a draft or a reading), as in its address.',
  schema: str,
};
const query = (name: string, description: string, schema: Schema = str) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

const consultation = object({
  slug: str,
  kind: { type: 'string', enum: [...CONSULTATION_KINDS] },
  title: str,
  opensAt: dateTime,
  closesAt: dateTime,
  commentCount: { type: 'integer', description: 'Every comment received, published or not.' },
});

const download = (kind: 'csv' | 'xlsx') => ({
  get: {
    operationId: kind === 'csv' ? 'downloadCommentsCsv' : 'downloadCommentsXlsx',
    summary: `Every published comment of a version, with its reply, as ${kind.toUpperCase()}`,
    description:
      'The same fields as the JSON API, one row per comment, newest first, columns: clause_eid, clause, stance, comment, suggested_wording, quoted_passage, author, category, created_at, seconds, disposition, reply, replied_at, reflected_in_version, reflected_in_clause, reflected_in_label.' +
      (kind === 'csv'
        ? ' UTF-8 with a byte-order mark; cells starting with = + - @ are prefixed with an apostrophe.'
        : ''),
    parameters: [slug, version],
    responses: {
      '200': {
        description: 'The table, as a download.',
        content: {
          [kind === 'csv'
            ? 'text/csv'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']: {
            schema: { type: 'string', format: 'binary' },
          },
        },
      },
      '404': { description: 'No regulation or version of that name.' },
    },
  },
});

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'OpenClause open data',
    version: '1',
    description:
      'Regulations, their versions and clause trees, and the published comments with the official replies. Only what the public pages show: names and text with personal data masked, never contact details; a comment appears once published with its author’s consent. Free to reuse; no key needed.',
  },
  servers: [{ url: '/' }],
  paths: {
    '/api/v1/regulations': {
      get: {
        operationId: 'listRegulations',
        summary: 'Every regulation with its stage and consultations',
        responses: {
          '200': json(
            object({ regulations: { type: 'array', items: ref('RegulationSummary') } }),
            'The regulations.',
          ),
        },
      },
    },
    '/api/v1/regulations/{slug}': {
      get: {
        operationId: 'getRegulation',
        summary: 'One regulation: metadata, timeline, versions and consultations',
        parameters: [slug],
        responses: { '200': json(ref('Regulation'), 'The regulation.'), ...notFound },
      },
    },
    '/api/v1/regulations/{slug}/versions/{version}': {
      get: {
        operationId: 'getVersion',
        summary: 'One version with its clause tree and the number of comments per clause',
        parameters: [slug, version],
        responses: { '200': json(ref('Version'), 'The version.'), ...notFound },
      },
    },
    '/api/v1/regulations/{slug}/versions/{version}/comments': {
      get: {
        operationId: 'listComments',
        summary: 'Published comments of a version, newest first, with dispositions and replies',
        parameters: [
          slug,
          version,
          query('clause', 'Only comments on this clause (its eId).'),
          query('stance', 'Only this stance.', { type: 'string', enum: [...STANCES] }),
          query('category', 'Only this kind of commenter.', {
            type: 'string',
            enum: [...CATEGORIES],
          }),
          query('stage', 'Only comments made in this stage.', {
            type: 'string',
            enum: [...STAGES],
          }),
          query('limit', 'Comments per page (default 50).', {
            type: 'integer',
            minimum: 1,
            maximum: 200,
          }),
          query('cursor', 'The nextCursor of the previous page.'),
        ],
        responses: {
          '200': json(
            object({
              comments: { type: 'array', items: ref('Comment') },
              nextCursor: nullable('string', {
                description: 'Pass as cursor for the next page; null on the last page.',
              }),
            }),
            'A page of comments.',
          ),
          '400': json(ref('Error'), 'A parameter out of range.'),
          ...notFound,
        },
      },
    },
    '/api/v1/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This document',
        responses: { '200': json({ type: 'object' }, 'The OpenAPI document.') },
      },
    },
    '/regulations/{slug}/versions/{version}/comments.csv': download('csv'),
    '/regulations/{slug}/versions/{version}/comments.xlsx': download('xlsx'),
  },
  components: {
    schemas: {
      Error: object({
        error: {
          type: 'object',
          properties: {
            code: str,
            parameter: {
              type: 'string',
              description: 'The parameter at fault (bad-parameter only).',
            },
            message: object(
              Object.fromEntries(LOCALES.map((locale) => [locale, str])),
              'The same message in each language (zh, en).',
            ),
          },
          required: ['code', 'message'],
          additionalProperties: false,
        },
      }),
      RegulationSummary: object({
        slug: str,
        title: str,
        shortTitle: str,
        language: str,
        stage: { type: 'string', enum: [...STAGES] },
        sponsor: str,
        summary: str,
        latestVersion: nullable('string', {
          description: 'The slug of the latest version; null before any text.',
        }),
        consultations: { type: 'array', items: consultation },
      }),
      Regulation: object({
        slug: str,
        title: str,
        language: str,
        stage: { type: 'string', enum: [...STAGES] },
        sponsor: str,
        committee: str,
        summary: str,
        timeline: {
          type: 'array',
          items: object({
            stage: { type: 'string', enum: [...STAGES] },
            date,
            title: str,
            description: str,
          }),
        },
        versions: {
          type: 'array',
          items: object({
            slug: str,
            label: str,
            stage: { type: 'string', enum: [...STAGES] },
            publishedOn: date,
          }),
        },
        consultations: { type: 'array', items: consultation },
      }),
      Version: object({
        regulation: str,
        slug: str,
        label: str,
        stage: { type: 'string', enum: [...STAGES] },
        publishedOn: date,
        title: str,
        preamble: { type: 'array', items: str },
        clauses: { type: 'array', items: ref('Clause') },
      }),
      Clause: object({
        kind: { type: 'string', description: 'chapter, section, article, paragraph, item …' },
        eId: {
          type: 'string',
          description: 'The clause’s id from its place in the tree, e.g. chp_1__art_3.',
        },
        lineage: {
          type: 'string',
          description: 'Stays the same when the clause is renumbered in a later version.',
        },
        num: nullable('integer'),
        label: str,
        heading: str,
        text: str,
        commentCount: { type: 'integer' },
        children: { type: 'array', items: ref('Clause') },
      }),
      Comment: object({
        clause: nullable('string', {
          description: 'The eId of the clause; null for the draft as a whole.',
        }),
        stance: { type: 'string', enum: [...STANCES] },
        text: {
          type: 'string',
          description: 'With personal data masked and moderators’ redactions applied.',
        },
        suggestedWording: nullable('string'),
        quote: {
          oneOf: [
            { type: 'null' },
            object(
              { text: str, start: nullable('integer'), end: nullable('integer') },
              'The passage commented on; offsets in the clause’s plain text (UTF-16).',
            ),
          ],
        },
        author: nullable('string', {
          description: 'The name the commenter chose to show, masked; null when anonymous.',
        }),
        category: { type: 'string', enum: [...CATEGORIES] },
        stage: { type: 'string', enum: [...STAGES] },
        createdAt: dateTime,
        seconds: { type: 'integer', description: 'How many readers seconded (附议) the comment.' },
        disposition: nullable('string', {
          enum: [...DISPOSITIONS, null],
          description: 'What was done with it; null until answered.',
        }),
        reply: nullable('string', {
          description: 'The official public reply; null until answered.',
        }),
        repliedAt: nullable('string', { format: 'date-time' }),
        reflectedIn: {
          oneOf: [
            { type: 'null' },
            object(
              { regulation: str, version: str, clause: str, label: str },
              'The clause of a later version that reflects the disposition.',
            ),
          ],
        },
      }),
    },
  },
} as const;
