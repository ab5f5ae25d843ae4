// The composer's state module: panels, truthful checklist, edits that are never lost, storage.
import assert from "node:assert/strict";
import {test} from "node:test";
import {load, plain} from "./load.mjs";

const w = load(["render", "checker", "composer-state"]);
const S = w.Afterview.composerState;
const data = w.AFTERVIEW_DATA;
const api = {render: w.Afterview.render, check: w.Afterview.check};

function fill(state, values, person) {
  Object.assign(state.values, values);
  Object.assign(state.people[0], person);
  return state;
}

const SHARED = {sender_name: "josé álvarez", sender_email: "jose@example.org", company: "acme corp.",
  role: "data analyst", interview_date: "Tuesday", strength: "my years running the night-shift rota",
  sender_phone: "(312) 555-0147", sender_linkedin: "https://www.linkedin.com/in/jose-alvarez"};

test("a panel starts with two interviewers and each Add adds exactly one", () => {
  const state = S.initial(data, "thank-you-panel");
  assert.equal(state.people.length, 2);
  for (let added = 1; added <= 4; added++) {
    S.addPerson(state, data);
    assert.equal(state.people.length, 2 + added);
    assert.equal(S.notes(state, data, api).length, 2 + added);
  }
  S.removePerson(state, 0);
  assert.equal(state.people.length, 5);
});

test("only fields some note uses are asked for", () => {
  const panel = S.findTemplate(data, "thank-you-panel");
  assert.ok(!S.personFields(data, panel).includes("recipient_title"));
  assert.deepEqual(plain(S.personFields(data, panel)), ["recipient_name", "highlight", "recipient_email"]);
  const linkedin = S.findTemplate(data, "thank-you-final-round-linkedin");
  assert.ok(!S.personFields(data, linkedin).includes("recipient_email"));
  for (const template of data.templates) {
    const used = S.usedFields(template);
    for (const name of S.sharedFields(data, template)) assert.ok(used.includes(name), template.id + " " + name);
  }
});

test("a moment still blank is never ticked, and every blank is named", () => {
  const state = fill(S.initial(data, "thank-you-phone-screen"), SHARED, {recipient_name: "Ms. Raman"});
  const note = S.notes(state, data, api)[0];
  assert.ok(note.text.includes("[The moment worth mentioning]"));
  assert.ok(note.check.elements.highlight, "the checker alone would tick it");
  const highlight = note.checklist.find((item) => item.element === "highlight");
  assert.equal(highlight.passed, false);
  assert.match(highlight.detail, /The moment worth mentioning/);
  const state2 = S.initial(data, "thank-you-phone-screen");
  const empty = S.notes(state2, data, api)[0];
  const blanks = empty.checklist.find((item) => item.code === "AV401");
  for (const label of ["Their name", "Role", "Company", "The moment worth mentioning", "Your full name"]) {
    assert.ok(blanks.detail.includes(label), label + " in " + blanks.detail);
  }
  state.people[0].highlight = "the plan to rebuild onboarding";
  const done = S.notes(state, data, api)[0];
  assert.equal(done.checklist.find((item) => item.element === "highlight").passed, true);
  assert.equal(done.toDo, 0);
});

test("checklist items say what is good, in the exported words", () => {
  const state = S.initial(data, "thank-you-phone-screen");
  const items = S.notes(state, data, api)[0].checklist;
  const labels = Object.fromEntries(items.map((item) => [item.code, item.label]));
  assert.equal(labels.AV402, "Greets them by name");
  for (const item of items) {
    assert.doesNotMatch(item.label, /^(should|generic|vague)\b/i);
    assert.doesNotMatch(item.label + item.detail, /AV\d{3}/);
  }
});

test("the edited note is what is checked and sent; field changes keep the edit and mark it", () => {
  const state = fill(S.initial(data, "thank-you-phone-screen"), SHARED,
    {recipient_name: "Ms. Raman", highlight: "the onboarding plan"});
  const draft = S.notes(state, data, api)[0];
  const mine = draft.text.replace("I especially enjoyed", "I really liked") + "\n\nPS: go team 🎉🎉";
  S.editNote(state, 0, mine, draft.text);
  let note = S.notes(state, data, api)[0];
  assert.equal(note.text, mine);
  assert.equal(note.edited, true);
  assert.equal(note.stale, false);
  assert.equal(note.checklist.find((item) => item.code === "AV502").passed, false);
  state.values.company = "Acme Corporation";
  note = S.notes(state, data, api)[0];
  assert.equal(note.text, mine, "the edit is kept");
  assert.equal(note.stale, true);
  assert.ok(note.draft.includes("Acme Corporation"));
  const dropped = S.resetNote(state, 0);
  assert.ok(S.notes(state, data, api)[0].text.includes("Acme Corporation"));
  S.restoreEdit(state, 0, dropped);
  assert.equal(S.notes(state, data, api)[0].text, mine);
});

