#!/usr/bin/env node
'use strict';
// The CLI host. `npm run build` compiles it to dist/node/cli-main.js (help and argument check),
// which loads dist/node/cli-run.js (the services) only for a command.
const path = require('node:path');
const fs = require('node:fs');
const dist = path.join(__dirname, '..', 'dist', 'node');
const compiled = path.join(dist, 'cli-main.js');
if (!fs.existsSync(compiled)) {
  process.stderr.write('年报命令行尚未构建，请先运行：npm run build\n');
  process.exit(1);
}
// V8 keeps the compiled services bundle between runs (Node 22.1+; older Node compiles each time).
const nodeModule = require('node:module');
if (typeof nodeModule.enableCompileCache === 'function' && !process.env.NODE_DISABLE_COMPILE_CACHE) {
  try {
    nodeModule.enableCompileCache(path.join(require('node:os').tmpdir(), 'nianbao-compile-cache'));
  } catch {
    // a read-only temp folder only costs speed
  }
}
require(compiled);
