/**
 * Size budgets: each package entry is built as a site ships it (minified, code-split, gzipped)
 * and must stay within its budget (test/build/budgets.ts): what loads up front (the entry and its
 * static imports) and, where set, everything it can load (lazy chunks included), so splitting
 * code off cannot pass for making it smaller.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { entrySize, kb, type EntrySize } from '../../bench/measure.js';
import { webComponentBuildOptions } from '../../scripts/web-component.mjs';
import { ENTRIES, measureEntry, withinBudget, withinTotalBudget } from './budgets.js';

describe('package entry sizes', () => {
  it.each(ENTRIES)(
    '$name stays within $budget KB min+gzip',
    async (entry) => {
      const size = await measureEntry(entry);
      expect(withinBudget(entry, size), `${entry.name}: ${kb(size.gzip)} > ${entry.budget} KB`).toBe(true);
      expect(withinTotalBudget(entry, size), `${entry.name}, all chunks: ${kb(size.totalGzip)} > ${entry.totalBudget} KB`).toBe(true);
    },
    60_000,
  );

  describe('the component entry', () => {
    let size: EntrySize;
    const component = ENTRIES[0];
    const eagerInputs = () => size.chunks.filter((chunk) => chunk.eager).flatMap((chunk) => chunk.inputs);
    const lazyInputs = () => size.chunks.filter((chunk) => !chunk.eager).flatMap((chunk) => chunk.inputs);

    it('is measured', async () => {
      size = await entrySize(component?.source ?? '', component?.options ?? {});
      expect(size.totalGzip).toBe(size.gzip + size.lazyGzip);
    }, 60_000);

    const chunkWith = (input: string) => size.chunks.find((chunk) => chunk.inputs.includes(input));

    it('loads the extension bridge only on demand, apart from the meeting runtime', () => {
      expect(eagerInputs().filter((input) => input.startsWith('lib/bridge/'))).toEqual([]);
      const bridge = chunkWith('lib/bridge/client.ts');
      expect(bridge?.eager).toBe(false);
      expect(bridge?.inputs).not.toContain('components/runtime/index.ts');
    });

    it('fetches the runtime in one round trip: everything it imports statically is loaded up front already', () => {
      const runtime = chunkWith('components/runtime/index.ts');
      expect(runtime?.eager).toBe(false);
      const eagerFiles = size.chunks.filter((chunk) => chunk.eager).map((chunk) => chunk.file);
      for (const imported of runtime?.imports ?? []) expect(eagerFiles).toContain(imported);
    });

    it('loads the session controller, token inspector and meeting frame with the runtime, after the first render', () => {
      for (const module of ['lib/session/controller.ts', 'lib/token/inspect.ts', 'components/MeetingFrame.tsx', 'components/JitsiFrame.tsx']) {
        expect(lazyInputs()).toContain(module);
        expect(eagerInputs()).not.toContain(module);
      }
      // The frame is mounted as @jitsi/react-sdk's JitsiMeeting mounts it (JitsiFrame.tsx), without the SDK.
      expect([...lazyInputs(), ...eagerInputs()].some((input) => input.includes('@jitsi/react-sdk'))).toBe(false);
      // What the first render and the script's start need stays up front.
      for (const module of ['components/SecureMeeting.tsx', 'components/screens/CheckingScreen.tsx', 'lib/jitsi/script-loader.ts'])
        expect(eagerInputs()).toContain(module);
    });
  });

  it('keeps the inspector core (meetgate/token/core) to the verdict: no words, no holder report', async () => {
    const core = ENTRIES.find((entry) => entry.source === './lib/token/core.ts');
    const size = await entrySize(core?.source ?? '', core?.options ?? {});
    const inputs = size.chunks.flatMap((chunk) => chunk.inputs);
    expect(inputs).toContain('lib/token/judge.ts');
    expect(inputs).toContain('lib/token/prosody/lua-pattern.ts');
    for (const module of ['lib/token/wording.ts', 'lib/token/holder.ts', 'lib/token/checks/identity.ts', 'lib/time/format.ts', 'lib/token/inspect.ts'])
      expect(inputs).not.toContain(module);
  }, 60_000);

  it('leaves the extension bridge out of meetgate-meeting.js, which cannot ask the extension', async () => {
    const result = await build({ ...webComponentBuildOptions(), write: false, outdir: '/meetgate-size', metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => input.startsWith('lib/bridge/'))).toEqual([]);
    expect(inputs).toContain('components/web/extension-source.ts');
    expect(inputs).not.toContain('components/extension-source.ts');
    expect(inputs).toContain('components/runtime/load-static.ts');
  }, 60_000);
});
