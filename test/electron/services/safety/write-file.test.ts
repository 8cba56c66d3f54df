import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../../electron/services/safety/write-file';
import { asUnprivileged, readOnlyFolderWith } from '../../../support/unprivileged';
import { tempDir } from '../../../helpers';

const EARLIER = Buffer.from('PK earlier export, signed off\n');

function folderWithEarlier() {
  const dir = tempDir();
  const file = path.join(dir, '报告.docx');
  fs.writeFileSync(file, EARLIER);
  return { dir, file };
}

afterEach(() => vi.restoreAllMocks());

describe('writeFileAtomic: an earlier file survives every failure', () => {
  it('replaces the earlier file and leaves no temporary file', () => {
    const { dir, file } = folderWithEarlier();
    writeFileAtomic(file, 'new');
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.readdirSync(dir)).toEqual(['报告.docx']);
  });

  it('read-only folder: a Chinese message, the earlier file byte-identical', () => {
    const { dir, file } = readOnlyFolderWith('报告.docx', EARLIER);
    const error = asUnprivileged(() => captureError(() => writeFileAtomic(file, 'new')));
    expect(error).toMatchObject({ code: 'IO_ERROR', message: `没有权限写入“${file}”，请换一个文件夹。` });
    expect(fs.readFileSync(file).equals(EARLIER)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['报告.docx']);
  });

  it('a target that is a folder is not replaced: a Chinese message, its contents untouched', () => {
    const { dir } = folderWithEarlier();
    const target = path.join(dir, '年报.docx');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside.txt'), 'keep');
    expect(captureError(() => writeFileAtomic(target, 'new'))).toMatchObject({
      code: 'IO_ERROR',
      message: `“${target}”是一个文件夹，请给出文件名。`,
    });
    expect(fs.readFileSync(path.join(target, 'inside.txt'), 'utf8')).toBe('keep');
    expect(fs.readdirSync(dir).sort()).toEqual(['年报.docx', '报告.docx']);
  });

  it('a read-only earlier file (the read-only attribute Windows also honours) is not replaced', () => {
    const { dir, file } = folderWithEarlier();
    fs.chmodSync(file, 0o444);
    expect(captureError(() => writeFileAtomic(file, 'new'))).toMatchObject({
      code: 'IO_ERROR',
      message: `“${file}”是只读文件，未覆盖，原文件保持不变。请取消只读属性，或换一个文件名。`,
    });
    expect(fs.readFileSync(file).equals(EARLIER)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['报告.docx']);
  });

  it('disk full half-way through: a Chinese message, the half-written temporary file removed, the earlier file intact', () => {
    const { dir, file } = folderWithEarlier();
    const write = fs.writeFileSync;
    vi.spyOn(fs, 'writeFileSync').mockImplementation((target, data) => {
      write(target, String(data).slice(0, 2)); // some bytes reach the disk before it is full
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    expect(captureError(() => writeFileAtomic(file, 'a longer new export'))).toMatchObject({
      code: 'IO_ERROR',
      message: `磁盘空间不足，未能写入“${file}”。原有文件保持不变。`,
    });
    vi.restoreAllMocks();
    expect(fs.readFileSync(file).equals(EARLIER)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['报告.docx']);
  });

  it('a file locked by another program (EBUSY on Windows) names Word and WPS', () => {
    const { file } = folderWithEarlier();
    vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw Object.assign(new Error('EBUSY: resource busy or locked, rename'), { code: 'EBUSY' });
    });
    expect(captureError(() => writeFileAtomic(file, 'new'))!.message).toBe(
      `“${file}”正被其他程序占用（可能已在 Word 或 WPS 中打开），请关闭后重试。`,
    );
    vi.restoreAllMocks();
    expect(fs.readFileSync(file).equals(EARLIER)).toBe(true);
  });
});

function captureError(fn: () => void): (Error & { code?: string }) | undefined {
  try {
    fn();
  } catch (error) {
    return error as Error & { code?: string };
  }
  return undefined;
}
