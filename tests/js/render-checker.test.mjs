// The renderer and checker as the composer calls them.
import assert from "node:assert/strict";
import {test} from "node:test";
import {load} from "./load.mjs";

const w = load(["render", "checker"]);
const data = w.AFTERVIEW_DATA;
const template = data.templates.find((t) => t.id === "thank-you-phone-screen");

test("an empty field shows its [Label] marker and the checker flags it", () => {
  const body = w.Afterview.render(template, {}, 0).body;
  assert.ok(body.includes("[Their name]"));
  const result = w.Afterview.check(body, "email", {kind: "thank-you", recipients: [], subject: "Thank you"});
  assert.ok(result.findings.some((f) => f.code === "AV401"));
});

test("every example person's note passes the four elements", () => {
  for (const example of data.examples) {
    const values = w.Afterview.exampleValues(example, 0, template.situation);
    const body = w.Afterview.render(template, values, 0).body;
    const result = w.Afterview.check(body, "email", {kind: "thank-you", recipients: [values.recipient_name]});
    for (const element of data.elements) assert.ok(result.elements[element], example.id + " " + element);
  }
});
