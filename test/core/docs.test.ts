/**
 * The documents the code cites are in the repository: every `NAME.md` a source file names exists
 * (a bare name under docs/, or README.md and SECURITY.md at the root; a path from the root), and a
 * citation of a part of a document names a part that is there: a quoted heading
 * (`docs/SPC.md, "Rebasing"`), a formula of the generated reference (`docs/FORMULAS.md, KPI.RAG`)
 * or a numbered rule of the design (`docs/DESIGN.md, rule 7`). The notes in docs/ are held to the
 * same rule for their links to each other.
 */
import fs from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const DOCS = path.join(ROOT, "docs");

/** Folders whose source files may cite documents. */
const SOURCE_FOLDERS = ["core", "panel", "excel-addin", "sheets-addon", "tools", "test"];

/** Files that cite documents: code and pages, not data. */
const SOURCE_FILE = /\.(ts|js|html)$/;

/** Documents at the root that a bare name may mean. */
const ROOT_DOCUMENTS = ["README.md", "SECURITY.md"];

/** A document name, with the folders written before it: `SPC.md`, `docs/SPC.md`, `test/reference/README.md`, `../SECURITY.md`. */
const DOCUMENT = /((?:[\w.-]+\/)*)\b([A-Z][A-Z0-9-]*\.md)\b/g;

/**
 * What may follow a document name to cite a part of it: after a comma or a space (a closing
 * bracket or parenthesis of a Markdown link first, and comment markers on a wrapped line between),
 * a quoted heading, a formula name, or a rule number.
 */
const PART = /^[\])]*(?:,\s*|\s+)[\s*/]*(?:"([^"\n]+)"|'([^'\n]+)'|(KPI\.[A-Z]+)\b|rule (\d+)\b)/;

/** One cited document, or part of one, that is not there. */
interface BrokenCitation {
  line: number;
  citation: string;
  problem: string;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** The headings of a Markdown document, lower case. */
function headingsOf(text: string): Set<string> {
  return new Set(
    text
      .split("\n")
      .filter((line) => /^#{1,6} /.test(line))
      .map((line) => line.replace(/^#+\s*/, "").trim().toLowerCase()),
  );
}

/** The numbers of the design's rules: the numbered items in bold (`1. **The core knows ...`). */
function rulesOf(text: string): Set<string> {
  return new Set([...text.matchAll(/^(\d+)\. \*\*/gm)].map((match) => match[1]));
}

/**
 * Where a cited document is: when a folder is written, from `base` or else from the root (a note
 * may name `docs/FORMULAS.md` as the code does); a bare name under docs/ (or beside the note), or
 * README.md and SECURITY.md at the root.
 */
function locate(folders: string, name: string, base: string): string {
  if (folders !== "") {
    const fromBase = path.resolve(base, folders, name);
    return fs.existsSync(fromBase) ? fromBase : path.resolve(ROOT, folders, name);
  }
  if (ROOT_DOCUMENTS.includes(name) && base === ROOT) return path.join(ROOT, name);
  return path.join(base === ROOT ? DOCS : base, name);
}

/**
 * The citations of a text that point at a missing document or a missing part of one.
 *
 * @param text the file's text
 * @param base the folder a written path starts from (the root for code, docs/ for the notes)
 */
function brokenCitations(text: string, base: string): BrokenCitation[] {
  const broken: BrokenCitation[] = [];
  for (const match of text.matchAll(DOCUMENT)) {
    const [whole, folders, name] = match;
    const at = match.index ?? 0;
    const line = text.slice(0, at).split("\n").length;
    const file = locate(folders, name, base);
    if (!fs.existsSync(file)) {
      broken.push({ line, citation: whole, problem: `there is no ${path.relative(ROOT, file)}` });
      continue;
    }
    const part = PART.exec(text.slice(at + whole.length, at + whole.length + 200));
    if (part === null || !file.endsWith(".md")) continue;
    const [, doubleQuoted, singleQuoted, formula, rule] = part;
    const document = fs.readFileSync(file, "utf8");
    const heading = doubleQuoted ?? singleQuoted ?? formula;
    if (heading !== undefined && !headingsOf(document).has(heading.trim().toLowerCase())) {
      broken.push({ line, citation: `${whole} "${heading}"`, problem: `${path.relative(ROOT, file)} has no heading "${heading}"` });
    }
    if (rule !== undefined && !rulesOf(document).has(rule)) {
      broken.push({ line, citation: `${whole} rule ${rule}`, problem: `${path.relative(ROOT, file)} has no rule ${rule}` });
    }
  }
  return broken;
}

describe("the checker finds a broken citation", () => {
  const missing = "NO-SUCH-NOTE.md";
  const design = "DESIGN.md";

  test("a document that is not there", () => {
    expect(brokenCitations(`/** see ${missing} */`, ROOT)).toEqual([
      { line: 1, citation: missing, problem: `there is no docs/${missing}` },
    ]);
  });

  test("a heading, a formula and a rule that are not there, across a wrapped comment line", () => {
    const text = `// docs/${design}, "No such part"\n/** (docs/FORMULAS.md,\n * KPI.NOSUCH) docs/${design} rule 99 */`;
    expect(brokenCitations(text, ROOT).map((citation) => citation.problem)).toEqual([
      `docs/${design} has no heading "No such part"`,
      `docs/FORMULAS.md has no heading "KPI.NOSUCH"`,
      `docs/${design} has no rule 99`,
    ]);
  });

  test("citations that are there pass", () => {
    const text = `(docs/${design}, "Layers of the core") (docs/FORMULAS.md, KPI.RAG) (docs/${design}, rule 7) test/reference/README.md`;
    expect(brokenCitations(text, ROOT)).toEqual([]);
  });
});

describe("every document the code cites is in the repository", () => {
  // This file's own examples of broken citations are checked above, on purpose.
  const self = path.relative(ROOT, __filename);
  const sources = SOURCE_FOLDERS.flatMap((folder) => filesUnder(path.join(ROOT, folder)))
    .filter((file) => SOURCE_FILE.test(file))
    .map((file) => path.relative(ROOT, file))
    .filter((file) => file !== self);

  test("there are sources to check", () => {
    expect(sources.length).toBeGreaterThan(100);
  });

  test.each(sources)("%s cites only documents and parts that exist", (file) => {
    expect(brokenCitations(fs.readFileSync(path.join(ROOT, file), "utf8"), ROOT)).toEqual([]);
  });
});

describe("the notes in docs/ link to documents and parts that exist", () => {
  const notes = fs.readdirSync(DOCS).filter((name) => name.endsWith(".md") && name !== "FORMULAS.md");

  test.each(notes)("docs/%s", (name) => {
    expect(brokenCitations(fs.readFileSync(path.join(DOCS, name), "utf8"), DOCS)).toEqual([]);
  });
});
