import type { APIRoute } from 'astro';
import { getReadDb } from '../../../../../lib/db/index.ts';
import { formatDate } from '../../../../../lib/i18n/index.ts';
import { buildTree, getVersion } from '../../../../../lib/regulations/index.ts';
import { versionDocx } from '../../../../../lib/regulations/version-docx.ts';

/** A version's text as a Word document (immutable once published, so cacheable for a day). */
export const GET: APIRoute = async ({ params, locals }) => {
  const data = await getVersion(await getReadDb(), params['slug'] ?? '', params['version'] ?? '');
  if (!data) return new Response(null, { status: 404 });
  const { version, regulation: reg, clauses } = data;
  const language = reg.language === 'en' ? 'en' : 'zh';
  const body = await versionDocx(buildTree(clauses), {
    title: version.title,
    subtitle: `${version.label} · ${formatDate(version.publishedOn, language, locals.config.timeZone)}`,
    language,
    preamble: version.preamble,
  });
  const name = `${reg.shortTitle}-${version.label}.docx`;
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="${version.slug}.docx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'public, max-age=86400',
    },
  });
};
