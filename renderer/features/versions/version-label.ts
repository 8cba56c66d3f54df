import { VERSION_KIND_LABELS, type VersionSummary } from '../../../shared/versions-schema';

/** 第 3 版「送审稿」 or 第 2 版（导出）. */
export function versionLabel(v: VersionSummary): string {
  return v.name ? `第 ${v.number} 版「${v.name}」` : `第 ${v.number} 版（${VERSION_KIND_LABELS[v.kind]}）`;
}
