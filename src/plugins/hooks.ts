import type { Hook, HookArgs, HookName } from "./types.js";

/** Registered hooks by name, run in registration order. */
export class HookTable {
  private readonly table = new Map<HookName, Hook[]>();

  /** Adds a hook. */
  on(name: HookName, fn: Hook): void {
    const list = this.table.get(name);
    if (list) list.push(fn);
    else this.table.set(name, [fn]);
  }

  /** True when any hook is registered under `name` (lets hot loops skip work). */
  has(name: HookName): boolean {
    return (this.table.get(name)?.length ?? 0) > 0;
  }

  /** Runs every hook registered under `name`. */
  async run(name: HookName, args: HookArgs): Promise<void> {
    for (const fn of this.table.get(name) ?? []) await fn(args);
  }
}
