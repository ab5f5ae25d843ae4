// Loads the site's classic browser scripts into a fresh sandbox whose global object is `window`,
// with the data the build exports (made by the Python package, as `mkdocs build` makes it).
import {execFileSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import vm from "node:vm";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SCRIPTS = ROOT + "docs/assets/javascripts/afterview/";
const EXPORT = [
  "from afterview._internal.site.export import browser_script",
  "from afterview._internal.site.settings import Settings",
  "from afterview._internal.site.site_catalog import load_site",
  "settings = Settings()",
  "print(browser_script(load_site(settings), settings.public()))",
].join("\n");

let dataScript = null;

function exportedData() {
  if (dataScript === null) {
    dataScript = execFileSync(process.env.PYTHON || "python3", ["-c", EXPORT], {cwd: ROOT, encoding: "utf8"});
  }
  return dataScript;
}

/** A sandbox with the named scripts (file names without .js) loaded in order; `data: false` skips the data. */
export function load(names, options = {}) {
  const sandbox = {TextEncoder, URLSearchParams, btoa, console};
  sandbox.window = sandbox;
  vm.createContext(sandbox);
  if (options.data !== false) vm.runInContext(exportedData(), sandbox, {filename: "afterview-data.js"});
  for (const name of names) {
    vm.runInContext(readFileSync(SCRIPTS + name + ".js", "utf8"), sandbox, {filename: name + ".js"});
  }
  return sandbox;
}

/** A value from the sandbox as plain data of this realm, for deepStrictEqual. */
export function plain(value) {
  return JSON.parse(JSON.stringify(value));
}
