// `npm start`: builds, then opens the desktop window where the Electron runtime is present and can
// show a window; otherwise starts the browser mode on 127.0.0.1 and says so.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const passThrough = process.argv.slice(2);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

/** The runtime is not an install step here (machines without internet): fetch it once if possible. */
function tryDownloadElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || !fs.existsSync(path.join(electronDir, 'install.js'))) return null;
  console.log('正在尝试下载 Electron 运行时……');
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'pipe', timeout: 180_000 });
  return result.status === 0 ? electronBinary() : null;
}

function canShowWindow() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

run('npm', ['run', 'build', '--silent']);

const binary = electronBinary() ?? tryDownloadElectron();
if (binary && canShowWindow() && !process.env.NIANBAO_BROWSER_MODE) {
  console.log('正在启动年报桌面版……');
  const child = spawn(binary, [root, ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const reason = !binary
    ? '未找到 Electron 运行时（本机无法下载）'
    : !canShowWindow()
      ? '当前没有图形界面（DISPLAY）'
      : '已设置 NIANBAO_BROWSER_MODE';
  console.log(`${reason}，改用浏览器模式启动。`);
  const child = spawn(process.execPath, [path.join(root, 'dist', 'node', 'server-main.js'), ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}
