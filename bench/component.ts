/**
 * Component packaging sizes: the `meetgate` entry without its peer dependencies (React), target
 * under 12 KB gzipped, and the one-script-tag web component (which brings React along).
 */
import { bundleSize, kb } from './measure.js';

const PEERS = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];

/** Runs the section and returns its numbers. */
export async function benchComponent(): Promise<Record<string, number | string>> {
  const entry = await bundleSize(`export * from './components/index.ts';`, { external: PEERS, platform: 'browser' });
  const tokenPart = await bundleSize(`export { inspectToken } from './lib/token/index.ts';`);
  const web = await bundleSize(`import './components/web/register.ts';`, { platform: 'browser' });
  return {
    'meetgate entry min+gzip, peers excluded (target < 12 KB)': kb(entry.gzip),
    '  of which the token inspector': kb(tokenPart.gzip),
    'meetgate entry minified': kb(entry.min),
    '<meetgate-meeting> web component min+gzip (with React)': kb(web.gzip),
  };
}
