/**
 * The order in which the browser tests look for a browser (find-browser.ts), on made-up machines:
 * CHROMIUM_PATH, then an installed Chromium, Chrome or Edge, then on x64 Linux the Chromium inside
 * @sparticuz/chromium. No browser is started here.
 */
import { execFileSync } from "child_process";
import { pathToFileURL } from "url";
import { BUNDLED_FLAGS_LEFT_OUT, BundledChromium, LINUX_BROWSERS, Machine, OUR_FLAGS, combineFlags, findBrowser } from "./find-browser";

/** @sparticuz/chromium 153.0.0's `chromium.args` with graphics on (its default), copied from its build/index.js. */
const SPARTICUZ_153_ARGS = [
  "--ash-no-nudges",
  "--disable-domain-reliability",
  "--disable-print-preview",
  "--disk-cache-size=33554432",
  "--no-default-browser-check",
  "--no-pings",
  "--single-process",
  "--font-render-hinting=none",
  "--disable-features=AudioServiceOutOfProcess,IsolateOrigins,site-per-process",
  "--enable-features=SharedArrayBuffer",
  "--ignore-gpu-blocklist",
  "--in-process-gpu",
  "--use-gl=angle",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--allow-running-insecure-content",
  "--disable-setuid-sandbox",
  "--disable-site-isolation-trials",
  "--disable-web-security",
  "--headless='shell'",
  "--no-sandbox",
  "--no-zygote",
];

const BUNDLED: BundledChromium = { executablePath: "/tmp/kpi-scrutiny-chromium-153.0.0/chromium", args: SPARTICUZ_153_ARGS, fontconfigPath: "/tmp/kpi-scrutiny-chromium-153.0.0/fonts" };

/** A machine with these files and environment; records whether the bundled Chromium was unpacked. */
function machine(platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}, arch = "x64"): Machine & { unpacked: number } {
  const result = {
    platform,
    arch,
    env,
    unpacked: 0,
    isFile: (file: string) => files.includes(file),
    unpackBundledChromium: async () => {
      result.unpacked += 1;
      return BUNDLED;
    },
  };
  return result;
}

const FONTS = "/etc/fonts/fonts.conf";

describe("on Linux", () => {
  test("CHROMIUM_PATH comes first, even with a Chromium installed", async () => {
    const linux = machine("linux", ["/opt/my/chrome", "/usr/bin/chromium", FONTS], { CHROMIUM_PATH: "/opt/my/chrome" });
    await expect(findBrowser(linux)).resolves.toEqual({ source: "CHROMIUM_PATH", executablePath: "/opt/my/chrome", args: OUR_FLAGS });
    expect(linux.unpacked).toBe(0);
  });

  test("a CHROMIUM_PATH with no file there is an error that names it, not a silent fall-back", async () => {
    const linux = machine("linux", ["/usr/bin/chromium"], { CHROMIUM_PATH: "/opt/missing/chrome" });
    await expect(findBrowser(linux)).rejects.toThrow(/CHROMIUM_PATH is set to \/opt\/missing\/chrome, but there is no file there/);
  });

  test.each(LINUX_BROWSERS.map((file, index) => [file, LINUX_BROWSERS.slice(index)]))("%s is used before the ones after it and before the bundled Chromium", async (first, present) => {
    const linux = machine("linux", [...present, FONTS]);
    await expect(findBrowser(linux)).resolves.toEqual({ source: first, executablePath: first, args: OUR_FLAGS });
    expect(linux.unpacked).toBe(0);
  });

  test("with nothing installed, the Chromium inside @sparticuz/chromium, with its flags less the ones left out", async () => {
    const linux = machine("linux", [FONTS]);
    const found = await findBrowser(linux);
    expect(linux.unpacked).toBe(1);
    expect(found.source).toBe("@sparticuz/chromium");
    expect(found.executablePath).toBe(BUNDLED.executablePath);
    expect(found.channel).toBeUndefined();
    // The machine has fonts of its own, so the page is drawn with them.
    expect(found.env).toBeUndefined();
    expect(found.args).toEqual([...OUR_FLAGS, "--ash-no-nudges", "--disable-domain-reliability", "--disable-print-preview", "--disk-cache-size=33554432", "--no-default-browser-check", "--no-pings", "--font-render-hinting=none", "--ignore-gpu-blocklist", "--in-process-gpu", "--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-setuid-sandbox", "--no-zygote"]);
  });

  test("a machine with no fontconfig set-up gets the package's fonts", async () => {
    await expect(findBrowser(machine("linux", []))).resolves.toMatchObject({ source: "@sparticuz/chromium", env: { FONTCONFIG_PATH: BUNDLED.fontconfigPath } });
  });

  test("on arm64 Linux with nothing installed, says to install Chromium (the bundled one is x64 only)", async () => {
    const linux = machine("linux", [FONTS], {}, "arm64");
    await expect(findBrowser(linux)).rejects.toThrow(/x64 only\. Install Chromium or set CHROMIUM_PATH/);
    expect(linux.unpacked).toBe(0);
  });
});

