/**
 * Figures as a committee reads them, in the pane and in the sheets it writes: each KPI's figures at
 * its own precision (its decimal places as written, from core's analysis), with its unit, and a
 * gap with its direction ("4.0 percentage points better than the peer median"). The cells of the
 * report and chart sheets keep their numbers and get a number format that shows them so; the same
 * format codes mean the same in Excel and Google Sheets, and `showNumber` reads a cell as they
 * show it (for the demo's workbook view and the tests).
 *
 * Format codes: sections for positive;negative;zero values, `0` and `#` digits, `,` thousands,
 * `%` times 100, text in double quotes (Excel: https://support.microsoft.com/office/review-guidelines-for-customizing-a-number-format-c0a1d1fa-d3f4-4018-96b7-9c9354dd99f5;
 * Google Sheets: https://developers.google.com/sheets/api/guides/formats, the patterns Apps
 * Script's setNumberFormat takes).
 */
import type { Unit } from "../../core/values/units";
import { formatDifference, formatValue, readUnit } from "../../core/values/units";
import { roundTo } from "../../core/values/precision";

/** How one KPI's figures are shown: its unit read once, and decimal places as shown. */
export interface FigureStyle {
  unit: Unit;
  /** Decimal places of the figures as shown (after a percentage kept as a fraction is multiplied by 100). */
  decimals: number;
}

/** Figures with no unit, shown as they come (for a KPI that has no analysis). */
export const PLAIN_FIGURES: FigureStyle = { unit: readUnit(""), decimals: 0 };

/**
 * The style of a KPI's figures: its unit (read from its figures, so 0.724 in a "%" KPI is 72.4%),
 * and its decimal places as written less the two a percentage kept as a fraction gains in showing.
 *
 * @example
 * figureStyle("%", [58.8, 53.3], 1).decimals;   // => 1
 * figureStyle("%", [0.588, 0.533], 3).decimals; // => 1
 */
export function figureStyle(unitText: string, figures: readonly number[], decimals: number): FigureStyle {
  const unit = readUnit(unitText, figures);
  return { unit, decimals: Math.max(0, decimals - Math.round(Math.log10(unit.scale))) };
}

/** A value of the KPI at its precision with its unit ("58.8%", "50,755 tonnes"); "none" without one. */
export function showValue(value: number | null | undefined, style: FigureStyle, extraDecimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "none";
  return formatValue(value, style.unit, style.decimals + extraDecimals);
}

/**
 * A gap to a point of the peer group in words, positive when better: "4.0 percentage points
 * better than the peer median", "level with the peer median".
 *
 * @example
 * showGap(4, figureStyle("%", [18.3], 1), "the peer median"); // => "4.0 percentage points better than the peer median"
 */
export function showGap(gap: number, style: FigureStyle, to: string): string {
  const shown = roundTo(gap * style.unit.scale, style.decimals);
  if (shown === 0) return `level with ${to}`;
  return `${formatDifference(shown / style.unit.scale, style.unit, style.decimals)} ${shown > 0 ? "better" : "worse"} than ${to}`;
}

/**
 * A figure rounded to the KPI's precision plus `extraDecimals` places as shown, in the units it is
 * kept in (so 0.58833 in a percentage kept as fractions, shown to one place plus one, is 0.5883).
 *
 * @example
 * roundFigure(17.358333333333338, figureStyle("%", [17.9], 1), 1); // => 17.36
 */
export function roundFigure(value: number, style: FigureStyle, extraDecimals = 0): number {
  return roundTo(value, style.decimals + extraDecimals + Math.round(Math.log10(style.unit.scale)));
}

/**
 * A gap as a cell holds it: in the units shown (percentage points for a percentage kept as
 * fractions), rounded to the KPI's precision.
 *
 * @example
 * gapCell(0.04, figureStyle("%", [0.183], 3)); // => 4
 */
export function gapCell(gap: number, style: FigureStyle): number {
  return roundTo(gap * style.unit.scale, style.decimals);
}

