/**
 * Run after `npm install`: guards postgres.js against porsager/postgres#1208 (also #1066,
 * #1154; fix proposed in #1209, unreleased in 3.4.9). When a connection closes while a small
 * write is queued — PostgreSQL restarting, a proxy or network cut — `nextWrite` dereferences
 * the nulled socket inside a `setImmediate`, an uncatchable TypeError that ends the process;
 * and a query on a reserved (transaction) connection would wait forever. The guard rejects
 * the waiting queries with CONNECTION_CLOSED instead, so the app answers "try again" and
 * recovers when the database returns (tests/faults/postgres-outage.test.ts).
 *
 * Idempotent; says so and does nothing when the library's code no longer matches.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const MARK = 'openclause: porsager/postgres#1208';
const ORIGINAL = '  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)';
const GUARDED = `  function nextWrite(fn) {
    if (!socket) { // ${MARK}
      nextWriteTimer !== null && clearImmediate(nextWriteTimer)
      chunk = nextWriteTimer = null
      error(Errors.connection('CONNECTION_CLOSED', options, socket))
      return false
    }
    const x = socket.write(chunk, fn)`;

for (const variant of ['src', 'cjs/src', 'cf/src']) {
  const file = path.join(root, 'node_modules/postgres', variant, 'connection.js');
  if (!fs.existsSync(file)) continue;
  const source = fs.readFileSync(file, 'utf8');
  if (source.includes(MARK)) continue;
  if (!source.includes(ORIGINAL)) {
    process.stdout.write(
      `patch-postgres: ${path.relative(root, file)} has changed; check whether #1208 is fixed upstream\n`,
    );
    continue;
  }
  fs.writeFileSync(file, source.replace(ORIGINAL, GUARDED));
}
