/**
 * `--dir <copy of /etc>`: finds the files of a Debian-package deployment where the packages put
 * them (jitsi-meet-prosody, jicofo, jitsi-meet-web-config), and a docker-jitsi-meet `.env` at the top.
 */
import { readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import type { DeploymentFile, DeploymentFiles } from './types.js';

/** Largest file the doctor reads; real configuration files are a few kilobytes. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Reads a file as text, refusing anything that is not a regular file of reasonable size. */
export async function readConfigFile(path: string, shownAs = path): Promise<DeploymentFile> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`${shownAs} is not a file`);
  if (info.size > MAX_FILE_BYTES) throw new Error(`${shownAs} is ${info.size} bytes; configuration files are far smaller (limit ${MAX_FILE_BYTES})`);
  return { path: shownAs, text: await readFile(path, 'utf8') };
}

async function list(dir: string, pattern: RegExp): Promise<string[]> {
  try {
    return (await readdir(dir))
      .filter((n) => pattern.test(n))
      .sort()
      .map((n) => join(dir, n));
  } catch {
    return [];
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Where a found file really is, inside the copy. Debian links the host file with an absolute path
 * (jitsi/jitsi-meet debian/jitsi-meet-prosody.postinst at 01d1379: `ln -s
 * /etc/prosody/conf.avail/<host>.cfg.lua /etc/prosody/conf.d/`), which in a copy points at this
 * machine's /etc: such a link is read inside the copy (`etc`). A link that leads out of the copy
 * is never followed: the copy may come from someone else.
 */
async function insideCopy(path: string, root: string, etc: string, shownAs: string): Promise<string> {
  const link = await readlink(path).catch(() => null);
  const mapped = link !== null && isAbsolute(link) && link.startsWith('/etc/') ? join(etc, link.slice('/etc/'.length)) : path;
  let real: string;
  try {
    real = await realpath(mapped);
  } catch {
    throw new Error(`${shownAs} links to ${link ?? mapped}, which is not in ${root}`);
  }
  const rel = relative(await realpath(root), real);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`${shownAs} leads outside ${root} (to ${real}); the doctor reads only the copy`);
  return real;
}

/** Finds the deployment's files under `root` (a copy of /etc, or of a docker-jitsi-meet checkout). */
export async function discoverFiles(root: string): Promise<DeploymentFiles> {
  const etc = (await exists(join(root, 'prosody', 'prosody.cfg.lua'))) || (await list(join(root, 'prosody'), /^conf\./)).length ? root : join(root, 'etc');
  const show = (path: string) => relative(root, path) || path;
  const read = async (path: string) => readConfigFile(await insideCopy(path, root, etc, show(path)), show(path));
  // Prosody loads conf.d (symlinks into conf.avail); read conf.avail only when conf.d is missing.
  let hostFiles = await list(join(etc, 'prosody', 'conf.d'), /\.cfg\.lua$/);
  if (hostFiles.length === 0) hostFiles = await list(join(etc, 'prosody', 'conf.avail'), /\.cfg\.lua$/);
  const main = join(etc, 'prosody', 'prosody.cfg.lua');
  const prosodyPaths = [...((await exists(main)) ? [main] : []), ...hostFiles.filter((p) => !p.endsWith('localhost.cfg.lua'))];
  const jicofoPaths = [join(etc, 'jitsi', 'jicofo', 'jicofo.conf'), join(etc, 'jitsi', 'jicofo', 'sip-communicator.properties')];
  const configJs = (await list(join(etc, 'jitsi', 'meet'), /-config\.js$/))[0];
  const env = join(root, '.env');
  const files: DeploymentFiles = {};
  if (prosodyPaths.length) files.prosody = await Promise.all(prosodyPaths.map(read));
  const jicofo = [];
  for (const p of jicofoPaths) if (await exists(p)) jicofo.push(await read(p));
  if (jicofo.length) files.jicofo = jicofo;
  if (configJs) files.configJs = await read(configJs);
  if (await exists(env)) files.dockerEnv = await read(env);
  return files;
}
