/**
 * Which Chromium the browser tests drive, so that `npm ci && npm test` is all the set-up a machine
 * needs. In this order:
 *
 * 1. `CHROMIUM_PATH`, when set (a missing file there is an error, not a reason to look elsewhere);
 * 2. a Chromium, Chrome or Edge installed on the machine: on Linux Debian's and Ubuntu's
 *    `/usr/bin/chromium` and `/usr/bin/chromium-browser`, Google's `/usr/bin/google-chrome`,
 *    Microsoft's `/usr/bin/microsoft-edge`; on Windows and macOS playwright-core's `chrome` and
 *    `msedge` channels, looked for where playwright-core looks (its browser registry,
 *    `_createChromiumChannel`);
 * 3. on x64 Linux, the Chromium inside the `@sparticuz/chromium` devDependency: a brotli-packed
 *    headless shell in the npm tarball itself, so nothing is downloaded at install or test time.
 *    It is unpacked once per version into the temporary folder (about 210 MB) and reused by later runs.
 *
 * The machine is passed in, so the order can be tested with made-up file systems and environments.
 */
import { execFile } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { pathToFileURL } from "url";

/** The flags every browser gets: headless, no sandbox (containers), no GPU, and no traffic of its own. */
export const OUR_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Flags `@sparticuz/chromium` recommends for serverless hosts (its `chromium.args`) that we leave
 * out, each with why. With all of them the panel's suites still pass, but these make a page behave
 * unlike it does in a user's browser, which would let a page that fails in Office pass here: checked
 * with this Chromium, `--disable-web-security` lets a page read another origin's response, and the
 * SharedArrayBuffer feature exposes `SharedArrayBuffer` on a page that is not cross-origin isolated.
 */
export const BUNDLED_FLAGS_LEFT_OUT: Record<string, string> = {
  "--disable-web-security": "turns off the same-origin policy",
  "--allow-running-insecure-content": "lets an https page run http scripts, which browsers block",
  "--disable-site-isolation-trials": "turns off site isolation (Excel on the web frames the pane from another site)",
  "--disable-features=": "its list turns off IsolateOrigins and site-per-process (site isolation)",
  "--enable-features=": "its list exposes SharedArrayBuffer to pages that are not cross-origin isolated",
  "--single-process": "runs every frame in one renderer, another way round site isolation (Lambda needs it, we do not)",
  "--headless=": "playwright-core chooses the headless mode itself",
};

/** Linux places where a distribution's or vendor's package puts the browser. */
export const LINUX_BROWSERS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/microsoft-edge"];

/** Where playwright-core looks for its `chrome` and `msedge` channels on Windows and macOS. */
const CHANNELS: { channel: "chrome" | "msedge"; darwin: string; win32: string }[] = [
  { channel: "chrome", darwin: "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", win32: "\\Google\\Chrome\\Application\\chrome.exe" },
  { channel: "msedge", darwin: "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge", win32: "\\Microsoft\\Edge\\Application\\msedge.exe" },
];

/** The Chromium packed inside the `@sparticuz/chromium` package, once unpacked. */
export interface BundledChromium {
  executablePath: string;
  /** The flags the package recommends (its `chromium.args`). */
  args: string[];
  /** Its font folder (Open Sans and a fonts.conf), for a machine with no fontconfig set-up of its own. */
  fontconfigPath: string;
}

/** What the search needs to know about the machine. */
export interface Machine {
  platform: NodeJS.Platform;
  arch: string;
  env: Record<string, string | undefined>;
  isFile(file: string): boolean;
  unpackBundledChromium(): Promise<BundledChromium>;
}

/** The browser found and how to launch it with playwright-core. */
export interface FoundBrowser {
  /** Where it came from, for messages. */
  source: string;
  executablePath?: string;
  channel?: "chrome" | "msedge";
  args: string[];
  /** Extra environment for the browser process. */
  env?: Record<string, string>;
}

/** Our flags followed by the package's recommended ones, less those left out and those we already pass. */
export function combineFlags(ours: string[], bundled: string[]): string[] {
  const leftOut = Object.keys(BUNDLED_FLAGS_LEFT_OUT);
  const kept = bundled.filter((flag) => !ours.includes(flag) && !leftOut.some((prefix) => (prefix.endsWith("=") ? flag.startsWith(prefix) : flag === prefix)));
  return [...ours, ...kept];
}

/** The installed Chrome or Edge playwright-core would find on Windows or macOS, if any. */
function installedChannel(machine: Machine): "chrome" | "msedge" | undefined {
  for (const { channel, darwin, win32 } of CHANNELS) {
    if (machine.platform === "darwin" && machine.isFile(darwin)) return channel;
    if (machine.platform === "win32") {
      const { env } = machine;
      const prefixes = [env.LOCALAPPDATA, env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.HOMEDRIVE && `${env.HOMEDRIVE}\\Program Files`, env.HOMEDRIVE && `${env.HOMEDRIVE}\\Program Files (x86)`];
      if (prefixes.some((prefix) => prefix && machine.isFile(path.win32.join(prefix, win32)))) return channel;
    }
  }
  return undefined;
}

