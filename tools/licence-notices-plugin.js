/**
 * Webpack plugin that puts the licence notices of the npm packages bundled into each script at the
 * top of that script, so they travel with the code: clasp pushes only Code.js, never a separate
 * Code.js.LICENSE.txt. Each licence text appears once, with each package's own copyright or
 * attribution part, then the licence comments found in the bundled source files.
 */
const fs = require("fs");
const path = require("path");

/** First line of the notices comment; tools/catalogue-plugin.js keeps a comment starting so at the top of Code.js. */
const NOTICES_HEADING = "/*! Third-party software in this file, and the licences it is used under.";

/**
 * The npm packages webpack put in a chunk: their roots (node_modules/<name> or
 * node_modules/@scope/<name>) and the files of theirs it bundled.
 */
function bundledPackages(compilation, chunk) {
  const roots = new Set();
  const files = new Set();
  const visit = (module) => {
    if (module.modules) for (const inner of module.modules) visit(inner);
    const resource = module.resource;
    if (typeof resource !== "string") return;
    const file = resource.replace(/[?#].*$/, "");
    const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file);
    if (!match) return;
    roots.add(match[1]);
    files.add(file);
  };
  for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) visit(module);
  return { roots: [...roots], files: [...files].sort() };
}

/**
 * The licence comments in bundled source files, the ones a minifier keeps by default (`/*!`,
 * `@license`, `@preserve`): a file may carry a notice its package's LICENSE lacks (the @stdlib
 * files name the FreeBSD, Go and Boost code they derive from). Returned as paragraphs, each once.
 */
function sourceNoticeParagraphs(files) {
  const seen = new Set();
  const found = [];
  for (const file of files) {
    for (const [comment] of fs.readFileSync(file, "utf8").matchAll(/\/\*[\s\S]*?\*\//g)) {
      if (!/^\/\*!|@license|@preserve/.test(comment)) continue;
      const text = comment
        .replace(/^\/\*!?\**/, "")
        .replace(/\*\/$/, "")
        .split("\n")
        .map((line) => line.replace(/^\s*\* ?/, ""))
        .join("\n");
      for (const paragraph of paragraphs(text)) {
        if (seen.has(paragraph.key)) continue;
        seen.add(paragraph.key);
        found.push(paragraph);
      }
    }
  }
  return found;
}

/**
 * A text split into paragraphs (blocks separated by blank lines; a ``` fenced block is one
 * paragraph, blank lines and all), each with a whitespace-collapsed key to compare by.
 */
function paragraphs(text) {
  const blocks = [];
  let block = [];
  let fenced = false;
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (!fenced && line.trim() === "") {
      if (block.length > 0) blocks.push(block.join("\n"));
      block = [];
    } else block.push(line.replace(/\s+$/, ""));
  }
  if (block.length > 0) blocks.push(block.join("\n"));
  return blocks.map((text) => ({ text, key: text.replace(/\s+/g, " ").trim() }));
}

/** What a package says about its licence: name, version, SPDX id, LICENSE paragraphs, NOTICE text. */
function packageLicence(root) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const files = fs.readdirSync(root);
  const licenceFile = files.find((name) => /^(licen[cs]e|copying)([.-].*)?$/i.test(name));
  const noticeFile = files.find((name) => /^notice([.-].*)?$/i.test(name));
  const licence = typeof manifest.license === "string" ? manifest.license : (manifest.license && manifest.license.type) || "UNLICENSED";
  return {
    id: `${manifest.name} ${manifest.version}`,
    licence,
    paragraphs: licenceFile ? paragraphs(fs.readFileSync(path.join(root, licenceFile), "utf8")) : [{ text: `(the package has no licence file; its package.json says ${licence})`, key: "" }],
    notice: noticeFile ? fs.readFileSync(path.join(root, noticeFile), "utf8").trim() : "",
  };
}

/** Counts the paragraphs `lists` share at their start (fromEnd false) or end (fromEnd true). */
function sharedParagraphs(lists, fromEnd) {
  const shortest = Math.min(...lists.map((list) => list.length));
  let count = 0;
  while (count < shortest) {
    const at = (list) => list[fromEnd ? list.length - 1 - count : count].key;
    if (!lists.every((list) => at(list) === at(lists[0]))) break;
    count++;
  }
  return count;
}

/** Wraps a list of names into comment lines no wider than about 100 characters. */
function wrapList(names, indent) {
  const lines = [];
  let line = "";
  for (const name of names) {
    const next = line ? `${line}, ${name}` : name;
    if (next.length + indent.length > 100 && line) {
      lines.push(`${indent}${line},`);
      line = name;
    } else line = next;
  }
  if (line) lines.push(`${indent}${line}`);
  return lines;
}

/**
 * Groups packages whose LICENSE files share a paragraph of the licence proper (longer than 200
 * characters: the terms, not a title or a copyright line), so that one licence is printed once even
 * where package.json names it differently ("Apache-2.0" and "Apache-2.0 AND BSL-1.0").
 */
