import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../../helpers';

/**
 * Ink measurements on a rendered page (pdftoppm, greyscale PGM): where the page number's em dashes
 * really are, whatever the fonts' ascent and descent say. GB/T 9704 7.5 measures the page number
 * by its dash (「一字线上距版心下边缘7 mm」), so this is the measure the rule means.
 */

const DPI = 300;
const MM_PER_PX = 25.4 / DPI;

interface Grey {
  width: number;
  height: number;
  pixels: Uint8Array;
}

function readPgm(file: string): Grey {
  const data = fs.readFileSync(file);
  // P5\n<w> <h>\n<max>\n<bytes>
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'))!;
  const offset = header[0].length;
  return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(offset) };
}

/** The band below the text block (from 262 mm down to the page's foot) of one page, as grey pixels. */
function footerBand(pdf: string, page: number, topMm: number): Grey {
  const dir = tempDir('nianbao-ink-');
  const prefix = path.join(dir, 'p');
  const y = Math.round(topMm / MM_PER_PX);
  const h = Math.round((297 - topMm) / MM_PER_PX);
  const w = Math.round(210 / MM_PER_PX);
  execFileSync('pdftoppm', [
    '-gray',
    '-r',
    String(DPI),
    '-f',
    String(page),
    '-l',
    String(page),
    '-x',
    '0',
    '-y',
    String(y),
    '-W',
    String(w),
    '-H',
    String(h),
    pdf,
    prefix,
  ]);
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.pgm'))!;
  return readPgm(path.join(dir, file));
}

/**
 * Distance in mm from the text block's bottom edge (262 mm from the top) to the centre line of
 * the page number's dashes: the rows holding the longest horizontal runs of ink in the band.
 */
export function dashGapMm(pdf: string, page: number, blockBottomMm = 262): number {
  const band = footerBand(pdf, page, blockBottomMm);
  const longest: number[] = [];
  for (let row = 0; row < band.height; row++) {
    let best = 0;
    let run = 0;
    for (let x = 0; x < band.width; x++) {
      run = band.pixels[row * band.width + x]! < 128 ? run + 1 : 0;
      if (run > best) best = run;
    }
    longest.push(best);
  }
  const max = Math.max(...longest);
  if (max < 1 / MM_PER_PX) return NaN; // no dash at least 1 mm long
  const rows = longest.map((len, row) => (len >= max * 0.8 ? row : -1)).filter((r) => r >= 0);
  const centre = (rows[0]! + rows[rows.length - 1]!) / 2;
  return (centre + 0.5) * MM_PER_PX;
}