test("removing an interviewer takes their edit with them", () => {
  const state = S.initial(data, "thank-you-panel");
  S.addPerson(state, data);
  S.editNote(state, 2, "Dear Dr. Chen, thank you.", "x");
  S.removePerson(state, 0);
  assert.equal(state.edits.length, 2);
  assert.equal(state.edits[1].text, "Dear Dr. Chen, thank you.");
});

test("the similarity warning says truthfully what is alike", () => {
  const state = S.initial(data, "thank-you-panel");
  Object.assign(state.values, SHARED);
  state.people[0] = {recipient_name: "Ms. Whitfield", highlight: "the daily capacity forecasts", recipient_email: ""};
  state.people[1] = {recipient_name: "Mr. Okonkwo", highlight: "the daily capacity forecasts", recipient_email: ""};
  let pairs = S.nearIdentical(state, S.notes(state, data, api), data.nameTitles);
  assert.equal(pairs.length, 1);
  assert.equal(pairs[0].sameMoment, true);
  assert.equal(pairs[0].sameWording, false, "the panel variants word the rest differently");
  state.people[1].highlight = "the dock-scheduling delays";
  assert.deepEqual(plain(S.nearIdentical(state, S.notes(state, data, api), data.nameTitles)), []);
  const text = S.notes(state, data, api)[0].text;
  S.editNote(state, 1, text.replace("Ms. Whitfield", "Mr. Okonkwo").replace("the daily capacity forecasts",
    "the dock-scheduling delays"), "x");
  pairs = S.nearIdentical(state, S.notes(state, data, api), data.nameTitles);
  assert.equal(pairs[0].sameMoment, false);
  assert.equal(pairs[0].sameWording, true);
  assert.ok(pairs[0].wording > 0.9);
});

test("stored state comes back with edits; malformed parts are dropped", () => {
  const state = fill(S.initial(data, "thank-you-panel"), SHARED, {recipient_name: "Zoë"});
  S.editNote(state, 1, "My own words", "draft");
  const back = S.restore(data, S.serialize(state));
  assert.equal(back.templateId, "thank-you-panel");
  assert.equal(back.people[0].recipient_name, "Zoë");
  assert.equal(back.edits[1].text, "My own words");
  assert.equal(back.edits[0], null);
  const bad = S.restore(data, JSON.stringify({templateId: "thank-you-panel", edits: [{text: 3}, "x"],
    people: [{recipient_name: 7}]}));
  assert.deepEqual(plain(bad.edits), [null]);
  assert.equal(bad.people[0].recipient_name, "");
  assert.equal(S.restore(data, "{not json"), null);
});

test("channel names come from the exported data", () => {
  assert.deepEqual(plain(S.channels(data).map((c) => c.label)), plain(data.channels.map((id) => data.channelNames[id])));
});

test("the checker knows the company, so a note naming another one is flagged", () => {
  const state = fill(S.initial(data, "thank-you-phone-screen"), SHARED,
    {recipient_name: "Ms. Raman", highlight: "the onboarding plan"});
  const draft = S.notes(state, data, api)[0];
  const rule = data.rules.find((r) => r.name === "right-company");
  assert.equal(draft.checklist.find((item) => item.code === rule.code).passed, true);
  S.editNote(state, 0, draft.text.replace("Acme Corp.", "Globex Industries"), draft.text);
  const copied = S.notes(state, data, api)[0];
  assert.equal(copied.checklist.find((item) => item.code === rule.code).passed, false);
});

test("a note written in several tones offers them, and only them", () => {
  const toned = data.templates.filter((t) => t.tone);
  assert.ok(toned.length >= 2, "the pack has a note in several tones");
  const first = toned[0];
  const family = S.toneFamily(data, first);
  const expected = toned.filter((t) => t.situation === first.situation && t.channel === first.channel
    && t.kind === first.kind);
  assert.deepEqual(plain(family.map((t) => t.id)).sort(), plain(expected.map((t) => t.id)).sort());
  assert.ok(new Set(family.map((t) => t.tone)).size === family.length);
  assert.deepEqual(plain(S.toneFamily(data, S.findTemplate(data, "thank-you-panel"))), []);
  const state = S.initial(data, first.id);
  assert.equal(state.choice, "interview");
});

test("nothing is chosen until the reader says what happened, and every situation of the catalog is offered", () => {
  const state = S.initial(data, null);
  assert.equal(state.templateId, null);
  assert.equal(S.notes(state, data, api).length, 0);
  const offered = S.choices(data).map((choice) => choice.id);
  const situations = new Set(data.templates.map((t) => t.situation));
  assert.deepEqual(new Set(offered), situations);
  for (const early of ["internship", "career-fair", "info-session", "networking-event", "coffee-chat", "alumni",
    "correction"]) {
    assert.ok(offered.includes(early), early);
  }
});

