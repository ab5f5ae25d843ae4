// Evaluates JavaScript against the browser modules for the Python tests, in one Node process. Reads JSON on
// standard input: {names, data, calls: [[source, args], ...]}. Each source is an expression over Afterview,
// AFTERVIEW_DATA, T (Afterview.timing) and send (Afterview.send); a function is called with args. Prints the
// results as a JSON list.
import {readFileSync} from "node:fs";
import vm from "node:vm";
import {load, plain} from "./load.mjs";

const input = JSON.parse(readFileSync(0, "utf8"));
const w = load(input.names, {data: input.data !== false});
const scope = vm.runInContext("(source) => new Function('Afterview', 'AFTERVIEW_DATA', 'T', 'send', "
  + "'return (' + source + ');')", w);
const results = input.calls.map(([source, args]) => {
  const value = scope(source)(w.Afterview, w.AFTERVIEW_DATA, w.Afterview.timing, w.Afterview.send);
  const result = typeof value === "function" ? value(args) : value;
  return result === undefined ? null : plain(result);
});
process.stdout.write(JSON.stringify(results) + "\n");
