/** 2025-01-07 → 2025年1月7日: full year, no zero padding (GB/T 9704-2012). */
export function formatChineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
