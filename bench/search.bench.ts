// Search over 500 synthetic reports of 20,000 characters each (10 million characters): the service's
// query (FTS5 trigram index, or the scan fallback for 1–2 characters) beside a plain LIKE scan of the
// same table in the same run. Target: under 50 ms per query.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../electron/db/connection';
import { createSearchService } from '../electron/services/search/search';
import { SearchInputSchema } from '../shared/search-schema';

const REPORTS = 500;
const SECTIONS_PER_REPORT = 10;
const CHARS_PER_SECTION = 2_000;
const RUNS = 15;

const PHRASES = [
  '深入学习贯彻习近平法治思想',
  '全面推进依法行政',
  '健全依法行政制度体系',
  '严格规范公正文明执法',
  '行政复议',
  '行政诉讼',
  '负责人出庭应诉',
  '规范性文件备案审查',
  '重大行政决策',
  '合法性审查',
  '行政执法三项制度',
  '优化营商环境',
  '政务公开',
  '矛盾纠纷多元化解',
  '法治宣传教育',
  '公共法律服务',
  '落实第一责任人职责',
  '存在的不足',
  '下一步工作安排',
  '。',
  '，',
  '；',
];
/** Present in 5 reports only: where an index matters (a common phrase is found early by any scan). */
const RARE = '建成智慧司法监管平台';
const QUERIES = [
  { label: '2 字 常见', query: '复议' },
  { label: '2 字 少见', query: '智慧' },
  { label: '2 字 没有', query: '鲸鱼' },
  { label: '4 字 常见', query: '行政复议' },
  { label: '4 字 少见', query: '智慧司法' },
  { label: '8 字 常见', query: '健全依法行政制度' },
  { label: '8 字 少见', query: '智慧司法监管平台' },
];

function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

function fill(db: Db) {
  const next = random(42);
  const text = () => {
    let t = '';
    while (t.length < CHARS_PER_SECTION) t += PHRASES[Math.floor(next() * PHRASES.length)];
    return t.slice(0, CHARS_PER_SECTION);
  };
  const now = new Date().toISOString();
  const report = db.prepare(
    `INSERT INTO reports (id, template_id, template_snapshot, title, agency, year, status, created_at, updated_at)
     VALUES (?, 'fazhi-annual-local', '{"kind":"fazhi-annual"}', ?, ?, ?, 'draft', ?, ?)`,
  );
  const section = db.prepare(
    `INSERT INTO sections (id, report_id, parent_id, kind, part_id, heading, position, content_json, plain_text, char_count, updated_at)
     VALUES (?, ?, NULL, 'part', ?, ?, ?, '{}', ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let r = 0; r < REPORTS; r += 1) {
      const id = `r${r}`;
      report.run(id, `第${r}号报告`, `单位${r % 40}`, 2015 + (r % 10), now, now);
      for (let s = 0; s < SECTIONS_PER_REPORT; s += 1) {
        const body = r % 100 === 7 && s === 3 ? RARE + text().slice(RARE.length) : text();
        section.run(`${id}s${s}`, id, `p${s}`, `第${s}部分`, s, body, CHARS_PER_SECTION, now);
      }
    }
  })();
}

function median(fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-search-'));
const db = openDatabase(path.join(dir, 'bench.db'));
const t0 = Date.now();
fill(db);
const total = (db.prepare('SELECT sum(length(plain_text)) AS n FROM sections').get() as { n: number }).n;
console.log(`语料：${REPORTS} 份报告，共 ${total.toLocaleString()} 字（写入并建索引 ${Date.now() - t0} ms）；每项取 ${RUNS} 次的中位数`);

const search = createSearchService(db);
const like = db.prepare('SELECT s.id FROM sections s JOIN reports r ON r.id = s.report_id WHERE s.plain_text LIKE ? LIMIT 51');
const likeAll = db.prepare('SELECT count(*) FROM sections WHERE plain_text LIKE ?');
const ftsAll = db.prepare('SELECT count(*) FROM sections_fts WHERE sections_fts MATCH ?');
const rows = QUERIES.map(({ label, query }) => {
  const input = SearchInputSchema.parse({ query });
  const result = search.search(input);
  const long = [...query].length >= 3;
  return {
    查询: `${label}“${query}”`,
    方式: result.mode === 'index' ? '索引' : '扫描',
    命中: `${result.hits.length}${result.truncated ? '+' : ''}`,
    '搜索 ms': median(() => search.search(input)).toFixed(2),
    'LIKE（前 51 条）ms': median(() => like.all(`%${query}%`)).toFixed(2),
    'LIKE 全表计数 ms': median(() => likeAll.get(`%${query}%`)).toFixed(2),
    '索引全部计数 ms': long ? median(() => ftsAll.get(`"${query}"`)).toFixed(2) : '—',
  };
});
console.table(rows);
db.close();
fs.rmSync(dir, { recursive: true, force: true });
