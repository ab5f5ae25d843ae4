// Loads the site's browser modules into a fresh sandbox whose global object is `window`, with the data the
// build exports (made by the Python package, as `mkdocs build` makes it, every template in it). The named
// modules are bundled by esbuild, as the pages' scripts are, and their exports gathered under `Afterview`.
import {execFileSync} from "node:child_process";
import {fileURLToPath} from "node:url";
import vm from "node:vm";
import {buildSync} from "esbuild";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MODULES = ROOT + "docs/assets/javascripts/afterview/";
const EXPORT = [
  "import json",
  "from afterview._internal.site.export import browser_data",
  "from afterview._internal.site.settings import Settings",
  "from afterview._internal.site.site_catalog import load_site",
  "settings = Settings()",
  "print(json.dumps(browser_data(load_site(settings), settings.public()), separators=(',', ':')))",
].join("\n");
// Modules whose exports sit directly on Afterview (Afterview.render, Afterview.check); the others are
// gathered under a name of their own (Afterview.timing, Afterview.composerState).
const SPREAD = new Set(["render", "checker"]);
const NAMES = {"composer-dom": "dom", "composer-form": "composerForm", "composer-note": "composerNote",
  "composer-state": "composerState", "draft-checker": "draftChecker"};

let dataJson = null;
const bundles = new Map();

function exportedData() {
  if (dataJson === null) {
    dataJson = execFileSync(process.env.PYTHON || "python3", ["-c", EXPORT], {cwd: ROOT, encoding: "utf8"});
  }
  return dataJson;
}

/** One script that imports the named modules, hands them the sandbox's data and gathers their exports. */
function bundleFor(names) {
  const key = names.join(",");
  if (!bundles.has(key)) {
    const lines = ['import {useData} from "./data.js";'];
    const members = [];
    names.forEach((name, i) => {
      lines.push(`import * as m${i} from "./${name}.js";`);
      members.push(SPREAD.has(name) ? `...m${i}`
        : `${JSON.stringify(NAMES[name] || name)}: Object.assign({}, m${i})`);
    });
    lines.push("useData(window.AFTERVIEW_DATA || null);");
    lines.push(`window.Afterview = {${members.join(", ")}};`);
    const built = buildSync({
      stdin: {contents: lines.join("\n"), resolveDir: MODULES, sourcefile: "load-entry.js"},
      bundle: true, format: "iife", write: false, charset: "utf8", logLevel: "error",
    });
    bundles.set(key, built.outputFiles[0].text);
  }
  return bundles.get(key);
}

/** A sandbox with the named modules (file names without .js) loaded; `data: false` skips the data. Its
    `Afterview` holds their exports, its `AFTERVIEW_DATA` the exported data. */
export function load(names, options = {}) {
  const sandbox = {TextEncoder, URLSearchParams, btoa, console};
  sandbox.window = sandbox;
  vm.createContext(sandbox);
  if (options.data !== false) {
    vm.runInContext("window.AFTERVIEW_DATA = " + exportedData() + ";", sandbox, {filename: "afterview-data.js"});
  }
  vm.runInContext(bundleFor(names), sandbox, {filename: names.join("+") + ".js"});
  return sandbox;
}

/** A value from the sandbox as plain data of this realm, for deepStrictEqual. */
export function plain(value) {
  return JSON.parse(JSON.stringify(value));
}
