/**
 * `npx openclause …` as the README tells it (#16: "a small file parses in under 1 s end to end").
 * When the project's own package.json declares the bin, npm exec treats the command as the
 * project running itself and first loads the whole installed tree (835 packages) to "install"
 * it: 2–4 s before the CLI starts, on every call, since `npm start` touches the project folder
 * and so voids npm's cached tree. A bin linked into node_modules/.bin by a `file:` dependency
 * (bin/package.json) is found by npm exec's quick look-up instead, and npm runs it at once.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const readJson = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;

describe('the openclause command for npx', () => {
  it('is not declared by the project itself, which would make npm exec load the whole tree', () => {
    expect(readJson('package.json')['bin']).toBeUndefined();
  });

  it('comes from a file: dependency whose bin is bin/openclause.js', () => {
    const deps = readJson('package.json')['dependencies'] as Record<string, string>;
    const cli = readJson('bin/package.json');
    expect(deps[cli['name'] as string]).toBe('file:bin');
    expect(cli['bin']).toEqual({ openclause: 'openclause.js' });
    // Production installs (npm ci --omit=dev) keep it: a dependency, not a devDependency.
    const dev = (readJson('package.json')['devDependencies'] ?? {}) as Record<string, string>;
    expect(dev[cli['name'] as string]).toBeUndefined();
  });

  it('is linked into node_modules/.bin by npm install and runs the CLI', () => {
    const link = path.join(root, 'node_modules', '.bin', 'openclause');
    expect(fs.realpathSync(link)).toBe(fs.realpathSync(path.join(root, 'bin', 'openclause.js')));
    const run = spawnSync(link, ['--help'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Usage: openclause <command>/);
  });
});
