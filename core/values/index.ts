export { MISSING_MARKERS, isErrorText, isMissingCell, normaliseCell, parseNumberCell, parseNumericText, quoteCell } from "./cells";
export { isDateObject, sheetsSerial } from "./sheet-dates";
export type { CellValue } from "./cells";
export { describeShape, flattenGrid, isAllMissing, isOmitted, toGrid } from "./grid";
export type { Grid } from "./grid";
export { countPresent, presentPoints, readSeries, readSeriesSet } from "./series";
export type { PresentPoints, Series, SeriesSet } from "./series";
export {
  POLARITY_CHOICES,
  POLARITY_WORDS,
  checkNumber,
  isEmptyCell,
  parsePolarityCell,
  readBooleanOption,
  readChoice,
  readNumberOption,
  readPerSeries,
  readPolarity,
  readRequiredNumber,
} from "./options";
export type { NumberRule, Polarity } from "./options";
export { applyExclusions, isExclusionMark, readExclusions, withoutExcluded } from "./exclude";
export { cellName, readAligned } from "./aligned";
