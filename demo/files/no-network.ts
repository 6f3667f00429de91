/**
 * What the name XMLHttpRequest means inside the demo's bundle (webpack.config.js, ProvidePlugin):
 * a stand-in that refuses. PapaParse carries a downloader for CSV files at a web address
 * (`Papa.parse(url, { download: true })`) that the demo never uses; with this, the built demo holds
 * no way to send a request at all, on top of its page's policy (connect-src 'none') that would
 * refuse one.
 */
export default class NoNetworkRequest {
  constructor() {
    throw new Error("The KPI Scrutiny demo sends nothing over the network.");
  }
}
