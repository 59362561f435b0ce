/**
 * Asking for a password at a terminal without showing it: the terminal is put in raw mode, so
 * nothing typed is echoed, and the line is read key by key (Backspace removes the last
 * character, Enter ends the line, Ctrl-C and Ctrl-D give up). Used by create-user/create-admin
 * when no OPENCLAUSE_PASSWORD is set and standard input is a terminal; a pipe is read whole.
 */

/** The parts of a terminal's input stream the prompt uses (process.stdin, or a test's fake). */
export interface SecretInput {
  setRawMode(raw: boolean): unknown;
  on(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  off(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

/** Ctrl-C or Ctrl-D at the prompt: the user gave up. */
export class PromptCancelled extends Error {
  constructor() {
    super('cancelled at the password prompt');
    this.name = 'PromptCancelled';
  }
}

/**
 * Writes `prompt` and reads one line from `input` without echo; resolves with the line,
 * rejects with PromptCancelled on Ctrl-C (\u0003) or Ctrl-D (\u0004). The terminal leaves raw
 * mode whatever happens.
 */
export function readSecretLine(
  input: SecretInput,
  write: (text: string) => void,
  prompt: string,
): Promise<string> {
  // Raw mode before the prompt: whatever is typed once the prompt shows is never echoed.
  input.setRawMode(true);
  write(prompt);
  return new Promise((resolve, reject) => {
    let line = '';
    const finish = (outcome: () => void) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      write('\n');
      outcome();
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of typeof chunk === 'string' ? chunk : chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return finish(() => resolve(line));
        if (ch === '\u0003' || ch === '\u0004') return finish(() => reject(new PromptCancelled()));
        if (ch === '\u007f' || ch === '\b') line = [...line].slice(0, -1).join('');
        else if (ch >= ' ') line += ch;
      }
    };
    input.on('data', onData);
    input.resume();
  });
}

/**
 * Asks twice at the terminal (the second time to confirm); resolves with the password, or with
 * null when the two differ (the caller says so).
 */
export async function askNewPassword(
  input: SecretInput,
  write: (text: string) => void,
): Promise<string | null> {
  const first = await readSecretLine(input, write, '密码 Password: ');
  const second = await readSecretLine(input, write, '再输一次 Again: ');
  return first === second ? first : null;
}
