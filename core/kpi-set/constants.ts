/**
 * Constants of change on earlier periods, seasonality, period labels and the balance of the KPI
 * set, each with its source.
 */
import { MIN_POINTS_FOR_LIMITS, MOVING_RANGE_SCREEN } from "../spc/constants";

// Change on an earlier period (KPI.CHANGE)

/** How many cells back KPI.CHANGE looks unless told: the previous period (docs/FORMULAS.md, KPI.CHANGE). */
export const DEFAULT_PERIODS_BACK = 1;

/**
 * Relative tolerance under which two values count as equal ("No change"), so that 0.1 + 0.2
 * against 0.3 is no change, as it is on screen (spreadsheets show 15 significant digits).
 */
export const CHANGE_EQUALITY_TOLERANCE = 1e-12;

/**
 * Upper range limit of a moving-range chart, as a multiple of the mean moving range: D4 = 3.267
 * for ranges of two points (Wheeler and Chambers, Understanding Statistical Process Control, 1992).
 * The same factor SPC screens moving ranges with, taken from there so the number has one source.
 * A change larger than this is outside the usual range of the series' changes.
 */
export const MOVING_RANGE_UPPER_LIMIT_SCALE = MOVING_RANGE_SCREEN;

/**
 * Fewest earlier changes of the same span needed to say what a usual change is: the changes
 * between the 12 points Making Data Count asks for before process limits are trusted.
 */
export const MIN_CHANGES_FOR_USUAL_RANGE = MIN_POINTS_FOR_LIMITS - 1;

// Seasonality

/**
 * Significance level below which a series is called seasonal: 1%, the level of seastests'
 * `isSeasonal(test = "kw")` (Ollech 2021) and of the Kruskal-Wallis test for stable seasonality in
 * X-13ARIMA-SEATS (table D8: "seasonality present at the one percent level").
 */
export const SEASONALITY_ALPHA = 0.01;

/**
 * Fewest whole years of values before seasonality is judged: three, the shortest series
 * X-13ARIMA-SEATS will seasonally adjust (US Census Bureau, X-13ARIMA-SEATS Reference Manual).
 * Below it the narrative compares with the previous period.
 */
export const MIN_YEARS_FOR_SEASONALITY = 3;

/** Fewest period-to-period changes needed in every season (month or quarter) for the test. */
export const MIN_CHANGES_PER_SEASON = 2;

// The balance of the KPI set (KPI.BALANCE)

/**
 * The five categories of a balanced set of measures: the best value duty's economy, efficiency
 * and effectiveness, with equity and the citizen's experience that the LGA guide (2022,
 * "Measures that focus on effectiveness" and "Ensuring the citizen's perspective is included")
 * says are neglected because they are harder to count.
 */
export const STANDARD_CATEGORIES = ["Economy", "Efficiency", "Effectiveness", "Equity", "Citizen experience"] as const;

/** One of the five standard categories. */
export type StandardCategory = (typeof STANDARD_CATEGORIES)[number];

/**
 * Other spellings councils use for the standard categories, compared after normalising (lower
 * case, `&` as "and", apostrophes and punctuation dropped, spaces collapsed). "Customer" and
 * "resident" words count as citizen experience: councils write "customer experience" or
 * "resident satisfaction" for the same measures (the guide's own example is resident
 * satisfaction); "equality" and "fairness" count as equity; "outcome" as effectiveness;
 * "productivity" as efficiency. A bare "cost" is not taken for economy: a unit cost
 * measures efficiency.
 */
export const CATEGORY_SPELLINGS: Readonly<Record<StandardCategory, readonly string[]>> = {
  Economy: ["economy", "economic"],
  Efficiency: ["efficiency", "efficient", "productivity"],
  Effectiveness: ["effectiveness", "effective", "outcome", "outcomes"],
  Equity: [
    "equity",
    "equality",
    "equalities",
    "fairness",
    "equality and diversity",
    "equality diversity and inclusion",
    "equity diversity and inclusion",
    "edi",
  ],
  "Citizen experience": [
    "citizen experience",
    "citizens experience",
    "citizen",
    "citizens",
    "citizen perspective",
    "citizens perspective",
    "citizen view",
    "citizens view",
    "customer",
    "customers",
    "customer experience",
    "customers experience",
    "customer satisfaction",
    "resident experience",
    "residents experience",
    "resident satisfaction",
    "residents satisfaction",
    "service user experience",
    "user experience",
  ],
};

/**
 * Words that make a KPI an equity measure wherever they appear in its category or its name (whole
 * words, after normalising): deprivation and inequality, equity and equality. The LGA guide (2022)
 * names equity among the measures that are "often neglected" and quotes the Local Government Act
 * 1999's duty that services be "fair and accessible to all who need them"; a measure of how an
 * outcome differs between groups is how that fairness is measured, and public health's equity
 * indicators are named so: "Slope index of inequality in life expectancy at birth", "Inequality in
 * life expectancy at birth", an indicator "by deprivation decile" (PHOF, Fingertips).
 */
export const EQUITY_WORDS: readonly string[] = ["deprivation", "deprived", "inequality", "inequalities", "inequity", "inequities", "equity", "equality", "equalities"];

/**
 * A gap is an equity measure when it is a gap between groups: "gap" with "between" in the same
 * text, as PHOF names its gaps ("Gap in the employment rate between those with a long-term health
 * condition and the overall employment rate"). A "budget gap" or "funding gap" is not.
 */
export const EQUITY_GAP = { word: "gap", between: "between" } as const;

/**
 * Share of the categorised KPIs above which the set is "dominated by economy and efficiency":
 * more than half. An even spread over the five categories would give two fifths to the two
 * easy-to-count categories; when they hold the majority, what is quick and cheap to measure is
 * crowding out the rest (LGA guide 2022: "a bias towards measuring performance in terms of easily
 * quantifiable measures (often economy and efficiency)").
 */
export const ECONOMY_EFFICIENCY_DOMINANCE_SHARE = 0.5;

/**
 * When an unknown category is taken for a typo of a known spelling: its edit distance
 * (insertions, deletions, substitutions and swaps of two neighbouring letters) is at most one
 * for 4 to 7 letters and at most two from 8 letters; text under 4 letters is never a typo.
 * Damerau (1964) found over 80% of misspellings to be a single such edit; the second edit is
 * allowed only for long words, so that short genuine categories ("Ecology" against "Economy")
 * are not mistaken for typos.
 */
export const TYPO_MIN_LENGTH = 4;

/** Length from which two edits still count as a typo (see {@link TYPO_MIN_LENGTH}). */
export const TYPO_TWO_EDITS_MIN_LENGTH = 8;
