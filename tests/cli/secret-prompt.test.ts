/**
 * create-admin at a terminal asks for the password without showing it: the README's first staff
 * step is typed at a terminal, where standard input used to read as an empty password and fail
 * as "too short".
 */
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PromptCancelled,
  askNewPassword,
  readSecretLine,
  type SecretInput,
} from '../../src/cli/secret-prompt.ts';

/** A terminal's input stream: records raw mode, and types `keys` once listened to. */
function fakeTerminal(...keys: string[]): SecretInput & { raw: boolean[] } {
  const emitter = new EventEmitter();
  const raw: boolean[] = [];
  const pending = [...keys];
  return {
    raw,
    setRawMode: (on: boolean) => raw.push(on),
    on: (event, listener) => {
      emitter.on(event, listener);
      const chunk = pending.shift();
      if (chunk !== undefined) queueMicrotask(() => emitter.emit('data', Buffer.from(chunk)));
      return undefined;
    },
    off: (event, listener) => emitter.off(event, listener),
    resume: () => undefined,
    pause: () => undefined,
  };
}

describe('readSecretLine', () => {
  it('reads a line typed at the terminal, in raw mode, and restores the terminal', async () => {
    const out: string[] = [];
    const input = fakeTerminal('长密码 passphrase\r');
    expect(await readSecretLine(input, (t) => out.push(t), 'Password: ')).toBe('长密码 passphrase');
    expect(input.raw).toEqual([true, false]);
    expect(out.join('')).toBe('Password: \n');
  });

  it('turns echo off before the prompt shows, so nothing typed after it is echoed', async () => {
    const events: string[] = [];
    const input = fakeTerminal('secret passphrase\r');
    const setRawMode = input.setRawMode;
    input.setRawMode = (on: boolean) => (events.push(`raw ${on}`), setRawMode(on));
    await readSecretLine(input, (t) => events.push(`write ${t}`), 'Password: ');
    expect(events.slice(0, 2)).toEqual(['raw true', 'write Password: ']);
  });

  it('takes Backspace as removing the last character, Chinese ones included', async () => {
    const input = fakeTerminal('abcx\u007f密码码\u007fdef\n');
    expect(await readSecretLine(input, () => undefined, '')).toBe('abc密码def');
  });

  it('gives up on Ctrl-C, leaving raw mode', async () => {
    const input = fakeTerminal('abc\u0003');
    await expect(readSecretLine(input, () => undefined, '')).rejects.toBeInstanceOf(
      PromptCancelled,
    );
    expect(input.raw).toEqual([true, false]);
  });

  it('askNewPassword gives null when the confirmation differs', async () => {
    expect(
      await askNewPassword(fakeTerminal('one passphrase\r', 'two passphrase\r'), () => {}),
    ).toBe(null);
    expect(
      await askNewPassword(fakeTerminal('same passphrase\r', 'same passphrase\r'), () => {}),
    ).toBe('same passphrase');
  });
});

const hasScript = fs.existsSync('/usr/bin/script');

describe.skipIf(!hasScript)(
  'openclause create-admin at a real terminal (util-linux script)',
  () => {
    it('asks twice without echo and creates the account', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-tty-'));
      const root = path.resolve(import.meta.dirname, '../..');
      const env: NodeJS.ProcessEnv = { ...process.env, OPENCLAUSE_DATA_DIR: dir };
      delete env['DATABASE_URL'];
      delete env['OPENCLAUSE_PASSWORD'];
      const secret = 'a terminal passphrase';
      try {
        const child = spawn(
          '/usr/bin/script',
          [
            '-qec',
            `${process.execPath} bin/openclause.js create-admin --username admin`,
            '/dev/null',
          ],
          { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] },
        );
        let seen = '';
        let typed = 0;
        const done = new Promise<number>((resolve) =>
          child.on('close', (code) => resolve(code ?? -1)),
        );
        child.stdout.on('data', (chunk: Buffer) => {
          seen += chunk.toString('utf8');
          // Type only once the prompt is up (the terminal is in raw mode from then on).
          const prompts = (seen.match(/Password: |Again: /g) ?? []).length;
          while (typed < prompts) {
            child.stdin.write(`${secret}\r`);
            typed++;
          }
        });
        // A prompt that never comes (or input never read) must fail the test, not hang it.
        const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        const code = await done;
        clearTimeout(timer);
        expect(seen).toContain('Password: ');
        expect(seen).toContain('Again: ');
        expect(seen).toContain('Created admin');
        expect(seen).not.toContain(secret);
        expect(code).toBe(0);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }, 90_000);
  },
);
