/** Where a command writes (the terminal, or a test's buffers); apart from main.ts, which loads the commands. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}
