/**
 * `openclause` command line. Each command lives in ./commands/<name>.ts and exports
 * `run(args, io)`; this file only dispatches.
 */
import type { CliIo } from './io.ts';

export type { CliIo } from './io.ts';

type Command = {
  summary: string;
  load: () => Promise<{ run: (args: string[], io: CliIo) => Promise<number>; USAGE?: string }>;
};

const commands: Record<string, Command> = {
  parse: {
    summary: 'Print the clause tree of a draft (--json), or JSON lines for many files or a folder',
    load: () => import('./commands/parse.ts'),
  },
  campaigns: {
    summary: 'Form-letter groups of a consultation (--json)',
    load: () => import('./commands/campaigns.ts'),
  },
  'import-comments': {
    summary: 'Import a CSV/XLSX of offline opinions (--consultation ID)',
    load: () => import('./commands/import-comments.ts'),
  },
  compare: {
    summary: 'Align two versions article by article (--json for JSON)',
    load: () => import('./commands/compare.ts'),
  },
  migrate: { summary: 'Apply database migrations', load: () => import('./commands/migrate.ts') },
  sync: {
    summary: 'Migrate, then load content/ into the database',
    load: () => import('./commands/sync.ts'),
  },
  'create-admin': {
    summary: 'Create the first administrator account',
    load: () => import('./commands/create-admin.ts'),
  },
  'create-user': {
    summary: 'Create a staff account with roles',
    load: () => import('./commands/create-user.ts'),
  },
  'reset-two-factor': {
    summary: 'Turn off the second factor of an account (lost phone)',
    load: () => import('./commands/reset-two-factor.ts'),
  },
  seed: {
    summary: 'Fill the database with realistic comments (--comments N)',
    load: () => import('./commands/seed.ts'),
  },
  'purge-personal-data': {
    summary: 'Remove contact details and address hashes past retention (--dry-run)',
    load: () => import('./commands/purge-personal-data.ts'),
  },
};

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

const HELP = new Set(['--help', '-h', 'help']);

function overview(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length)) + 2;
  const list = Object.entries(commands)
    .map(([n, c]) => `  ${n.padEnd(width)}${c.summary}`)
    .join('\n');
  return `Usage: openclause <command> [options]\n       openclause <command> --help\n\nCommands:\n${list}\n`;
}

export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || HELP.has(name)) {
    // Asked for: the overview on stdout, exit 0.
    io.stdout(overview());
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`未知命令 Unknown command "${name}".\n${overview()}`);
    return 2;
  }
  const mod = await command.load();
  if (rest.some((a) => a === '--help' || a === '-h')) {
    io.stdout(mod.USAGE ?? `Usage: openclause ${name}\n`);
    io.stdout(`${command.summary}.\n`);
    return 0;
  }
  return mod.run(rest, io);
}
