// The stdlib root finders log through the `debug` package; the add-in never logs, so the
// bundles get this no-op instead (smaller, and no Node-only `tty` in Apps Script).
module.exports = function createDebug() {
  return function debug() {};
};
