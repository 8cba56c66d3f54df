import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { createExportJobs, describeExportFailure, JOB_NOT_FOUND } from '../../../../electron/services/export/export-jobs';
import { createTestCore, tempDir } from '../../../helpers';
import { shortReport } from './fixtures';
import { manySectionReport, pollJob } from './job-fixtures';

describe('export jobs through core.call', () => {
  it('reports real, increasing progress section by section and hands over a valid .docx once', async () => {
    const core = createTestCore();
    const { report } = await manySectionReport(core, 10); // 1 opening + 5 parts + 40 subsections
    const { jobId, status } = await core.invoke('export.start', { reportId: report.id, format: 'docx' });
    expect(status).toEqual({ state: 'running', stage: '正在读取报告内容', step: 0, steps: 2, percent: 0, indeterminate: false });
    const seen = await pollJob(core, jobId);

    const steps = seen.map((s) => s.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    const percents = seen.map((s) => s.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    const building = new Set(seen.map((s) => s.stage).filter((s) => s.startsWith('正在生成文档')));
    expect(building.size).toBeGreaterThan(10);
    expect(building).toContain('正在生成文档（第 3/46 部分）');
    expect(seen.map((s) => s.stage)).toContain('正在打包 Word 文件');

    const last = seen.at(-1)!;
    expect(last).toMatchObject({ state: 'done', stage: '导出完成', percent: 100, steps: 48, step: 48 });
    expect(last.file!.fileName).toBe('市司法局关于2024年法治政府建设情况的报告.docx');
    const docx = Buffer.from(last.file!.base64, 'base64');
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    expect(html).toContain('<h2>（八）第1部分第8项工作</h2>');
    expect(html).toContain('<h1>五、其他需要报告的情况</h1>');
    expect((await core.invoke('versions.list', { reportId: report.id })).map((v) => v.kind)).toContain('export');

    // Handed out once: asking again is a clear Chinese NOT_FOUND.
    expect(await core.call('export.status', { jobId })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: JOB_NOT_FOUND } });
    core.close();
  });

  it('exports HTML as a job, and a PDF whose conversion step shows as indeterminate', async () => {
    const core = createTestCore();
    const { report } = await shortReport(core);
    const html = await pollJob(core, (await core.invoke('export.start', { reportId: report.id, format: 'html' })).jobId);
    expect(html.at(-1)).toMatchObject({ state: 'done', steps: 2, percent: 100 });
    expect(Buffer.from(html.at(-1)!.file!.base64, 'base64').toString('utf8')).toContain(
      '<h2>一、2024年推进法治政府建设的主要举措和成效</h2>',
    );

    const pdf = await pollJob(core, (await core.invoke('export.start', { reportId: report.id, format: 'pdf' })).jobId);
    const converting = pdf.filter((s) => s.indeterminate);
    expect(converting.length).toBeGreaterThan(0);
    expect(converting[0]!.stage).toContain('正在转换为 PDF');
    const last = pdf.at(-1)!;
    expect(last).toMatchObject({ state: 'done', indeterminate: false, percent: 100 });
    const file = path.join(tempDir(), last.file!.fileName);
    fs.writeFileSync(file, Buffer.from(last.file!.base64, 'base64'));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+/);
    core.close();
  }, 120_000);

  it('a job whose report is deleted meanwhile fails with a Chinese message; nothing else changes', async () => {
    const core = createTestCore();
    const { report } = await shortReport(core);
    const other = await shortReport(core);
    const { jobId } = await core.invoke('export.start', { reportId: report.id, format: 'docx' });
    await core.invoke('reports.delete', { id: report.id });
    const last = (await pollJob(core, jobId)).at(-1)!;
    expect(last).toMatchObject({ state: 'failed', stage: '导出失败', error: { code: 'NOT_FOUND' } });
    expect(last.error!.message).toMatch(/^找不到.+，可能已被删除。$/);
    expect(last.file).toBeUndefined();
    expect((await core.invoke('reports.list', {})).map((r) => r.id)).toEqual([other.report.id]);
    core.close();
  });

  it('refuses an unknown report, an unknown job and a bad format in Chinese', async () => {
    const core = createTestCore();
    const start = await core.call('export.start', { reportId: 'nope', format: 'docx' });
    expect(start).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(JSON.stringify(start)).toContain('可能已被删除');
    expect(await core.call('export.status', { jobId: 'no-such-job' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: JOB_NOT_FOUND },
    });
    const bad = await core.call('export.start', { reportId: 'abc', format: 'odt' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((bad as { error: { message: string } }).error.message).toMatch(/^输入不正确：format：/);
    core.close();
  });
});

describe('export job bookkeeping', () => {
  it('forgets a finished job nobody asked about after the keep time, but never a running one', async () => {
    let clock = 0;
    let finish!: () => void;
    const slow = new Promise<void>((resolve) => (finish = resolve));
    const jobs = createExportJobs({
      run: async (reportId) => (reportId === 'slow' && (await slow), { fileName: 'a.docx', mimeType: 'x', base64: '' }),
      checkReport: () => undefined,
      log: () => undefined,
      now: () => clock,
      keepMs: 1000,
    });
    const quick = jobs.start('quick', 'docx').jobId;
    const running = jobs.start('slow', 'docx').jobId;
    await new Promise((resolve) => setImmediate(resolve));
    clock = 5000;
    expect(() => jobs.status(quick)).toThrow(JOB_NOT_FOUND);
    expect(jobs.status(running).state).toBe('running');
    finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(jobs.status(running).state).toBe('done');
  });

  it('turns disk-full and permission errors of the export into Chinese, and logs only the unexpected', () => {
    const logged: unknown[] = [];
    const log = (_: string, e: unknown) => logged.push(e);
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
      path: '/tmp/nianbao-pdf-1/report.docx',
    });
    expect(describeExportFailure(full, log)).toEqual({
      code: 'IO_ERROR',
      message: '导出未完成，写临时文件时出错：磁盘空间不足，未能写入“/tmp/nianbao-pdf-1/report.docx”。原有文件保持不变。',
    });
    const denied = Object.assign(new Error('EACCES'), { code: 'EACCES', path: '/tmp/x' });
    expect(describeExportFailure(denied, log).message).toBe('导出未完成，写临时文件时出错：没有权限写入“/tmp/x”，请换一个文件夹。');
    expect(logged).toEqual([]);
    const bug = new TypeError('x is undefined');
    expect(describeExportFailure(bug, log)).toEqual({
      code: 'INTERNAL',
      message: '导出失败：程序内部错误，已记录。报告内容不受影响，请重试。',
    });
    expect(logged).toEqual([bug]);
  });
});