/** Finds a browser for the tests, in the order above; fails with what to do when there is none. */
export async function findBrowser(machine: Machine): Promise<FoundBrowser> {
  const override = machine.env.CHROMIUM_PATH;
  if (override) {
    if (!machine.isFile(override)) throw new Error(`CHROMIUM_PATH is set to ${override}, but there is no file there. Point it at a Chromium, Chrome or Edge executable, or unset it.`);
    return { source: "CHROMIUM_PATH", executablePath: override, args: OUR_FLAGS };
  }
  if (machine.platform === "linux") {
    const installed = LINUX_BROWSERS.find((file) => machine.isFile(file));
    if (installed) return { source: installed, executablePath: installed, args: OUR_FLAGS };
    if (machine.arch !== "x64") throw new Error(`No Chromium found in ${LINUX_BROWSERS.join(", ")}, and the Chromium in @sparticuz/chromium is for x64 only. Install Chromium or set CHROMIUM_PATH.`);
    const bundled = await machine.unpackBundledChromium();
    // Use the package's fonts only where the machine has no fontconfig set-up (a slim container):
    // elsewhere the page is drawn with the machine's own fonts, as a user's browser draws it.
    const env = machine.isFile("/etc/fonts/fonts.conf") ? undefined : { FONTCONFIG_PATH: bundled.fontconfigPath };
    return { source: "@sparticuz/chromium", executablePath: bundled.executablePath, args: combineFlags(OUR_FLAGS, bundled.args), env };
  }
  const channel = installedChannel(machine);
  if (channel) return { source: `playwright-core channel ${channel}`, channel, args: OUR_FLAGS };
  throw new Error("No Chrome or Edge found. Install Google Chrome or Microsoft Edge, or set CHROMIUM_PATH to a Chromium executable.");
}

/** Run in a child Node process: the package is an ES module, which jest's module loader cannot import. */
const UNPACK_SCRIPT = `
const { default: chromium } = await import(process.argv[1]);
const executablePath = await chromium.executablePath();
process.stdout.write(JSON.stringify({ executablePath, args: chromium.args }));
`;

const READY = "unpacked.json";

/**
 * Unpacks the package's Chromium into `<tmp>/kpi-scrutiny-chromium-<version>-<user>`, once: into a fresh
 * folder first (the package unpacks into whatever TMPDIR names), then renamed into place, so test
 * files running side by side never see half a browser.
 */
export async function unpackBundledChromium(): Promise<BundledChromium> {
  const entry = require.resolve("@sparticuz/chromium");
  const packageFolder = path.resolve(path.dirname(entry), "..");
  const { version } = JSON.parse(fs.readFileSync(path.join(packageFolder, "package.json"), "utf8")) as { version: string };
  // One copy per version and per user (the folder is private to whoever unpacked it).
  const folder = path.join(os.tmpdir(), `kpi-scrutiny-chromium-${version}-${os.userInfo().username}`);
  const ready = path.join(folder, READY);
  if (!fs.existsSync(ready)) {
    const staging = fs.mkdtempSync(`${folder}-unpacking-`);
    try {
      await unpackInto(staging, entry, folder, version);
      fs.renameSync(staging, folder);
    } catch (error) {
      // A failed unpack leaves nothing behind; a lost race (another test file renamed its complete
      // copy into place first) is no failure.
      fs.rmSync(staging, { recursive: true, force: true });
      if (!fs.existsSync(ready)) throw error;
    }
  }
  const { executable, args } = JSON.parse(fs.readFileSync(ready, "utf8")) as { executable: string; args: string[] };
  return { executablePath: path.join(folder, executable), args, fontconfigPath: path.join(folder, "fonts") };
}

/** Unpacks the package into `staging`, to be renamed to `folder`, and records what it unpacked. */
async function unpackInto(staging: string, entry: string, folder: string, version: string): Promise<void> {
  const output = await new Promise<string>((resolve, reject) =>
    execFile(
      process.execPath,
      ["--input-type=module", "-e", UNPACK_SCRIPT, pathToFileURL(entry).href],
      { env: { ...process.env, TMPDIR: staging, TMP: staging, TEMP: staging }, maxBuffer: 1024 * 1024 },
      (error, stdout, stderr) => (error ? reject(new Error(`Could not unpack @sparticuz/chromium: ${stderr || error.message}`)) : resolve(stdout)),
    ),
  );
  const unpacked = JSON.parse(output) as { executablePath: string; args: string[] };
  if (path.dirname(unpacked.executablePath) !== staging) throw new Error(`@sparticuz/chromium unpacked to ${unpacked.executablePath}, not into ${staging}`);
  // Its fonts.conf names /tmp/fonts; point it at the fonts as they will be once renamed into place.
  fs.writeFileSync(
    path.join(staging, "fonts", "fonts.conf"),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${path.join(folder, "fonts")}</dir>\n  <cachedir>${path.join(folder, "fonts-cache")}</cachedir>\n</fontconfig>\n`,
  );
  fs.writeFileSync(path.join(staging, READY), JSON.stringify({ version, executable: path.basename(unpacked.executablePath), args: unpacked.args }));
}

/** This machine. */
export function thisMachine(): Machine {
  return {
    platform: process.platform,
    arch: process.arch,
    env: process.env,
    isFile: (file) => {
      try {
        return fs.statSync(file).isFile();
      } catch {
        return false;
      }
    },
    unpackBundledChromium,
  };
}
