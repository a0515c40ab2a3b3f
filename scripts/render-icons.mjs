#!/usr/bin/env node
// Renders the extension icon (extension/public/icon.svg, our own drawing) to the PNG sizes the
// stores and browsers ask for, with Debian's Chromium (no image tool is installed here):
// 16/32 toolbar (Chromium, Firefox), 24 Chromium toolbar at 1.5x, 48 extensions page and AMO,
// 64 Firefox menu panel at 2x, 96 AMO at 2x, 128 Chrome Web Store and install dialog.
// Run after changing the SVG: `node scripts/render-icons.mjs`; test/extension/build/store.test.ts
// checks every size is there at the right dimensions.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const ICON_SIZES = [16, 24, 32, 48, 64, 96, 128];

const svg = readFileSync('extension/public/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: `extension/public/icon/${size}.png`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  }
} finally {
  await browser.close();
}
