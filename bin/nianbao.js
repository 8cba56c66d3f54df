#!/usr/bin/env node
'use strict';
// The CLI host. `npm run build` compiles it to dist/node/cli-main.js (help and argument check),
// which loads dist/node/cli-run.js (the services) only for a command.
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const NodeModule = require('node:module');
const dist = path.join(__dirname, '..', 'dist', 'node');
const compiled = path.join(dist, 'cli-main.js');
if (!fs.existsSync(compiled)) {
  process.stderr.write('年报命令行尚未构建，请先运行：npm run build\n');
  process.exit(1);
}
const cacheDir = path.join(os.tmpdir(), 'nianbao-compile-cache');

/**
 * Loads the 2.4 MB services bundle with V8's code cache, so that a command does not compile it
 * anew at each start (about half the start-up time). Node 22.1+ does this itself
 * (module.enableCompileCache); on older Node the cache is kept here, keyed by the bundle's size and
 * time and by the Node version. V8 refuses a cache that does not match the source.
 */
function loadServicesWithCodeCache() {
  const file = path.join(dist, 'cli-run.js');
  const vm = require('node:vm');
  const stat = fs.statSync(file);
  const cacheFile = path.join(cacheDir, `cli-run-${process.version}-${stat.size}-${Math.floor(stat.mtimeMs)}.bin`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // first run
  }
  const script = new vm.Script(NodeModule.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
  const mod = new NodeModule(file, module);
  mod.filename = file;
  mod.paths = NodeModule._nodeModulePaths(dist);
  script.runInThisContext().call(mod.exports, mod.exports, NodeModule.createRequire(file), mod, file, dist);
  mod.loaded = true;
  require.cache[file] = mod;
  if (cachedData && !script.cachedDataRejected) return;
  // Written when the command is done: the cache then holds the functions the command compiled.
  process.once('exit', () => {
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      const tmp = `${cacheFile}.${process.pid}`;
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, cacheFile);
    } catch {
      // a read-only temp folder only costs speed
    }
  });
}

const args = process.argv.slice(2);
const helpOnly = args.length === 1 && (args[0] === '--help' || args[0] === '-h');
if (!helpOnly && !process.env.NODE_DISABLE_COMPILE_CACHE) {
  try {
    if (typeof NodeModule.enableCompileCache === 'function') NodeModule.enableCompileCache(cacheDir);
    else loadServicesWithCodeCache();
  } catch {
    // cli-main.js loads the bundle the ordinary way
  }
}
require(compiled);