describe("on Windows and macOS (no bundled Chromium there)", () => {
  const MAC_CHROME = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
  const MAC_EDGE = "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge";

  test("macOS: Chrome, then Edge, through playwright-core's channels", async () => {
    await expect(findBrowser(machine("darwin", [MAC_CHROME, MAC_EDGE]))).resolves.toEqual({ source: "playwright-core channel chrome", channel: "chrome", args: OUR_FLAGS });
    await expect(findBrowser(machine("darwin", [MAC_EDGE]))).resolves.toMatchObject({ channel: "msedge" });
  });

  test("Windows: Chrome under LOCALAPPDATA or Program Files, then Edge under Program Files (x86)", async () => {
    const env = { LOCALAPPDATA: "C:\\Users\\officer\\AppData\\Local", PROGRAMFILES: "C:\\Program Files", "PROGRAMFILES(X86)": "C:\\Program Files (x86)" };
    await expect(findBrowser(machine("win32", ["C:\\Users\\officer\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe"], env))).resolves.toMatchObject({ channel: "chrome" });
    await expect(findBrowser(machine("win32", ["C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe", "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"], env))).resolves.toMatchObject({ channel: "chrome" });
    await expect(findBrowser(machine("win32", ["C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"], env))).resolves.toMatchObject({ channel: "msedge" });
  });

  test("CHROMIUM_PATH still comes first", async () => {
    await expect(findBrowser(machine("darwin", [MAC_CHROME, "/opt/chromium"], { CHROMIUM_PATH: "/opt/chromium" }))).resolves.toMatchObject({ source: "CHROMIUM_PATH", executablePath: "/opt/chromium" });
  });

  test("with neither installed, says what to install, and never unpacks the Linux Chromium", async () => {
    const mac = machine("darwin", ["/usr/bin/chromium"]);
    await expect(findBrowser(mac)).rejects.toThrow(/No Chrome or Edge found\. Install Google Chrome or Microsoft Edge, or set CHROMIUM_PATH/);
    await expect(findBrowser(machine("win32", [], { PROGRAMFILES: "C:\\Program Files" }))).rejects.toThrow(/No Chrome or Edge found/);
    expect(mac.unpacked).toBe(0);
  });
});

describe("combining flags", () => {
  test("keeps ours first, drops duplicates and every flag left out, and nothing else", () => {
    const combined = combineFlags(["--no-sandbox", "--disable-gpu"], ["--no-pings", "--no-sandbox", "--disable-web-security", "--disable-features=IsolateOrigins", "--headless='shell'", "--single-process"]);
    expect(combined).toEqual(["--no-sandbox", "--disable-gpu", "--no-pings"]);
  });

  test("the copy above is the installed package's own list (read in a child process: the package is an ES module)", () => {
    const script = "const { default: c } = await import(process.argv[1]); process.stdout.write(JSON.stringify(c.args));";
    const args = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script, pathToFileURL(require.resolve("@sparticuz/chromium")).href], { encoding: "utf8" }));
    expect(args).toEqual(SPARTICUZ_153_ARGS);
  });

  test("every flag left out is one the package recommends, so the list is not stale", () => {
    for (const flag of Object.keys(BUNDLED_FLAGS_LEFT_OUT)) {
      expect(SPARTICUZ_153_ARGS.some((arg) => (flag.endsWith("=") ? arg.startsWith(flag) : arg === flag))).toBe(true);
    }
  });
});
