import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, REPO_ROOT } from '../../../helpers';

const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});
const text = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/import/traditional-report.txt'), 'utf8');

describe('a source in traditional characters', () => {
  it('is read in simplified characters (opencc-js): kind, parts and year found; the text stays as written unless converted', async () => {
    const c = createTestCore();
    cores.push(c);
    const kept = await c.invoke('import.preview', { source: { type: 'text', text } });
    expect(kept).toMatchObject({ kind: 'fazhi-annual', year: 2025, traditional: true, simplified: false, agency: '某縣司法局' });
    expect(kept.sections.map((s) => s.part)).toEqual(['measures', 'leaders', 'shortcomings', 'plans', 'other']);
    expect(kept.sections[1]!.heading).toContain('黨政主要負責人');
    expect(kept.warnings[0]).toContain('繁体字');

    const converted = await c.invoke('import.preview', { source: { type: 'text', text }, simplify: true });
    expect(converted).toMatchObject({ traditional: true, simplified: true, agency: '某县司法局' });
    expect(converted.sections[1]!.heading).toBe('2025年党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况');
    const { id } = await c.invoke('import.save', { source: { type: 'text', text }, simplify: true });
    const detail = await c.invoke('reports.get', { id });
    expect(detail.sections.find((s) => s.partId === 'plans')!.plainText).toBe('2026年，我局将继续加强行政复议规范化建设。');
  });

  it('a simplified source is not marked', async () => {
    const c = createTestCore();
    cores.push(c);
    const p = await c.invoke('import.preview', {
      source: { type: 'text', text: '某局2025年法治政府建设情况报告\n一、主要举措和成效\n全年办理案件。' },
    });
    expect(p.traditional).toBe(false);
  });
});
