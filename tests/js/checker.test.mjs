// The browser's checker gives every labelled draft, sentence and rule fixture the result Python gives.
// On a difference the test names the file, never its text (the held-out corpus is not to be read).
import assert from "node:assert/strict";
import {execFileSync} from "node:child_process";
import {fileURLToPath} from "node:url";
import {test} from "node:test";
import {load, plain} from "./load.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const EXPECTED = [
  "import json",
  "from pathlib import Path",
  "from afterview._internal.engine.checker import check, sentence_role",
  "from tests.test_checker_accuracy import CORPORA, SENTENCE_CORPORA, channel_of, labelled, labelled_sentences,"
    + " present, sentence_text",
  "drafts, sentences = [], []",
  "for name, folder in CORPORA.items():",
  "    for d in labelled(folder) if present(name) else []:",
  "        text = (folder / str(d['file'])).read_bytes().decode('utf-8', errors='replace')",
  "        context = dict(d.get('context') or {})",
  "        drafts.append({'name': name + '/' + str(d['file']), 'text': text, 'channel': channel_of(d),",
  "                       'context': context, 'result': check(text, channel_of(d), context).to_dict()})",
  "for path in sorted(Path('tests/fixtures/rules').rglob('*.txt')):",
  "    text = path.read_bytes().decode('utf-8')",
  "    for channel in ('email', 'linkedin', 'handwritten'):",
  "        drafts.append({'name': str(path) + ' ' + channel, 'text': text, 'channel': channel, 'context': {},",
  "                       'result': check(text, channel, {}).to_dict()})",
  "for name, folder in SENTENCE_CORPORA.items():",
  "    for index, item in enumerate(labelled_sentences(folder)):",
  "        text = sentence_text(item)",
  "        sentences.append({'name': f'{name} sentence {index + 1}', 'text': text, 'role': sentence_role(text)})",
  "print(json.dumps({'drafts': drafts, 'sentences': sentences}))",
].join("\n");

const expected = JSON.parse(execFileSync(process.env.PYTHON || "python3", ["-c", EXPECTED], {
  cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: {...process.env, PYTHONPATH: ROOT},
}));
const w = load(["render", "checker"]);

test("every labelled draft and rule fixture checks the same in the browser", () => {
  assert.ok(expected.drafts.length > 300);
  const differ = expected.drafts
    .filter((d) => JSON.stringify(plain(w.Afterview.check(d.text, d.channel, d.context))) !== JSON.stringify(d.result))
    .map((d) => d.name);
  assert.deepEqual(differ, []);
});

test("every labelled sentence gets the same role in the browser", () => {
  assert.ok(expected.sentences.length > 100);
  const differ = expected.sentences
    .filter((s) => w.Afterview.checker.sentenceRole(s.text) !== s.role)
    .map((s) => s.name);
  assert.deepEqual(differ, []);
});

test("a draft longer than a note is checked on its first lines, the same way in both", () => {
  const line = "Thank you for the tour of the cold store; I keep thinking about the pallet map you drew.\n";
  const text = "Dear Ms. Raman,\n" + line.repeat(Math.ceil(1000000 / line.length)) + "Best,\nAma";
  const result = w.Afterview.check(text, "email", {});
  assert.ok(result.findings.some((f) => f.code === "AV201"));
  assert.equal(result.elements.signature, false);
});
