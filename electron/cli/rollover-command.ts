import { AppError } from '../services/app-error';
import type { Core } from '../services/core';

/** `nianbao rollover <report-id> --year YYYY [--json]`: this year's report from last year's. */

interface RolloverArgs {
  positionals: string[];
  json: boolean;
  year?: string;
  allowDuplicate?: boolean;
  note?: string;
}

interface Io {
  out(text: string): void;
}

export async function rolloverCommand(core: Core, { positionals, json, year, allowDuplicate, note }: RolloverArgs, io: Io): Promise<void> {
  const [reportId] = positionals;
  if (!reportId || positionals.length > 1) throw new AppError('INVALID_INPUT', 'rollover 需要且只需要一个报告编号。');
  if (!year || !/^\d{4}$/.test(year)) throw new AppError('INVALID_INPUT', 'rollover 需要 --year 四位年份，如 --year 2025。');
  const result = await core.invoke('rollover.create', { reportId, year: Number(year), allowDuplicate, note });
  if (json) return io.out(JSON.stringify(result));
  io.out(`已创建 ${year} 年度报告：${result.id}`);
  io.out(
    `沿用上年文字的部分 ${result.carriedParts} 个（标记为待更新），上年数据 ${result.figures} 处，上年计划事项 ${result.planItems} 项。`,
  );
}
