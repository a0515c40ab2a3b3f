/**
 * Runs the named timers the model asks for: after each transition the controller hands over the
 * wanted due times, and this starts, moves or clears real timers to match.
 */
import type { TimerHandle, Timers } from '../sources/timers.js';
import type { TimerName } from './types.js';

/** Named timers kept in step with a `{ name: dueAt }` record. */
export class TimerSet {
  private running = new Map<TimerName, { at: number; handle: TimerHandle }>();

  constructor(
    private readonly timers: Timers,
    private readonly fire: (name: TimerName) => void,
  ) {}

  /** Makes the running timers exactly `wanted`. */
  sync(wanted: Partial<Record<TimerName, number>>): void {
    for (const [name, timer] of this.running) {
      if (wanted[name] !== timer.at) {
        this.timers.clearTimeout(timer.handle);
        this.running.delete(name);
      }
    }
    for (const [name, at] of Object.entries(wanted) as Array<[TimerName, number]>) {
      if (this.running.has(name)) continue;
      const handle = this.timers.setTimeout(
        () => {
          this.running.delete(name);
          this.fire(name);
        },
        Math.max(0, at - this.timers.now()),
      );
      this.running.set(name, { at, handle });
    }
  }

  /** Stops everything. */
  clear(): void {
    for (const timer of this.running.values()) this.timers.clearTimeout(timer.handle);
    this.running.clear();
  }

  /** How many timers run (tests and leak checks). */
  get size(): number {
    return this.running.size;
  }
}
