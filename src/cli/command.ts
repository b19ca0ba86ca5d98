/** One CLI sub-command, loaded lazily by `main` so start-up stays small. */
export interface Command {
  name: string;
  /** One line for `lectern --help`. */
  summary: string;
  /** Full usage text for `lectern NAME --help`. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(argv: string[]): Promise<number>;
}
