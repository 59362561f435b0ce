/**
 * The baseline for the intake benchmark: a bare node:http handler that parses the same form
 * and inserts the same comment row with postgres.js, nothing else (no validation, rate limit,
 * masking, counts or page). It writes to bench_comments, a copy of the comments table with the
 * same columns and indexes, so the kept counts of the real table stay exact.
 * Env: DATABASE_URL, PORT, BENCH_VERSION_ID, BENCH_CONSULTATION_ID.
 */
import http from 'node:http';
import postgres from 'postgres';
import { generateReceiptCode } from '../../src/lib/comments/receipt.ts';

const sql = postgres(process.env['DATABASE_URL']!, { max: 10, onnotice: () => {} });
const versionId = Number(process.env['BENCH_VERSION_ID']);
const consultationId = Number(process.env['BENCH_CONSULTATION_ID']);
const clauseIds = new Map(
  (
    await sql<
      { id: number; e_id: string }[]
    >`select id, e_id from clauses where version_id = ${versionId}`
  ).map((c) => [c.e_id, c.id]),
);

const server = http.createServer((req, res) => {
  if (req.url === '/health') return void res.end('ok');
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => void store());
  const store = async () => {
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const receipt = generateReceiptCode();
    const eId = form.get('clause');
    try {
      await sql`insert into bench_comments ${sql({
        receipt_code: receipt,
        idempotency_key: form.get('idempotencyKey') ?? '',
        consultation_id: consultationId,
        version_id: versionId,
        clause_id: eId ? (clauseIds.get(eId) ?? null) : null,
        clause_e_id: eId,
        stance: form.get('stance') ?? 'amend',
        body: form.get('body') ?? '',
        public_body: form.get('body') ?? '',
        display_name: form.get('displayName'),
        category: form.get('category') ?? 'individual',
        consent_publish: form.get('consentPublish') === 'on',
        channel: 'online',
        address_hash: 'bare',
      })}`;
      res.writeHead(303, { Location: `/receipts/${receipt}?new=1` }).end();
    } catch {
      res.writeHead(503).end();
    }
  };
});
server.listen(Number(process.env['PORT']), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => void sql.end().then(() => process.exit(0))));
