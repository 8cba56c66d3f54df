import { randomUUID } from 'node:crypto';
import type { ExportJobStatus, ExportProgress } from '../../../shared/contract-export-jobs';
import type { ExportFormat } from '../../../shared/export-settings';
import { AppError } from '../app-error';
import { describeDbError } from '../db-errors';
import { describeIoError } from '../safety/write-file';
import type { ExportedFile } from './export-service';

/**
 * Exports as background jobs (issue 3): `start` returns at once, the export runs in the core and
 * reports its real stages; the window polls `status` and stays usable. Works the same over IPC and
 * HTTP because both reach the core through `call`. Jobs live in memory only: an export is not worth
 * resuming after a restart.
 */

export type RunExport = (reportId: string, format: ExportFormat, onProgress: (p: ExportProgress) => void) => Promise<ExportedFile>;

interface Job {
  format: ExportFormat;
  state: ExportJobStatus['state'];
  progress: ExportProgress | { stage: 'done' };
  /** Sections in the document, known once building starts. */
  total: number;
  file?: ExportedFile;
  error?: { code: string; message: string };
  finishedAt?: number;
}

export interface ExportJobOptions {
  run: RunExport;
  /** Throws NOT_FOUND for a report that does not exist, so `start` fails clearly and at once. */
  checkReport: (reportId: string) => void;
  log: (message: string, error: unknown) => void;
  now?: () => number;
  /** How long a finished job nobody asked about is kept (default 10 minutes). */
  keepMs?: number;
}

export const JOB_NOT_FOUND = '找不到这个导出任务：它已经完成并交付，或等待太久已过期。请重新导出。';

const IO_CODES = new Set(['EACCES', 'EROFS', 'ENOSPC', 'EBUSY', 'EPERM', 'ENOENT', 'EISDIR', 'EDQUOT']);

/** Every failure ends as a Chinese sentence; unexpected ones are logged, never shown raw. */
export function describeExportFailure(error: unknown, log: ExportJobOptions['log']): { code: string; message: string } {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  const db = describeDbError(error);
  if (db) return { code: db.code, message: db.message };
  const io = error as NodeJS.ErrnoException;
  if (io && typeof io.code === 'string' && IO_CODES.has(io.code)) {
    // A job writes no file of the user's, only working files: say so, or a path under /tmp puzzles.
    const message = io.code === 'EDQUOT' ? '磁盘配额已满。' : describeIoError(io, io.path ?? '临时文件夹');
    return { code: 'IO_ERROR', message: `导出未完成，写临时文件时出错：${message}` };
  }
  log('export job failed', error);
  return { code: 'INTERNAL', message: '导出失败：程序内部错误，已记录。报告内容不受影响，请重试。' };
}

function stepsOf(job: Job): number {
  return 1 + job.total + (job.format === 'html' ? 0 : 1) + (job.format === 'pdf' ? 1 : 0);
}

function stageOf(job: Job): { stage: string; step: number; indeterminate: boolean } {
  const p = job.progress;
  switch (p.stage) {
    case 'collect':
      return { stage: '正在读取报告内容', step: 0, indeterminate: false };
    case 'build': {
      if (job.format === 'html') return { stage: '正在生成网页', step: 1, indeterminate: false };
      const shown = Math.min(p.done + 1, p.total);
      return { stage: `正在生成文档（第 ${shown}/${p.total} 部分）`, step: 1 + p.done, indeterminate: false };
    }
    case 'pack':
      return { stage: '正在打包 Word 文件', step: 1 + job.total, indeterminate: false };
    case 'pdf':
      // The converter gives no progress of its own: the bar shows activity, not a made-up number.
      return { stage: '正在转换为 PDF，页数多时需要一些时间', step: 2 + job.total, indeterminate: true };
    case 'done':
      return { stage: '导出完成', step: stepsOf(job), indeterminate: false };
  }
}

function snapshot(job: Job): ExportJobStatus {
  const steps = stepsOf(job);
  const { stage, step, indeterminate } = stageOf(job);
  const status: ExportJobStatus = {
    state: job.state,
    stage: job.state === 'failed' ? '导出失败' : stage,
    step,
    steps,
    percent: job.state === 'done' ? 100 : Math.min(99, Math.floor((step / steps) * 100)),
    indeterminate: job.state === 'running' && indeterminate,
  };
  if (job.file) status.file = job.file;
  if (job.error) status.error = job.error;
  return status;
}

export function createExportJobs({ run, checkReport, log, now = Date.now, keepMs = 10 * 60_000 }: ExportJobOptions) {
  const jobs = new Map<string, Job>();

  const sweep = () => {
    for (const [id, job] of jobs) if (job.finishedAt !== undefined && now() - job.finishedAt > keepMs) jobs.delete(id);
  };

  const execute = async (job: Job, reportId: string) => {
    try {
      job.file = await run(reportId, job.format, (p) => {
        job.progress = p;
        if (p.stage === 'build') job.total = p.total;
      });
      job.state = 'done';
      job.progress = { stage: 'done' };
    } catch (error) {
      job.state = 'failed';
      job.error = describeExportFailure(error, log);
    } finally {
      job.finishedAt = now();
      // A finished job nobody reads (the window was closed) must not keep the file in memory.
      setTimeout(sweep, keepMs + 1000).unref();
    }
  };

  return {
    start(reportId: string, format: ExportFormat): { jobId: string; status: ExportJobStatus } {
      sweep();
      checkReport(reportId);
      const jobId = randomUUID();
      const job: Job = { format, state: 'running', progress: { stage: 'collect' }, total: 0 };
      jobs.set(jobId, job);
      // Runs after this call has answered: the caller gets its job id without waiting.
      setImmediate(() => void execute(job, reportId));
      return { jobId, status: snapshot(job) };
    },
    status(jobId: string): ExportJobStatus {
      sweep();
      const job = jobs.get(jobId);
      if (!job) throw new AppError('NOT_FOUND', JOB_NOT_FOUND);
      // A finished job is handed out once: its file is not kept in memory any longer than needed.
      if (job.state !== 'running') jobs.delete(jobId);
      return snapshot(job);
    },
  };
}

export type ExportJobs = ReturnType<typeof createExportJobs>;
