/**
 * A KPI's SPC chart as a picture: drawn by the analysis step's chart code and handed to the report
 * step, which puts it in the Word pack. Plain data, so it crosses between steps through the app.
 */

/** A chart as a picture, handed over as PNG bytes. */
export interface ChartPicture {
  png: Uint8Array;
  /** Size in pixels at 96 to the inch; scaled down to fit the page. */
  width: number;
  height: number;
  /** What the chart shows, for a reader who cannot see it (default: built from the KPI's chart). */
  altText?: string;
}
