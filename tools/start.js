/**
 * npm start / npm run start:web / npm run stop: the Office add-in developer loop.
 *
 * - `desktop`: builds in development mode, serves dist/excel-addin over HTTPS on port 3000 and
 *   sideloads the manifest into Excel on this Windows or Mac computer.
 * - `web`: the same server; prints how to upload the manifest in Excel on the web.
 * - `stop`: stops sideloading.
 *
 * office-addin-debugging is fetched with npx when needed rather than installed with the project:
 * it cannot be installed on Linux or in CI (its dependencies need a desktop keychain library).
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "dist", "excel-addin", "manifest.xml");
const DEBUGGING = "office-addin-debugging@7.0.0";
const CERTS = "office-addin-dev-certs";
const mode = process.argv[2] || "desktop";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: ROOT });
  if (result.status !== 0) process.exit(result.status || 1);
}

/** The developer certificate files office-addin-dev-certs writes (it may fail to trust them without admin rights). */
function certificateFiles() {
  run(npx, [CERTS, "install"]);
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: path.join(dir, "localhost.key"), cert: path.join(dir, "localhost.crt"), ca: path.join(dir, "ca.crt") };
  for (const file of Object.values(files)) {
    if (!fs.existsSync(file)) {
      console.error(`Missing ${file}: run "npx ${CERTS} install" and try again.`);
      process.exit(1);
    }
  }
  return files;
}

if (mode === "stop") {
  run(npx, ["--yes", DEBUGGING, "stop", MANIFEST]);
  process.exit(0);
}

run(npx, ["webpack", "--mode", "development", "--config-name", "excel"]);
const certs = certificateFiles();
const server = spawn(
  npx,
  [
    "webpack",
    "serve",
    "--mode",
    "development",
    "--config-name",
    "excel",
    "--server-type",
    "https",
    "--server-options-key",
    certs.key,
    "--server-options-cert",
    certs.cert,
    "--server-options-ca",
    certs.ca,
  ],
  { stdio: "inherit", cwd: ROOT },
);

if (mode === "desktop") {
  run(npx, ["--yes", DEBUGGING, "start", MANIFEST, "desktop", "--no-debug", "--dev-server-port", "3000"]);
} else {
  console.log(
    [
      "Serving https://localhost:3000/. In Excel on the web: Home > Add-ins > More add-ins > My add-ins >",
      `Upload my add-in, and choose ${path.relative(process.cwd(), MANIFEST)}.`,
    ].join("\n"),
  );
}

process.on("SIGINT", () => server.kill("SIGINT"));
