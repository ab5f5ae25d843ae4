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

test("the note takes its template's tone and is phrased from the day it will be read", () => {
  const formal = data.templates.find((t) => t.tone === "formal");
  const values = {recipient_name: "dr. wei chen", company: "acme corp", role: "the analyst position",
    interview_date: "yesterday", highlight: "It was great to meet the team!", sender_name: "ana lima"};
  const today = w.Afterview.render(formal, values, 0, "2026-03-04T18:00");
  assert.ok(today.body.startsWith("Dear Dr. Chen,"));
  assert.ok(!today.body.includes("!"));
  assert.ok(today.body.includes("Acme Corp") && !today.body.includes("acme corp"));
  assert.ok(today.body.includes("yesterday"));
  const later = w.Afterview.render(formal, values, 0, "2026-03-04T18:00", "2026-03-12");
  assert.ok(!later.body.includes("yesterday") && later.body.includes("on Tuesday, March 3"), later.body);
});
