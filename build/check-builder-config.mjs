// Validates electron-builder.yml without the Electron runtime: the schema check electron-builder runs
// before any build, plus the targets this product promises (Windows NSIS x64; Linux deb + AppImage on
// x64 and arm64 for UOS/Kylin; macOS dmg) and the resources it must ship.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
await validateConfiguration(config, new DebugLogger(false));

const problems = [];
const targets = (platform) => (config[platform]?.target ?? []).map((t) => (typeof t === 'string' ? { target: t, arch: [] } : t));
const has = (platform, target, archs) => {
  const t = targets(platform).find((x) => x.target === target);
  if (!t) return problems.push(`${platform}: missing target ${target}`);
  for (const arch of archs) if (!t.arch?.includes(arch)) problems.push(`${platform}/${target}: missing arch ${arch}`);
};
has('win', 'nsis', ['x64']);
has('linux', 'deb', ['x64', 'arm64']);
has('linux', 'AppImage', ['x64', 'arm64']);
has('mac', 'dmg', []);
if (!config.extraResources?.some((r) => r.from === 'templates')) problems.push('templates are not shipped as resources');
if (config.npmRebuild !== true) problems.push('better-sqlite3 must be rebuilt for Electron at packaging time (npmRebuild)');
const fileFilters = (config.files ?? []).flatMap((f) => (typeof f === 'string' ? [f] : (f.filter ?? [])));
if (!fileFilters.includes('dist/electron/**') || !fileFilters.includes('dist/renderer/**')) problems.push('dist/ is not packaged');

if (problems.length) {
  console.error(`electron-builder.yml 有问题：\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('electron-builder.yml: configuration valid (schema, targets win/nsis, linux/deb+AppImage x64+arm64, mac/dmg, resources)');