function licenceGroups(packages) {
  const parent = packages.map((_, k) => k);
  const find = (k) => (parent[k] === k ? k : (parent[k] = find(parent[k])));
  const owner = new Map();
  packages.forEach((info, k) => {
    for (const paragraph of info.paragraphs) {
      if (paragraph.key.length <= 200) continue;
      if (owner.has(paragraph.key)) parent[find(k)] = find(owner.get(paragraph.key));
      else owner.set(paragraph.key, k);
    }
  });
  const groups = new Map();
  packages.forEach((info, k) => {
    const root = find(k);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root).push(info);
  });
  return [...groups.values()];
}

/** The notices comment for a set of packages, one section per licence text, then the notices in their source files. */
function noticesComment(packages, sourceNotices = []) {
  const lines = [NOTICES_HEADING, ""];
  const indented = (text, indent) => text.split("\n").map((line) => `${indent}${line}`.replace(/\s+$/, ""));
  const sorted = [...packages].sort((a, b) => a.id.localeCompare(b.id));
  const groups = licenceGroups(sorted).sort((a, b) => a[0].licence.localeCompare(b[0].licence) || a[0].id.localeCompare(b[0].id));
  for (const group of groups) {
    const licences = [...new Set(group.map((info) => info.licence))].join("; ");
    lines.push(`== ${licences}: ${group.length} package${group.length > 1 ? "s" : ""} ==`, ...wrapList(group.map((info) => info.id), ""), "");

    const notices = new Map();
    for (const info of group) if (info.notice) notices.set(info.notice, [...(notices.get(info.notice) || []), info.id]);
    const ranked = [...notices].sort((a, b) => b[1].length - a[1].length);
    ranked.forEach(([notice, ids], rank) => {
      if (ids.length === group.length) lines.push("NOTICE file of every package above:");
      else if (rank === 0 && ids.length > group.length / 2) lines.push("NOTICE file of every package above not named below:");
      else lines.push("NOTICE file of:", ...wrapList(ids, "  "));
      lines.push(...indented(notice, "    "), "");
    });

    const lists = group.map((info) => info.paragraphs);
    const head = sharedParagraphs(lists, false);
    const rests = lists.map((list) => list.slice(head));
    const tail = sharedParagraphs(rests, true);
    if (head > 0) {
      lines.push(group.length > 1 ? "Licence, as the LICENSE file of every package above gives it:" : "Licence, as its LICENSE file gives it:");
      for (const paragraph of lists[0].slice(0, head)) lines.push(...indented(paragraph.text, "    "), "");
    }
    const middles = new Map();
    group.forEach((info, k) => {
      const middle = rests[k].slice(0, rests[k].length - tail);
      if (middle.length === 0) return;
      const key = middle.map((p) => p.key).join("\n\n");
      if (!middles.has(key)) middles.set(key, { middle, ids: [] });
      middles.get(key).ids.push(info.id);
    });
    for (const { middle, ids } of middles.values()) {
      lines.push(`${head > 0 ? "Then, in the LICENSE file of" : "The LICENSE file of"}:`, ...wrapList(ids, "  "));
      for (const paragraph of middle) lines.push(...indented(paragraph.text, "    "), "");
    }
    if (tail > 0) {
      lines.push(head > 0 || middles.size > 0 ? "Then, in the LICENSE file of every package above:" : "Licence:");
      for (const paragraph of rests[0].slice(rests[0].length - tail)) lines.push(...indented(paragraph.text, "    "), "");
    }
  }
  if (sourceNotices.length > 0) {
    lines.push("== Notices in the bundled source files of these packages (each paragraph once) ==");
    for (const paragraph of sourceNotices) lines.push(...indented(paragraph.text, "    "), "");
  }
  while (lines[lines.length - 1] === "") lines.pop();
  const body = lines.slice(1).map((line) => (line ? ` * ${line}` : " *").replace(/\*\//g, "* /"));
  return [lines[0], ...body, " */"].join("\n") + "\n";
}

/** Puts the licence notices of the packages bundled into each script at the top of that script. */
class LicenceNoticesPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LicenceNoticesPlugin", (compilation) => {
      // After minimizing (OPTIMIZE_SIZE), before the sidebar is inlined (OPTIMIZE_INLINE) and the
      // Sheets stubs are added (SUMMARIZE).
      compilation.hooks.processAssets.tap({ name: "LicenceNoticesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING }, () => {
        for (const chunk of compilation.chunks) {
          const { roots, files } = bundledPackages(compilation, chunk);
          if (roots.length === 0) continue;
          const comment = noticesComment(roots.map(packageLicence), sourceNoticeParagraphs(files));
          for (const file of chunk.files) {
            if (/\.js$/.test(file) && compilation.getAsset(file)) compilation.updateAsset(file, (old) => new sources.ConcatSource(comment, old));
          }
        }
      });
    });
  }
}

module.exports = { LicenceNoticesPlugin, noticesComment, NOTICES_HEADING };
