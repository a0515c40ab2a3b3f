#!/usr/bin/env node
// `npm test`: type check, unit tests (vitest) and real-browser tests (Playwright with Debian's
// Chromium), then one closing line "N passed, N failed". Fails when anything fails or nothing ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// Playwright empties test-results/ (its screenshots and traces) when it starts, so the JSON reports live apart.
const results = 'test-reports';
mkdirSync(results, { recursive: true });
const bin = (name) => join('node_modules', '.bin', name);
const run = (command, args, env = {}) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

let passed = 0;
let failed = 0;
const problems = [];

console.log('\n# Type check');
for (const project of ['tsconfig.json', 'tsconfig.extension.json']) {
  if (run(bin('tsc'), ['--noEmit', '-p', project]) !== 0) problems.push(`type check of ${project} failed`);
}

console.log('\n# Lint and format check (Biome, biome.jsonc)');
if (run(bin('biome'), ['lint', '.']) !== 0) problems.push('biome lint found problems');
if (run(bin('biome'), ['format', '.']) !== 0) problems.push('files are not formatted: run `npm run format`');

console.log('\n# Unit tests (vitest)');
const unitJson = join(results, 'unit.json');
const unitStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
if (existsSync(unitJson)) {
  const unit = JSON.parse(readFileSync(unitJson, 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (unit.numTotalTests === 0) problems.push('no unit test ran');
}
if (unitStatus !== 0) problems.push('unit tests failed');

console.log('\n# Extension: Firefox build and web-ext lint (addons-linter)');
if (run('npm', ['run', '--silent', 'lint:ext']) !== 0) problems.push('the Firefox extension build has lint errors');

/** Whether a folder holds Playwright specs. */
const hasSpecs = (dir) => existsSync(dir) && readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.spec.ts'));

if (hasSpecs('test/e2e')) {
  console.log('\n# Real-browser tests (Playwright, /usr/bin/chromium)');
  const e2eJson = join(results, 'e2e.json');
  const e2eStatus = run(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });
  if (existsSync(e2eJson)) {
    const { stats } = JSON.parse(readFileSync(e2eJson, 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    if (stats.expected + stats.unexpected + stats.flaky === 0) problems.push('no browser test ran');
  } else {
    problems.push('the browser tests wrote no report');
  }
  if (e2eStatus !== 0) problems.push('browser tests failed');
}

if (hasSpecs('test/e2e/firefox')) {
  console.log('\n# Extension in Firefox (Playwright runner, Firefox ESR over WebDriver BiDi)');
  const firefoxJson = join(results, 'e2e-firefox.json');
  const firefoxStatus = run(bin('playwright'), ['test', '-c', 'playwright.firefox.config.ts', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: firefoxJson,
  });
  if (existsSync(firefoxJson)) {
    const { stats } = JSON.parse(readFileSync(firefoxJson, 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    if (stats.expected + stats.unexpected + stats.flaky === 0) problems.push('no Firefox test ran');
  } else {
    problems.push('the Firefox tests wrote no report');
  }
  if (firefoxStatus !== 0) problems.push('Firefox tests failed');
}

if (passed + failed === 0) problems.push('no test ran');
for (const problem of problems) console.error(`npm test: ${problem}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(problems.length ? 1 : 0);
