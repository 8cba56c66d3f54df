import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../helpers';

// The Electron runtime cannot be downloaded here, so packaging runs against a stand-in electronDist:
// enough to check what electron-builder puts into the app (the installers are a later issue).
describe('packaging (electron-builder)', () => {
  it('validates electron-builder.yml and its promised targets', () => {
    const out = execFileSync(process.execPath, [path.join(REPO_ROOT, 'build', 'check-builder-config.mjs')], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(out).toContain('configuration valid');
  });

  it('packages the built app, the templates as resources and better-sqlite3 unpacked, and no source maps', () => {
    const fakeElectron = tempDir('fake-electron-');
    fs.writeFileSync(path.join(fakeElectron, 'electron'), '');
    fs.chmodSync(path.join(fakeElectron, 'electron'), 0o755);
    const output = tempDir('nianbao-release-');
    execFileSync(
      process.execPath,
      [
        path.join(REPO_ROOT, 'node_modules', 'electron-builder', 'cli.js'),
        '--linux',
        'dir',
        '--x64',
        `-c.electronDist=${fakeElectron}`,
        '-c.electronVersion=45.4.1',
        '-c.npmRebuild=false',
        `-c.directories.output=${output}`,
      ],
      { cwd: REPO_ROOT, stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
    );
    const resources = path.join(output, 'linux-unpacked', 'resources');
    const asar = require('@electron/asar') as { listPackage(file: string, options: object): string[] };
    const files = asar.listPackage(path.join(resources, 'app.asar'), {}).map((f) => f.replaceAll('\\', '/'));
    expect(files).toEqual(
      expect.arrayContaining(['/dist/electron/main.js', '/dist/electron/preload.js', '/dist/renderer/index.html', '/package.json']),
    );
    expect(files.filter((f) => f.endsWith('.map') || f.endsWith('.ts') || f.startsWith('/test') || f.startsWith('/renderer'))).toEqual([]);
    expect(fs.existsSync(path.join(resources, 'templates', 'checks', 'check-data.json'))).toBe(true);
    expect(
      fs
        .readdirSync(path.join(resources, 'templates'))
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(
      fs
        .readdirSync(path.join(REPO_ROOT, 'templates'))
        .filter((f) => f.endsWith('.json'))
        .sort(),
    );
    expect(
      fs.existsSync(path.join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')),
    ).toBe(true);
  });
});
