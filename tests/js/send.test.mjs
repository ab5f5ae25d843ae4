// Send formats: mail and web-mail links, calendar files, LinkedIn lengths.
import assert from "node:assert/strict";
import {test} from "node:test";
import {load} from "./load.mjs";

const w = load(["send"], {data: false});
const send = w.Afterview.send;
const BODY = "Dear Zoë,\n\nThank you & goodbye: 50% sure? #1\n\nBest,\nJosé";

test("Gmail and Outlook links carry the exact note, subject and address", () => {
  for (const [href, subjectKey] of [[send.gmailUrl("zoe@example.com", "Thank you — Monday", BODY), "su"],
    [send.outlookUrl("zoe@example.com", "Thank you — Monday", BODY), "subject"]]) {
    const url = new URL(href);
    assert.equal(url.protocol, "https:");
    assert.equal(url.searchParams.get("to"), "zoe@example.com");
    assert.equal(url.searchParams.get(subjectKey), "Thank you — Monday");
    assert.equal(url.searchParams.get("body"), BODY);
  }
  assert.equal(new URL(send.gmailUrl("", "", BODY)).searchParams.has("to"), false);
});

test("mailto keeps the body byte for byte, with CRLF line breaks", () => {
  const url = new URL(send.mailtoUrl("zoe@example.com", "Hi", BODY));
  assert.equal(decodeURIComponent(url.search.split("body=")[1]), BODY.replace(/\n/g, "\r\n"));
});

test("a timed reminder rings at its start and carries a long note, folded and escaped", () => {
  const ics = send.icsEvent({uid: "x@afterview.invalid", stamp: new Date(Date.UTC(2024, 2, 5)),
    start: new Date(2024, 2, 5, 17, 30), allDay: false, summary: "Write it", description: BODY.repeat(4)});
  const lines = ics.split("\r\n");
  assert.ok(lines.includes("DTSTART:20240305T173000"));
  assert.ok(lines.includes("TRIGGER:PT0M"));
  for (const line of lines) assert.ok(new TextEncoder().encode(line).length <= 75, line);
  const unfolded = ics.replace(/\r\n /g, "");
  assert.ok(unfolded.includes("DESCRIPTION:Dear Zoë\\,\\n\\nThank you & goodbye: 50% sure? #1"));
});

test("LinkedIn length counts what the reader sees; the short version is shorter and keeps both ends", () => {
  assert.equal(send.characterCount("Zoë 🎉"), 5);
  const note = "Hi Priya,\n\nThank you for the call today. It was a real pleasure to hear about the team.\n\n"
    + "Talking through the onboarding plan was the highlight. I left with many ideas.\n\n"
    + "I would be glad to join. I look forward to hearing from you.\n\nWith thanks,\nSam Rivera";
  const short = send.shortVersion(note);
  assert.ok(short.length < note.length);
  assert.ok(short.startsWith("Hi Priya,\n\nThank you for the call today.\n\n"));
  assert.ok(short.endsWith("With thanks,\nSam Rivera"));
  assert.ok(!short.includes("many ideas"));
});
