/**
 * `openclause` command line. Each command lives in ./commands/<name>.ts and exports
 * `run(args, io)`; this file only dispatches.
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

type Command = { summary: string; load: () => Promise<{ run: (args: string[], io: CliIo) => Promise<number> }> };

const commands: Record<string, Command> = {
};

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    const list = Object.entries(commands)
      .map(([n, c]) => `  ${n.padEnd(18)}${c.summary}`)
      .join('\n');
    io.stderr(`${name ? `Unknown command "${name}".\n` : ''}Usage: openclause <command> [options]\n\nCommands:\n${list}\n`);
    return name ? 2 : 0;
  }
  const mod = await command.load();
  return mod.run(rest, io);
}
