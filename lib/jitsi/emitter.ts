/**
 * A small EventEmitter with the methods of the `events` package Jitsi's external_api.js extends
 * (on/off/once/addListener/prependListener/prependOnceListener/removeListener/removeAllListeners/
 * emit/listenerCount/listeners/rawListeners/eventNames/setMaxListeners/getMaxListeners — a page may
 * call any of them on the real host; compare-host found six missing), because the host API must run
 * in extension pages and plain browsers where Node's `events` module does not exist. On purpose, a
 * listener that throws does not stop the others (it is reported on a microtask), and there is no
 * max-listeners warning.
 */

/** Any listener. */
export type Listener = (...args: any[]) => void;

/** Reports a listener's exception without stopping the other listeners or the caller. */
function reportLater(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}

/** Node-style event emitter. */
export class Emitter {
  #listeners = new Map<string | symbol, Array<{ fn: Listener; once: boolean }>>();
  #maxListeners = 10;

  /** Adds a listener. */
  on(event: string | symbol, listener: Listener): this {
    return this.#add(event, listener, false);
  }

  /** Adds a listener that runs at most once. */
  once(event: string | symbol, listener: Listener): this {
    return this.#add(event, listener, true);
  }

  /** Alias of `on`. */
  addListener(event: string | symbol, listener: Listener): this {
    return this.on(event, listener);
  }

  /** Adds a listener before the others. */
  prependListener(event: string | symbol, listener: Listener): this {
    return this.#add(event, listener, false, true);
  }

  /** Adds a once-listener before the others. */
  prependOnceListener(event: string | symbol, listener: Listener): this {
    return this.#add(event, listener, true, true);
  }

  /** Copies of the listeners of `event`, in call order. */
  listeners(event: string | symbol): Listener[] {
    return (this.#listeners.get(event) ?? []).map((entry) => entry.fn);
  }

  /** As `listeners`, but a once-listener comes as its wrapper (`.listener` is the original), as Node gives it. */
  rawListeners(event: string | symbol): Listener[] {
    return (this.#listeners.get(event) ?? []).map((entry) => {
      if (!entry.once) return entry.fn;
      const wrapper = (...args: unknown[]) => {
        this.#remove(event, entry);
        entry.fn.apply(this, args);
      };
      return Object.assign(wrapper, { listener: entry.fn });
    });
  }

  /** Stored and returned only: no leak warning is printed. */
  setMaxListeners(n: number): this {
    this.#maxListeners = n;
    return this;
  }

  /** 10 unless set, as Node's `defaultMaxListeners`. */
  getMaxListeners(): number {
    return this.#maxListeners;
  }

  /** Removes the most recently added registration of `listener`. */
  off(event: string | symbol, listener: Listener): this {
    const list = this.#listeners.get(event);
    if (!list) return this;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i]?.fn === listener) {
        list.splice(i, 1);
        break;
      }
    }
    if (list.length === 0) this.#listeners.delete(event);
    return this;
  }

  /** Alias of `off`. */
  removeListener(event: string | symbol, listener: Listener): this {
    return this.off(event, listener);
  }

  /** Removes every listener of `event`, or of every event. */
  removeAllListeners(event?: string | symbol): this {
    if (event === undefined) this.#listeners.clear();
    else this.#listeners.delete(event);
    return this;
  }

  /** Calls the listeners of `event` in order; true when there was at least one. */
  emit(event: string | symbol, ...args: unknown[]): boolean {
    const list = this.#listeners.get(event);
    if (!list || list.length === 0) return false;
    for (const entry of [...list]) {
      if (entry.once) this.#remove(event, entry);
      try {
        entry.fn.apply(this, args);
      } catch (error) {
        reportLater(error);
      }
    }
    return true;
  }

  /** How many listeners `event` has, or all events together when omitted. */
  listenerCount(event?: string | symbol): number {
    if (event !== undefined) return this.#listeners.get(event)?.length ?? 0;
    let total = 0;
    for (const list of this.#listeners.values()) total += list.length;
    return total;
  }

  /** The events that have listeners. */
  eventNames(): Array<string | symbol> {
    return [...this.#listeners.keys()];
  }

  #remove(event: string | symbol, entry: { fn: Listener; once: boolean }): void {
    const list = this.#listeners.get(event);
    const index = list?.indexOf(entry) ?? -1;
    if (!list || index < 0) return;
    list.splice(index, 1);
    if (list.length === 0) this.#listeners.delete(event);
  }

  #add(event: string | symbol, fn: Listener, once: boolean, first = false): this {
    const list = this.#listeners.get(event) ?? [];
    if (first) list.unshift({ fn, once });
    else list.push({ fn, once });
    this.#listeners.set(event, list);
    return this;
  }
}
