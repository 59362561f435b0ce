/**
 * Writes expected.json for a parser fixture folder from the current parser output. Read the
 * result line by line before committing it: a fixture is only as good as that reading.
 * Usage: node scripts/bless-parse-fixture.ts tests/fixtures/parse/<case>
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDraft } from '../src/lib/legislation/index.ts';

for (const dir of process.argv.slice(2)) {
  const source = fs.readFileSync(path.join(dir, 'input.md'), 'utf8');
  const result = parseDraft(source, { file: 'input.md' });
  fs.writeFileSync(path.join(dir, 'expected.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(dir, result.ok ? 'ok' : 'errors');
}