test("an empty form ticks nothing, and the verdict is not ready", () => {
  const note = S.notes(S.initial(data, "thank-you-phone-screen"), data, api)[0];
  assert.equal(note.verdict.state, "empty");
  assert.equal(note.verdict.ready, false);
  assert.ok(note.checklist.every((item) => item.pending || !item.passed), "no item is ticked");
  const greeting = note.checklist.find((item) => item.code === "AV402");
  assert.equal(greeting.pending, true);
});

test("the verdict follows the edited text: a deleted moment or a pay question is not ready", () => {
  const state = fill(S.initial(data, "thank-you-phone-screen"), SHARED,
    {recipient_name: "Ms. Raman", highlight: "the plan to rebuild onboarding"});
  const ready = S.notes(state, data, api)[0];
  assert.equal(ready.verdict.state, "ready");
  const sentences = ready.text.split("\n\n");
  const withoutMoment = sentences.filter((p) => !p.includes("rebuild onboarding")).join("\n\n");
  S.editNote(state, 0, withoutMoment, ready.text);
  const noMoment = S.notes(state, data, api)[0];
  assert.equal(noMoment.verdict.ready, false);
  assert.equal(noMoment.checklist.find((item) => item.element === "highlight").passed, false);
  S.editNote(state, 0, ready.text + "\n\nPS: What is the salary range for the role?", ready.text);
  assert.equal(S.notes(state, data, api)[0].verdict.ready, false);
});

test("an optional LinkedIn link left blank never nags", () => {
  const values = {...SHARED, sender_linkedin: "", sender_phone: ""};
  const state = fill(S.initial(data, "thank-you-phone-screen"), values,
    {recipient_name: "Ms. Raman", highlight: "the plan to rebuild onboarding"});
  const note = S.notes(state, data, api)[0];
  assert.equal(note.checklist.find((item) => item.code === "AV105").passed, true);
  assert.equal(note.verdict.state, "ready");
});

test("decision templates ask only for the fields they declare", () => {
  for (const template of data.templates.filter((t) => t.kind === "decision")) {
    const asked = S.sharedFields(data, template).concat(S.personFields(data, template));
    for (const name of asked) {
      assert.ok(template.fields.includes(name) || name === "recipient_email", template.id + " " + name);
    }
  }
});

test("the tab's copy keeps whether Remember was ticked", () => {
  const state = S.initial(data, "thank-you-phone-screen");
  state.remember = true;
  assert.equal(S.restore(data, S.serialize(state)).remember, true);
  state.remember = false;
  assert.equal(S.restore(data, S.serialize(state)).remember, false);
});

test("typed days are read against the day of writing and phrased from the day of reading", () => {
  const withDays = {...api, readingDay: w.Afterview.readingDay};
  const state = fill(S.initial(data, "thank-you-on-site"), {...SHARED, interview_date: "yesterday"},
    {recipient_name: "Ms. Chen", highlight: "the plan to rebuild onboarding"});
  const sameDay = S.notes(state, data, withDays, "2026-03-05T18:00")[0];
  assert.match(sameDay.draft, /yesterday/);
  // Written on Friday about Thursday, read on Monday: "on Thursday", never the Sunday before Monday.
  const monday = S.notes(state, data, withDays, "2026-03-06T18:00", "2026-03-09T09:00")[0];
  assert.match(monday.draft, /on Thursday/);
  assert.doesNotMatch(monday.draft, /yesterday|Sunday/);
});

test("a handwritten card is phrased for the day the post brings it", () => {
  const withDays = {...api, readingDay: w.Afterview.readingDay};
  const state = fill(S.initial(data, "thank-you-on-site-card"), {...SHARED, interview_date: "yesterday"},
    {recipient_name: "Ms. Chen", highlight: "the plan to rebuild onboarding"});
  const card = S.notes(state, data, withDays, "2026-03-05T18:00")[0];
  assert.doesNotMatch(card.draft, /yesterday|today|this morning/);
  assert.match(card.draft, /on Wednesday/);
  const email = fill(S.initial(data, "thank-you-on-site"), {...SHARED, interview_date: "yesterday"},
    {recipient_name: "Ms. Chen", highlight: "the plan to rebuild onboarding"});
  assert.match(S.notes(email, data, withDays, "2026-03-05T18:00")[0].draft, /yesterday/);
});

test("before the checker can judge (its data still on the way) a note is neither ticked nor ready", () => {
  const state = fill(S.initial(data, "thank-you-phone-screen"), SHARED,
    {recipient_name: "Ms. Raman", highlight: "the onboarding plan"});
  const waiting = S.notes(state, data, {render: api.render, check: () => null})[0];
  assert.deepEqual(plain(waiting.verdict), {state: "checking", toFix: 0, toLook: 0, ready: false});
  assert.deepEqual(plain(waiting.checklist), []);
  assert.equal(waiting.text, S.notes(state, data, api)[0].text);
  assert.notEqual(S.notes(state, data, api)[0].verdict.state, "checking");
});
