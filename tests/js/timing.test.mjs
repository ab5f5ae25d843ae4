// Timing: when to send, when the writing reminder rings, the follow-up plan.
import assert from "node:assert/strict";
import {test} from "node:test";
import {load} from "./load.mjs";

const w = load(["timing"]);
const T = w.Afterview.timing;
const RULES = w.AFTERVIEW_DATA.composer.timing;
const HOUR = 3600 * 1000;

test("the writing reminder rings after the interview, in waking hours, hours before the note is due", () => {
  let checked = 0;
  for (let day = 4; day <= 10; day++) {            // Monday 4 March 2024 to Sunday 10 March
    for (let hour = 7; hour <= 20; hour++) {
      for (const minute of [0, 20, 45]) {
        const interview = new Date(2024, 2, day, hour, minute);
        const advice = T.sendAdvice(interview, interview);
        const at = T.writingReminder(interview, advice, interview);
        const label = interview.toString();
        assert.ok(at - interview >= HOUR, label);
        const due = [advice.sendBy, advice.alternative].filter(Boolean);
        assert.ok(due.some((d) => d - at >= 2 * HOUR), label + " rings " + at + " for " + due.join(" or "));
        assert.ok(at.getHours() >= 8 && at.getHours() < 22, label + " rings at " + at);
        checked++;
      }
    }
  }
  assert.equal(checked, 7 * 14 * 3);
});

test("a reminder made after its time rings soon, not in the past", () => {
  const interview = new Date(2024, 2, 5, 9, 0);
  const now = new Date(2024, 2, 5, 16, 7);
  const at = T.writingReminder(interview, T.sendAdvice(interview, now), now);
  assert.ok(at >= now && at - now <= 15 * 60 * 1000, String(at));
});

test("follow-ups use the delay the site exports, skipping weekends", () => {
  const plan = T.followUpPlan(new Date(2024, 2, 8), 3).map((s) => T.isoDate(s.date));
  assert.deepEqual([...plan], ["2024-03-13", "2024-03-20"]);
  const house = T.followUpPlan(new Date(2024, 2, 8), 5).map((s) => T.isoDate(s.date));
  assert.deepEqual([...house], ["2024-03-15", "2024-03-22"]);
});

test("a Friday afternoon interview is due Friday evening or Monday morning", () => {
  const advice = T.sendAdvice(new Date(2024, 2, 8, 14, 0), new Date(2024, 2, 8, 17, 0));
  assert.equal(advice.state, "now");
  assert.equal(advice.sendBy.getHours(), RULES.friday_evening_ends_hour);
  assert.equal(advice.alternative.getDay(), 1);
  assert.match(advice.message, /this evening .* or schedule it for Monday morning/);
});

test("a Friday career fair still offers the same evening, and a note for Monday is worded for Monday", () => {
  const fair = new Date(2024, 2, 8, 11, 0);
  const evening = T.sendAdvice(fair, new Date(2024, 2, 8, 20, 30));
  assert.equal(evening.state, "now");
  assert.match(evening.message, /this evening/);
  assert.equal(evening.readingDay, null);
  const saturday = T.sendAdvice(fair, new Date(2024, 2, 9, 10, 0));
  assert.equal(saturday.state, "weekend-wait");
  assert.equal(T.isoDate(saturday.readingDay), "2024-03-11");
  assert.match(saturday.message, /Monday morning/);
});

test("the evening after the interview is not late; day three is", () => {
  const interview = new Date(2024, 2, 5, 10, 0);
  for (const now of [new Date(2024, 2, 6, 19, 0), new Date(2024, 2, 6, 23, 30)]) {
    const advice = T.sendAdvice(interview, now);
    assert.equal(advice.state, "now", String(now));
    assert.doesNotMatch(advice.message, /passed/);
  }
  assert.equal(T.sendAdvice(interview, new Date(2024, 2, 7, 8, 0)).state, "late");
});

test("without a site setting the first follow-up comes the guide's working days after the decision date", () => {
  const plan = T.followUpPlan(new Date(2024, 2, 8)).map((s) => T.isoDate(s.date));
  assert.equal(RULES.first_follow_up_working_days, 2);
  assert.deepEqual([...plan], ["2024-03-12", "2024-03-19"]);
});
