// The note engine's shaping rules in JavaScript, from the same cases as tests/test_craft.py checks in Python.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {test} from "node:test";
import {plain} from "./load.mjs";
import {CALLS, w} from "./engine-runner.mjs";

const CASES = JSON.parse(readFileSync(new URL("../data/engine_cases.json", import.meta.url), "utf8")).cases;

for (const {call, args, expected} of CASES) {
  test(`${call}(${JSON.stringify(args)})`, () => {
    assert.deepEqual(plain(CALLS[call](...args)), expected);
  });
}

test("every pattern the engine reads compiles in JavaScript", () => {
  const patterns = w.AFTERVIEW_DATA.engine.patterns;
  assert.ok(Object.keys(patterns).length > 40);
  for (const [name, {source, flags}] of Object.entries(patterns)) {
    assert.doesNotThrow(() => new RegExp(source, flags), name);
  }
});

test("the greeting word of a template comes from its greeting line", () => {
  const warm = w.AFTERVIEW_DATA.templates.find((t) => t.tone === "warm");
  assert.equal(w.Afterview.greetingOf(warm), "Hi");
  assert.equal(w.Afterview.greetingOf({parts: {gratitude: "Thanks."}}), null);
});
