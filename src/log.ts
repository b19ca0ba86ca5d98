/** Console output with Jekyll-like topic prefixes. */
export interface Logger {
  info(topic: string, message: string): void;
  warn(topic: string, message: string): void;
  error(topic: string, message: string): void;
  debug(topic: string, message: string): void;
}

/** A console logger with Jekyll's right-aligned topic column. */
export class ConsoleLogger implements Logger {
  constructor(
    private readonly quiet = false,
    private readonly verbose = false,
  ) {}

  private line(topic: string, message: string): string {
    return `${topic.padStart(18)} ${message}`;
  }
  info(topic: string, message: string): void {
    if (!this.quiet) console.log(this.line(topic, message));
  }
  /** Silent with --quiet, as Jekyll's -q (log level :error) silences warnings; the build still counts them. */
  warn(topic: string, message: string): void {
    if (!this.quiet) console.error(this.line(topic, message));
  }
  error(topic: string, message: string): void {
    console.error(this.line(topic, message));
  }
  debug(topic: string, message: string): void {
    if (this.verbose) console.log(this.line(topic, message));
  }
}

/** Wraps a caller's logger so warnings are counted for the summary line. */
export class CountingLogger implements Logger {
  warnings = 0;
  constructor(private readonly inner: Logger) {}
  info(t: string, m: string): void {
    this.inner.info(t, m);
  }
  warn(t: string, m: string): void {
    this.warnings++;
    this.inner.warn(t, m);
  }
  error(t: string, m: string): void {
    this.inner.error(t, m);
  }
  debug(t: string, m: string): void {
    this.inner.debug(t, m);
  }
}
