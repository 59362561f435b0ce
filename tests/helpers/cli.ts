/** Running the CLI in tests: an io for `main` that keeps what the command printed. */
export function capture() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout: (t: string) => void (out.stdout += t),
      stderr: (t: string) => void (out.stderr += t),
    },
  };
}
