import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zipFiles } from '../../../../electron/services/export/zip-writer';
import { tempDir } from '../../../helpers';

/** The .docx container: what fflate, JSZip (checks CRCs) and Info-ZIP's unzip -t read back is what went in. */

describe('zip writer', () => {
  it('round-trips any files (fflate, JSZip with CRC check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z_]{1,8}(\/[a-z]{1,8})?\.xml$/), fc.uint8Array({ maxLength: 5000 })), {
          selector: (t) => t[0],
          maxLength: 6,
        }),
        async (files) => {
          const zip = zipFiles(files);
          const back = unzipSync(new Uint8Array(zip));
          expect(Object.keys(back).sort()).toEqual(files.map((f) => f[0]).sort());
          for (const [name, data] of files) expect(Buffer.from(back[name]!).equals(Buffer.from(data))).toBe(true);
          const jszip = await JSZip.loadAsync(zip, { checkCRC32: true });
          for (const [name, data] of files)
            expect(Buffer.from(await jszip.file(name)!.async('uint8array')).equals(Buffer.from(data))).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a Chinese .xml part of 2 MB passes unzip -t', () => {
    const xml = Buffer.from(`<w:t>${'法治政府建设，“依法行政”2024年。'.repeat(80_000)}</w:t>`, 'utf8');
    const file = path.join(tempDir('nianbao-zip-'), 'x.zip');
    fs.writeFileSync(file, zipFiles([['word/document.xml', xml]]));
    const tested = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(tested).toContain('No errors detected');
  });
});
