// Runs the browser's note engine (render.js and checker.js, with the exported data) over cases given as JSON
// on standard input, for tests/test_parity.py: {"groups": {name: [[call, ...args], ...]}} -> {name: [result,
// ...]} on standard output. One process answers every group, so the whole parity corpus takes seconds.
import {readFileSync} from "node:fs";
import {load} from "./load.mjs";

const w = load(["render", "checker"]);
const data = w.AFTERVIEW_DATA;
const A = w.Afterview;
const templates = new Map(data.templates.map((t) => [t.id, t]));
const examples = new Map(data.examples.map((e) => [e.id, e]));
const rules = new Map(data.rules.map((rule) => [rule.code, rule]));

/** Every code point but the surrogates, in order: the text the classification cases search. */
function everyCodePoint() {
  let all = "";
  for (let cp = 0; cp < 0x110000; cp++) if (cp < 0xd800 || cp > 0xdfff) all += String.fromCodePoint(cp);
  return all;
}

/** The checks of a rendered note as lint.checker_context sets them up: one per subject line (or one without). */
function checksOf(template, note, values) {
  const linkedinFormat = template.kind === "connection-request" ? "connection" : "message";
  return (note.subjects.length ? note.subjects : [null]).map((subject) => A.check(note.body, template.channel, {
    subject, recipients: [values.recipient_name === undefined ? "" : values.recipient_name], kind: template.kind,
    linkedin_format: linkedinFormat}));
}

/** The JavaScript side of each case tests/test_parity.py names. */
const CALLS = {
  example_note: (templateId, exampleId, recipient) => {
    const template = templates.get(templateId);
    const values = A.exampleValues(examples.get(exampleId), recipient, template.situation);
    const note = A.render(template, values, recipient);
    return {values, subjects: note.subjects, body: note.body, checks: checksOf(template, note, values)};
  },
  typed_note: (templateId, values, recipient, today) => {
    const template = templates.get(templateId);
    const note = today === null ? A.render(template, values, recipient) : A.render(template, values, recipient, today);
    return {subjects: note.subjects, body: note.body, unfilled: A.unfilledFields(template, values, recipient),
      checks: checksOf(template, note, values)};
  },
  check: (text, channel, context) => A.check(text, channel, context),
  check_with_rules: (text, channel, context, codes) => A.check(text, channel, context,
    codes.map((code) => rules.get(code))),
  check_error: (text, channel) => {
    try {
      A.check(text, channel);
    } catch (error) {
      return error.message;
    }
    return null;
  },
  sentence_role: (text) => A.checker.sentenceRole(text),
  fill: (text, values) => A.fill(text, values),
  render_text: (...args) => {
    const note = A.renderText(...args);
    return {subjects: note.subjects, body: note.body};
  },
  field_frame: (templateId, name) => A.fieldFrame(templates.get(templateId), name),
  shapes: (text, today) => {
    const s = A.shapes;
    return [s.tidy(text), s.isSentence(text), s.asSentences(text), s.asPhrase(text), s.asName(text), s.asRole(text),
      today === null ? s.asDay(text) : s.asDay(text, today)];
  },
  classify: (atoms) => {
    const all = everyCodePoint();
    const text = A.checker.searchable(all);
    const runs = (pattern) => Array.from(text.matchAll(new RegExp(pattern, "gmu")),
      (m) => [all.codePointAt(m.index), Array.from(m[0]).length]);
    const result = {};
    for (const atom of atoms) result[atom] = runs("(?:" + atom + ")+");
    result["^"] = runs("^(?=[\\s\\S])");
    result["$"] = runs("$(?=[\\s\\S])");
    return result;
  },
  string_helpers: (names) => {
    const spaces = [];
    const lower = {};
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (A.text.isSpace(ch)) spaces.push(cp);
      if (ch.toLowerCase() !== ch) lower[cp] = ch.toLowerCase();
    }
    return {spaces, lower, tokens: names.map((name) => Array.from(A.checker.nameTokens(name)).sort())};
  },
  exported_patterns: () => {
    const registry = Object.entries(data.patterns).concat(data.rules.flatMap(
      (rule) => rule.patterns.map((pattern, index) => [rule.code + "/" + index, pattern])));
    const all = registry.map(([name, source]) => [name, source, "dgmu"]).concat(
      Object.entries(data.checker.patterns).map(([name, {source, flags}]) => [name, source, flags + "g"]));
    return all.map(([name, source, flags]) => {
      try {
        new RegExp(source, flags);
        return [name, null];
      } catch (error) {
        return [name, error.message];
      }
    });
  },
};

const request = JSON.parse(readFileSync(0, "utf8"));
const answers = {};
for (const [name, cases] of Object.entries(request.groups)) {
  answers[name] = cases.map(([call, ...args]) => CALLS[call](...args));
}
process.stdout.write(JSON.stringify(answers));
