/**
 * How large a file the demo opens. A council's KPI workbook or CSV is usually well under 1 MB (the
 * sample's two tables are 5 KB as CSV); the file is read whole into the page's memory, so a much
 * larger one is most likely not a KPI table and would make the page slow to respond.
 */

/** The largest file the demo opens: 10 MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A size in words: "12.4 MB", "850 KB", "120 bytes". */
export function sizeInWords(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} byte${bytes === 1 ? "" : "s"}`;
}
