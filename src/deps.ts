/** What each output used while rendering (layouts, includes, data files, documents), for incremental rebuilds. */
export class Dependencies {
  /** Source file (absolute) → the items (relative paths) whose output depends on it. */
  private readonly dependents = new Map<string, Set<string>>();
  private readonly dataFiles = new Set<string>();
  private current?: string;

  /** Starts recording for the item being rendered. */
  begin(item: string): void {
    this.current = item;
  }

  /** Stops recording. */
  end(): void {
    this.current = undefined;
  }

  /** Records that the item being rendered read `file`. */
  used(file: string): void {
    if (!this.current) return;
    let set = this.dependents.get(file);
    if (!set) this.dependents.set(file, (set = new Set()));
    set.add(this.current);
  }

  /** Notes a data file read into `site.data` (every page may use it). */
  data(file: string): void {
    this.dataFiles.add(file);
  }

  /** Items that used `file` while rendering. */
  dependentsOf(file: string): Set<string> {
    return this.dependents.get(file) ?? new Set();
  }

  /** True when `file` feeds `site.data`. */
  isData(file: string): boolean {
    return this.dataFiles.has(file);
  }
}
