/** Input we could not use: the message says what was wrong, for one file or item, and the run goes on. */
export class ImportError extends Error {
  constructor(message: string, readonly item?: string) {
    super(message);
  }
}
