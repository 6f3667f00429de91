/**
 * Scanners for the security tests: ways a script could send data out, and the page's Content
 * Security Policy.
 */

/** Browser, Node and Apps Script ways to send data out of the page or the script. */
export const NETWORK_CALLS: readonly [string, RegExp][] = [
  ["fetch", /\bfetch\s*\(/],
  ["XMLHttpRequest", /\bXMLHttpRequest\b/],
  ["WebSocket", /\bWebSocket\b/],
  ["navigator.sendBeacon", /\bsendBeacon\b/],
  ["EventSource", /\bEventSource\b/],
  ["WebRTC", /\bRTCPeerConnection\b/],
  ["importScripts", /\bimportScripts\s*\(/],
  ["a script element made at run time", /createElement\(\s*["'`]script["'`]\s*\)/],
  ["a form submitted from script", /\.submit\s*\(\s*\)/],
  ["Apps Script UrlFetchApp", /\bUrlFetchApp\b/],
  ["Apps Script MailApp / GmailApp", /\b(MailApp|GmailApp)\b/],
  ["Apps Script DriveApp (other files)", /\bDriveApp\b/],
  ["Apps Script other documents", /\b(DocumentApp|SlidesApp|FormApp|CalendarApp|Jdbc)\b/],
  ["another spreadsheet", /\bopenBy(Id|Url)\s*\(/],
  ["Node http/https/net", /require\(\s*["'](node:)?(https?|net|tls|dgram)["']\s*\)/],
];

/**
 * Web addresses a built script may contain: Office.js's home, and XML namespace names (identifiers,
 * never fetched): the W3C's (XML, SVG) and, in the demo's .xlsx reader and writer, those of Office
 * Open XML (ECMA-376: schemas.openxmlformats.org, schemas.microsoft.com/office, purl.oclc.org/ooxml).
 */
export const ALLOWED_ADDRESS = /^https?:\/\/(appsforoffice\.microsoft\.com\/|www\.w3\.org\/|schemas\.openxmlformats\.org\/|schemas\.microsoft\.com\/office\/|purl\.oclc\.org\/ooxml\/)/;

/** The problems in one script's text: network calls and web addresses outside the allow-list. */
export function networkProblems(text: string): string[] {
  const problems = NETWORK_CALLS.filter(([, pattern]) => pattern.test(text)).map(([what]) => `uses ${what}`);
  // Addresses in string literals (an address in a comment, as in a development build, is not used).
  for (const match of text.matchAll(/["'`](?:wss?|https?):\/\/[^\s"'`)<>\\]*/g)) {
    const address = match[0].slice(1);
    if (!ALLOWED_ADDRESS.test(address)) problems.push(`contains the address ${address}`);
  }
  return problems;
}


/** A Content Security Policy as a map from directive to its sources. */
export type Policy = Map<string, string[]>;

/** One HTML start tag: its name (lower case) and its attributes (names lower case). */
export interface Tag {
  name: string;
  attributes: Map<string, string>;
}

/** The start tags of a page, with their attributes quoted or not (a minified page drops quotes). */
export function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  for (const match of withoutComments.matchAll(/<([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const attributes = new Map<string, string>();
    for (const attribute of match[2].matchAll(/([^\s=/"'>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attributes.set(attribute[1].toLowerCase(), attribute[2] ?? attribute[3] ?? attribute[4] ?? "");
    }
    tags.push({ name: match[1].toLowerCase(), attributes });
  }
  return tags;
}

/**
 * Reads the Content Security Policy a page declares in `<meta http-equiv="Content-Security-Policy">`,
 * or `undefined` when it declares none.
 */
export function pagePolicy(html: string): Policy | undefined {
  const meta = tagsOf(html).find(
    (tag) => tag.name === "meta" && (tag.attributes.get("http-equiv") ?? "").toLowerCase() === "content-security-policy",
  );
  const content = meta?.attributes.get("content");
  if (content === undefined) return undefined;
  const policy: Policy = new Map();
  for (const directive of content.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources a directive allows, falling back to default-src as browsers do. */
export function sourcesOf(policy: Policy, directive: string): string[] {
  return policy.get(directive) ?? policy.get("default-src") ?? ["*"];
}

/** The addresses a page loads by itself: script, stylesheet, image, frame and media sources. */
export function loadedAddresses(html: string): string[] {
  const loaders = new Set(["script", "link", "img", "iframe", "frame", "source", "audio", "video", "embed", "object", "track", "input"]);
  const addresses: string[] = [];
  for (const tag of tagsOf(html)) {
    if (!loaders.has(tag.name)) continue;
    for (const attribute of ["src", "href", "data", "srcset", "poster"]) {
      const value = tag.attributes.get(attribute);
      if (value !== undefined) addresses.push(value);
    }
  }
  return addresses;
}

/** The text of the page's inline scripts. */
export function inlineScripts(html: string): string {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((match) => match[1]).join("\n");
}
