/** React hooks over the extension's storage: current value, kept up to date as storage changes. */
import { useEffect, useState } from 'react';
import type { WxtStorageItem } from '@wxt-dev/storage';

/**
 * The value of a storage item, read through `read` (which may validate it), re-read whenever
 * the item changes. `undefined` until the first read finishes.
 */
export function useStored<T, S>(item: WxtStorageItem<S, Record<string, unknown>>, read: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const load = (): void =>
      void read().then((next) => {
        if (live) setValue(next);
      });
    load();
    const unwatch = item.watch(load);
    return () => {
      live = false;
      unwatch();
    };
  }, [item, read]);
  return value;
}
