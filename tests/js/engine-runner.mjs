// Renders cases given as JSON on standard input with render.js and the exported data, for the Python tests:
// [[templateId, values, recipient, today, readOn], ...] -> [{subjects, body}, ...] on standard output.
import {readFileSync} from "node:fs";
import {load, plain} from "./load.mjs";

const w = load(["render"]);
const templates = new Map(w.AFTERVIEW_DATA.templates.map((t) => [t.id, t]));
const request = JSON.parse(readFileSync(0, "utf8"));
const out = request.cases.map(([call, ...args]) => {
  if (call === "render") {
    const [id, values, recipient, today, readOn] = args;
    return w.Afterview.render(templates.get(id), values, recipient, today, readOn);
  }
  if (call === "shape") {
    const [name, ...rest] = args;
    return w.Afterview.shapes[name](...rest);
  }
  return w.Afterview[call](...args);
});
process.stdout.write(JSON.stringify(plain(out)));
