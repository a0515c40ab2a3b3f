/**
 * axe-core scans in real Chromium. The source is evaluated through the DevTools protocol, so a
 * page's Content-Security-Policy (the simulator's forbids inline scripts) does not block it.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Frame, Page } from '@playwright/test';

/** One serious or critical rule violation, reduced to what a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

let axeSource: Promise<string> | null = null;

/** Runs axe on `target` and returns its serious and critical violations. */
export async function seriousViolations(target: Page | Frame): Promise<AxeViolation[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const source = await axeSource;
  // Handed to the DevTools protocol as the expression itself: pages whose CSP forbids eval (the
  // extension's own pages) cannot block it.
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(source);
  return target.evaluate(async () => {
    type Result = { violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> };
    const axe = (window as unknown as { axe: { run(context: Document): Promise<Result> } }).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
