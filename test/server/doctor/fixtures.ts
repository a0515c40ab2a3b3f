/** Loads the doctor's fixture deployments (test/fixtures/doctor/<name>) the way `--dir` does. */
import { fileURLToPath } from 'node:url';
import { discoverFiles } from '../../../server/doctor/discover.js';
import type { DoctorReport } from '../../../server/doctor/types.js';

/** The folder of a fixture deployment. */
export function fixtureDir(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/doctor/${name}`, import.meta.url));
}

/** The files of a fixture deployment. */
export function fixtureFiles(name: string) {
  return discoverFiles(fixtureDir(name));
}

/** Finding check ids, sorted, for exact comparisons. */
export function checkIds(report: DoctorReport): string[] {
  return report.findings.map((f) => f.check).sort();
}
