/** What a CLI command may touch, so tests can run it in process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): string;
}

/** Bad command-line usage: exit status 2 with the usage text. */
export class UsageError extends Error {}
