/** A likely mistake Lectern can point at; the build goes on (it is not a problem Jekyll reports). */
export interface Hint {
  /** Path relative to the site source (or a flag such as `--baseurl`). */
  file: string;
  line?: number;
  message: string;
}
