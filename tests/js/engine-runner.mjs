// Runs engine calls given as JSON on standard input with render.js and the exported data, for the Python
// tests: {"cases": [[call, ...args], ...]} -> [result, ...] on standard output. `call` is the Python name
// (render.py), so one list of cases drives both languages.
import {readFileSync} from "node:fs";
import {load, plain} from "./load.mjs";

export const w = load(["render"]);
const templates = new Map(w.AFTERVIEW_DATA.templates.map((t) => [t.id, t]));
const s = w.Afterview.shapes;

/** The JavaScript function for each Python name. */
export const CALLS = {
  render: (id, ...rest) => w.Afterview.render(templates.get(id), ...rest),
  render_template: (id, ...rest) => {
    const t = templates.get(id);
    return w.Afterview.renderText(t.parts, t.subjects, t.variants, ...rest);
  },
  fill_text: w.Afterview.fillText,
  address_hint: w.Afterview.addressHint,
  link_hint: w.Afterview.linkHint,
  strength_hint: w.Afterview.strengthHint,
  reading_day: w.Afterview.readingDay,
  perspective_issues: w.Afterview.perspectiveIssues,
  address: s.address,
  answer_shape: s.answerShape,
  as_company: s.asCompany,
  as_day: s.asDay,
  as_name: s.asName,
  as_phrase: s.asPhrase,
  as_role: s.asRole,
  as_sentences: s.asSentences,
  is_sentence: s.isSentence,
};

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const request = JSON.parse(readFileSync(0, "utf8"));
  const out = request.cases.map(([call, ...args]) => CALLS[call](...args));
  process.stdout.write(JSON.stringify(plain(out)));
}
