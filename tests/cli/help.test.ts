/** `openclause --help` and `openclause <command> --help` answer on stdout and exit 0. */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { capture } from '../helpers/cli.ts';

const COMMANDS = [
  'parse',
  'campaigns',
  'import-comments',
  'compare',
  'migrate',
  'sync',
  'create-admin',
  'create-user',
  'reset-two-factor',
  'seed',
  'purge-personal-data',
];

describe('openclause help', () => {
  for (const ask of [[], ['--help'], ['-h'], ['help']]) {
    it(`lists every command for ${JSON.stringify(ask)}, summaries in one column`, async () => {
      const { out, io } = capture();
      expect(await main(ask, io)).toBe(0);
      expect(out.stderr).toBe('');
      const lines = out.stdout.split('\n').filter((l) => /^ {2}\S/.test(l));
      expect(lines.map((l) => l.trim().split(/\s+/)[0])).toEqual(COMMANDS);
      // Every summary starts in the same column, after at least two spaces.
      const columns = new Set(
        lines.map((l) => l.search(/\S\s{2,}\S/) + l.match(/\S\s{2,}/)![0].length),
      );
      expect(columns.size).toBe(1);
    });
  }

  for (const name of COMMANDS) {
    it(`${name} --help prints its usage on stdout and exits 0`, async () => {
      const { out, io } = capture();
      expect(await main([name, '--help'], io)).toBe(0);
      expect(out.stdout).toMatch(new RegExp(`^Usage: openclause ${name}\\b`));
      expect(out.stderr).toBe('');
    });
  }

  it('refuses an unknown command with exit 2 and the list on stderr', async () => {
    const { out, io } = capture();
    expect(await main(['pasre'], io)).toBe(2);
    expect(out.stderr).toContain('Unknown command "pasre"');
    expect(out.stderr).toContain('  parse');
    expect(out.stdout).toBe('');
  });
});