/** Digits with `decimals` places and thousands separators: `#,##0.0`. */
function digits(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

/** Text for a format code: in double quotes, without any double quote of its own. */
function literal(text: string): string {
  return `"${text.replace(/"/g, "")}"`;
}

/**
 * The number format of a cell holding a KPI's figure (a value, a target, a mean or a limit), at
 * its precision plus `extraDecimals`, with its unit.
 *
 * @example
 * valueFormat(figureStyle("%", [58.8], 1));        // => '#,##0.0"%"'
 * valueFormat(figureStyle("%", [0.588], 3));       // => "#,##0.0%"
 * valueFormat(figureStyle("£", [4.5], 2));         // => '"£"#,##0.00'
 * valueFormat(figureStyle("days", [12], 0), 1);    // => '#,##0.0" days"'
 */
export function valueFormat(style: FigureStyle, extraDecimals = 0): string {
  const number = digits(style.decimals + extraDecimals);
  switch (style.unit.kind) {
    case "percent":
      return style.unit.scale === 100 ? `${number}%` : `${number}${literal("%")}`;
    case "money":
      return `${literal("£")}${number}`;
    case "other":
      return `${number}${literal(` ${style.unit.suffix}`)}`;
    default:
      return number;
  }
}

/**
 * The number format of a gap cell, which holds the gap in the units shown (percentage points for a
 * percentage): "4.0 percentage points better", "2.1 percentage points worse", "level".
 *
 * @example
 * gapFormat(figureStyle("%", [18.3], 1));
 * // => '#,##0.0" percentage points better";#,##0.0" percentage points worse";"level"'
 */
export function gapFormat(style: FigureStyle): string {
  const number = digits(style.decimals);
  const unit = style.unit.kind === "percent" ? " percentage points" : style.unit.kind === "other" ? ` ${style.unit.suffix}` : "";
  const money = style.unit.kind === "money" ? literal("£") : "";
  return `${money}${number}${literal(`${unit} better`)};${money}${number}${literal(`${unit} worse`)};${literal("level")}`;
}

/** A format code's sections (split at semicolons outside quotes). */
function sections(code: string): string[] {
  const parts: string[] = [""];
  let quoted = false;
  for (const character of code) {
    if (character === '"') quoted = !quoted;
    if (character === ";" && !quoted) parts.push("");
    else parts[parts.length - 1] += character;
  }
  return parts;
}

/** Digits a spreadsheet keeps of a number: 15 significant ones, then zeros. */
const SPREADSHEET_DIGITS = 15;

/**
 * A whole number too large for toFixed's plain digits (1e21 and up), as a spreadsheet writes it:
 * its first 15 digits, then zeros.
 */
function wholeDigits(magnitude: number): string {
  const [mantissa, exponent] = magnitude.toPrecision(SPREADSHEET_DIGITS).split("e");
  const digits = mantissa.replace(".", "");
  return digits.padEnd(Number(exponent ?? 0) + 1, "0");
}

/** A number with `decimals` places, with or without thousands separators. */
function placed(magnitude: number, decimals: number, thousands: boolean): string {
  const rounded = roundTo(magnitude, decimals);
  const text = rounded >= 1e21 ? `${wholeDigits(rounded)}${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}` : rounded.toFixed(decimals);
  return thousands ? text.replace(/^\d+/, (whole) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")) : text;
}

/** One section applied to a magnitude: its literal text kept, its digits filled, `%` multiplying by 100. */
function applySection(section: string, magnitude: number): string {
  const percent = /%(?=(?:[^"]*"[^"]*")*[^"]*$)/.test(section);
  const value = percent ? magnitude * 100 : magnitude;
  let out = "";
  let done = false;
  for (const match of section.matchAll(/"([^"]*)"|([#0,]+(?:\.0+)?)|(.)/g)) {
    if (match[1] !== undefined) out += match[1];
    else if (match[2] !== undefined) {
      if (done) continue;
      done = true;
      const decimals = (match[2].split(".")[1] ?? "").length;
      out += placed(value, decimals, match[2].includes(","));
    } else out += match[3];
  }
  return out;
}

/**
 * A number as a spreadsheet shows it with a format code of the kinds above ("General" or none:
 * up to ten significant digits, as a General cell of a default-width column shows it).
 *
 * @example
 * showNumber(58.8, '#,##0.0"%"');     // => "58.8%"
 * showNumber(0.588, "#,##0.0%");       // => "58.8%"
 * showNumber(-2.1, gapFormat(figureStyle("%", [1.5], 1))); // => "2.1 percentage points worse"
 * showNumber(17.358333333333338);      // => "17.35833333"
 */
export function showNumber(value: number, code?: string): string {
  if (code === undefined || code === "" || code === "General") return String(Number(value.toPrecision(10)));
  const [positive, negative, zero] = sections(code);
  if (value === 0 && zero !== undefined) return applySection(zero, 0);
  if (value < 0 && negative !== undefined) return applySection(negative, -value);
  const shown = applySection(positive, Math.abs(value));
  return value < 0 && /[1-9]/.test(shown) ? `-${shown}` : shown;
}
