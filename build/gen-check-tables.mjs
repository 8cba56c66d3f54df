// Generates the two machine-made tables of the checks from maintained libraries, so the rules in
// shared/ (which import nothing but zod) need no library at run time:
//   templates/checks/traditional.json — traditional → simplified characters (opencc-js, t → cn),
//     minus characters still in use in simplified text (著, 於 as a surname …);
//   templates/checks/pinyin.json — every CJK character by its toneless readings (pinyin-pro), for
//     the near-miss detector (a homophone or one keystroke away from an official phrase).
// `node build/gen-check-tables.mjs` writes them; `--check` only compares (test/shared/checks).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const OpenCC = require('opencc-js');
const { pinyin } = require('pinyin-pro');
const root = path.resolve(import.meta.dirname, '..');
const version = (name) => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

// Characters opencc converts one by one that standard simplified text still uses (通用规范汉字表 2013
// keeps them for some meanings or as surnames) or that are mostly names.
const KEPT = '乾於夥藉瞭覆著餘麽徵昇隻衹祇閒甯噁蘋蹟鍾嚮佔迴齣瀋';

export function traditionalTable() {
  const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
  let pairs = '';
  for (let cp = 0x4e00; cp <= 0x9fff; cp += 1) {
    const c = String.fromCodePoint(cp);
    if (KEPT.includes(c)) continue;
    const s = t2s(c);
    if (s !== c && [...s].length === 1) pairs += c + s;
  }
  return { source: `opencc-js ${version('opencc-js')} (t → cn), Apache-2.0`, kept: KEPT, pairs };
}

export function pinyinTable() {
  const byReading = {};
  for (let cp = 0x4e00; cp <= 0x9fff; cp += 1) {
    const c = String.fromCodePoint(cp);
    const readings = pinyin(c, { toneType: 'none', multiple: true, type: 'array' });
    for (const r of new Set(readings)) {
      if (!/^[a-zü]+$/.test(r)) continue;
      byReading[r] = (byReading[r] ?? '') + c;
    }
  }
  const sorted = Object.fromEntries(Object.entries(byReading).sort(([a], [b]) => a.localeCompare(b)));
  return { source: `pinyin-pro ${version('pinyin-pro')} (toneless, all readings), MIT`, readings: sorted };
}

const outputs = {
  'traditional.json': traditionalTable(),
  'pinyin.json': pinyinTable(),
};
const check = process.argv.includes('--check');
let stale = false;
for (const [name, data] of Object.entries(outputs)) {
  const file = path.join(root, 'templates', 'checks', name);
  const text = `${JSON.stringify(data, null, 1)}\n`;
  if (check) {
    // Compared as data: the files may be reformatted (prettier) without changing what they say.
    if (!fs.existsSync(file) || JSON.stringify(JSON.parse(fs.readFileSync(file, 'utf8'))) !== JSON.stringify(data)) {
      console.error(`${name} is out of date: run node build/gen-check-tables.mjs`);
      stale = true;
    }
  } else fs.writeFileSync(file, text);
}
if (stale) process.exit(1);
