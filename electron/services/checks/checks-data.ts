import fs from 'node:fs';
import path from 'node:path';
import { parseCheckData, type CheckData } from '../../../shared/checks/data-schema';

/** Reads and validates templates/checks/check-data.json; a broken file is a packaging bug, so it throws. */
export function loadCheckData(templatesDir: string): CheckData {
  const file = path.join(templatesDir, 'checks', 'check-data.json');
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`无法读取校对规则数据 ${file}：${(error as Error).message}`, { cause: error });
  }
  return parseCheckData(raw);
}
