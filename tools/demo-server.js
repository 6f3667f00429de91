/**
 * npm run demo: serves the built pane with the demo workbook on this computer only
 * (http://127.0.0.1:3001 unless PORT is set), so anyone can try KPI Scrutiny in a browser
 * without Office or a Google account. Nothing is sent anywhere.
 */
const http = require("http");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", process.env.KPI_DIST || "dist", "demo");
const PORT = Number(process.env.PORT || 3001);
const HOST = "127.0.0.1";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
};

/** Serves files from `root` only; anything outside it or missing is a 404. */
function createDemoServer(root = ROOT) {
  return http.createServer((request, response) => {
    const url = new URL(request.url || "/", `http://${HOST}`);
    const relative = decodeURIComponent(url.pathname).replace(/^\/+/, "") || "index.html";
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    });
    fs.createReadStream(file).pipe(response);
  });
}

if (require.main === module) {
  if (!fs.existsSync(path.join(ROOT, "index.html"))) {
    console.error(`The demo is not built yet (${path.relative(process.cwd(), ROOT)} is missing). Run: npm run build`);
    process.exit(1);
  }
  createDemoServer().listen(PORT, HOST, () => {
    console.log(`KPI Scrutiny demo: open http://${HOST}:${PORT}/ in your browser (Ctrl+C to stop).`);
  });
}

module.exports = { createDemoServer };
