#!/usr/bin/env node
'use strict';
// The CLI host. `npm run build` compiles it to dist/node/cli-main.js.
const path = require('node:path');
const fs = require('node:fs');
const compiled = path.join(__dirname, '..', 'dist', 'node', 'cli-main.js');
if (!fs.existsSync(compiled)) {
  process.stderr.write('年报命令行尚未构建，请先运行：npm run build\n');
  process.exit(1);
}
require(compiled);
