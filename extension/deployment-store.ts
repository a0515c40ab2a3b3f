/**
 * Saving and removing deployments from the options page, with what follows from it: a removed
 * deployment takes its allowed sites along, and host permissions no other deployment needs.
 */
import { browser } from 'wxt/browser';
import { permissionOrigins, type Deployment } from '../lib/deployments/index.js';
import { readAllowances, readDeployments, writeAllowances, writeDeployments } from './storage.js';
import { syncBridgeScripts } from './sites.js';

/** Adds a validated deployment, or replaces the one with the same id. */
export async function saveDeployment(deployment: Deployment): Promise<void> {
  const all = await readDeployments();
  const at = all.findIndex((entry) => entry.id === deployment.id);
  await writeDeployments(at < 0 ? [...all, deployment] : all.map((entry) => (entry.id === deployment.id ? deployment : entry)));
}

/** Removes a deployment, its site allowances, and the host permissions only it used. */
export async function removeDeployment(id: string): Promise<void> {
  const all = await readDeployments();
  const removed = all.find((entry) => entry.id === id);
  const rest = all.filter((entry) => entry.id !== id);
  await writeDeployments(rest);
  const allowances = await readAllowances();
  await writeAllowances(allowances.filter((entry) => entry.deploymentId !== id));
  if (removed) {
    const stillNeeded = new Set(rest.flatMap(permissionOrigins));
    const unused = permissionOrigins(removed).filter((origin) => !stillNeeded.has(origin));
    if (unused.length > 0) await browser.permissions.remove({ origins: unused }).catch(() => false);
  }
  await syncBridgeScripts().catch(() => []);
}
