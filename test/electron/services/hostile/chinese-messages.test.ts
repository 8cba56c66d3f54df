// Issue 11.9: every message a user can see is Chinese — no Node error codes, no parser text quoting
// the file's bytes, no 「.noext 文件」 for a file without an extension.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/connection';
import { readSource } from '../../../../electron/services/import/read-source';
import { createTestCore, tempDir } from '../../../helpers';
import { asUnprivileged } from '../../../support/unprivileged';

const ENGLISH = /[A-Za-z]{4,}/;
const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

describe('messages are Chinese', () => {
  it('a file without an extension is read as text, and refused without a made-up extension', async () => {
    expect(await readSource('年度报告', Buffer.from('某县2024年法治政府建设情况的报告\n一、主要举措\n正文。'))).toHaveLength(3);
    const refused = readSource('年度报告', Buffer.from([0x41, 0x00, 0x42, 0x00]));
    await expect(refused).rejects.toThrow('这个文件不是纯文本文件，无法导入。');
    await expect(readSource('notes.xyz', Buffer.from('x'))).rejects.toThrow('不支持导入 .xyz 文件。');
  });

  it('a malformed template file: the place of the error, not the parser’s English or the file’s bytes', async () => {
    const c = createTestCore();
    cores.push(c);
    const content = '{\n  "schemaVersion": 1,\n  "name": "机密模板内容" oops\n}';
    const result = await c.call('templates.importFile', { content });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: '模板文件不是有效的 JSON（第 3 行第 20 列附近格式有误），无法导入。请确认选择的是年报导出的模板文件。',
      },
    });
  });

  it('a data folder that cannot be created: Chinese reason, no EACCES', () => {
    const parent = tempDir();
    fs.chmodSync(parent, 0o555);
    let message = '';
    try {
      asUnprivileged(() => openDatabase(path.join(parent, 'sub', 'nianbao.db')));
    } catch (error) {
      message = (error as Error).message;
    }
    fs.chmodSync(parent, 0o755);
    expect(message).toMatch(/^无法创建数据文件夹“.*”：没有访问权限。$/);
    expect(message.replace(parent, '')).not.toMatch(ENGLISH);
  });
});
