import fs from 'node:fs';
import path from 'node:path';
import { assembleCheckData, type CheckData } from '../../../shared/checks/data-schema';

/**
 * Reads and validates templates/checks/check-data.json and the files beside it (typos, citations,
 * generated tables); a broken file is a packaging bug, so it throws.
 */
export function loadCheckData(templatesDir: string): CheckData {
  return assembleCheckData((name) => {
    const file = path.join(templatesDir, 'checks', name);
    if (name !== 'check-data.json' && !fs.existsSync(file)) return undefined;
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new Error(`无法读取校对规则数据 ${file}：${(error as Error).message}`, { cause: error });
    }
  });
}
