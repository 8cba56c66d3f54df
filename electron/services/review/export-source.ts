/**
 * The report and version an exported .docx was made from, kept in the file's custom properties
 * (docProps/custom.xml). Word and WPS keep custom properties when a reviewer saves the file, so a
 * reviewed copy names the exact text it was made from (issue 16).
 */
export interface ExportSource {
  reportId: string;
  versionId: string;
  versionNumber: number;
}

export const SOURCE_PROPERTY = {
  reportId: 'NianbaoReportId',
  versionId: 'NianbaoVersionId',
  versionNumber: 'NianbaoVersionNumber',
} as const;

export function sourceProperties(source: ExportSource): Array<{ name: string; value: string }> {
  return [
    { name: SOURCE_PROPERTY.reportId, value: source.reportId },
    { name: SOURCE_PROPERTY.versionId, value: source.versionId },
    { name: SOURCE_PROPERTY.versionNumber, value: String(source.versionNumber) },
  ];
}
