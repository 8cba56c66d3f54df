import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const APP_FOLDER = 'Nianbao';

/** The same folder Electron's app.getPath('userData') gives for this app, so all hosts share one database. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_FOLDER);
}

/** `--db` wins over `NIANBAO_DB`, which wins over the user data folder. */
export function resolveDbPath(cliDb: string | undefined, env: NodeJS.ProcessEnv = process.env, dataDir = defaultDataDir(env)): string {
  const chosen = cliDb ?? env.NIANBAO_DB;
  return chosen ? path.resolve(chosen) : path.join(dataDir, 'nianbao.db');
}

/** The folder holding package.json, templates/ and dist/, found from a compiled or source file. */
export function appRootFrom(dir: string): string {
  let current = dir;
  for (let i = 0; i < 6; i += 1) {
    if (fs.existsSync(path.join(current, 'templates')) && fs.existsSync(path.join(current, 'package.json'))) return current;
    current = path.dirname(current);
  }
  return path.resolve(dir, '..', '..');
}

export function readAppVersion(root: string): string {
  return (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
}
