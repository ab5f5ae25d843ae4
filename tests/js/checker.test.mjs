// The browser's checker on a text far longer than a note. Parity with Python over the whole corpus (every
// labelled draft, sentence and rule fixture) is tests/test_parity.py's, through tests/js/parity-runner.mjs.
import assert from "node:assert/strict";
import {test} from "node:test";
import {load} from "./load.mjs";

const w = load(["render", "checker"]);

test("a draft longer than a note is checked on its first lines, the same way in both", () => {
  const line = "Thank you for the tour of the cold store; I keep thinking about the pallet map you drew.\n";
  const text = "Dear Ms. Raman,\n" + line.repeat(Math.ceil(1000000 / line.length)) + "Best,\nAma";
  const result = w.Afterview.check(text, "email", {});
  assert.ok(result.findings.some((f) => f.code === "AV201"));
  assert.equal(result.elements.signature, false);
});
