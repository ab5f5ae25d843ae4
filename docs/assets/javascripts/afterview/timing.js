/* Afterview timing: when to send a note and when to follow up. Pure date logic, local time.
   The numbers come from the exported data (afterview/timing.py), the source the guide pages use too. */
import {exported} from "./data.js";

var MINUTE = 60 * 1000;
var HOUR = 60 * MINUTE;
var WRITE_AFTER_HOURS = 3;
var WRITE_BEFORE_DEADLINE_HOURS = 3;
var DAY_STARTS_HOUR = 8;
var DAY_ENDS_HOUR = 22;
var WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];

function rules() {
  return exported.composer.timing;
}

function isWeekend(date) {
  var day = date.getDay();
  return day === 0 || day === 6;
}

function startOfDay(date) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

function atHour(date, hour) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), hour, 0);
}

function addDays(date, days) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days,
    date.getHours(), date.getMinutes());
}

/* The date `count` working days (Monday to Friday) after `date`; a weekend start counts from Monday. */
function addBusinessDays(date, count) {
  var day = startOfDay(date);
  var added = 0;
  while (added < count) {
    day = addDays(day, 1);
    if (!isWeekend(day)) added += 1;
  }
  return day;
}

function nextWeekday(date, weekday) {
  var day = addDays(startOfDay(date), 1);
  while (day.getDay() !== weekday) day = addDays(day, 1);
  return day;
}

/* "2024-03-08" and "14:00" from date/time inputs, as a local Date; null when unusable. */
function parseLocal(dateValue, timeValue) {
  var d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateValue || "");
  if (!d) return null;
  var t = /^(\d{2}):(\d{2})/.exec(timeValue || "") || [null, "12", "00"];
  var result = new Date(+d[1], +d[2] - 1, +d[3], +t[1], +t[2]);
  return isNaN(result.getTime()) ? null : result;
}

function pad(number) {
  return (number < 10 ? "0" : "") + number;
}

function formatDay(date) {
  return WEEKDAYS[date.getDay()] + ", " + MONTHS[date.getMonth()] + " " + date.getDate();
}

function formatTime(date) {
  return pad(date.getHours()) + ":" + pad(date.getMinutes());
}

function formatMoment(date) {
  return formatDay(date) + " at " + formatTime(date);
}

function decisionDayText(decision) {
  return "by " + formatDay(decision);
}

/* When a thank-you is due (timing.py's send_window): {sendBy, alternative}; the alternative is a Monday
   morning after a Friday or weekend interview, sendBy null when only Monday is left. */
function sendWindow(interview) {
  var r = rules();
  var sendBy = new Date(interview.getTime() + r.send_within_hours * HOUR);
  var friday = interview.getDay() === 5;
  if (!isWeekend(sendBy) && !friday && !isWeekend(interview)) return {sendBy: sendBy, alternative: null};
  var evening = atHour(interview, r.friday_evening_ends_hour);
  return {sendBy: friday && interview < evening ? evening : null,
    alternative: atHour(nextWeekday(interview, 1), r.monday_morning_hour)};
}

/* The first moment the note counts as late: "day three", or the day after the Monday it was due. */
function lateFrom(interview, due) {
  var late = addDays(startOfDay(interview), rules().late_from_day - 1);
  var afterMonday = due.alternative ? addDays(startOfDay(due.alternative), 1) : late;
  return afterMonday > late ? afterMonday : late;
}

/*
 * When to send the thank-you for an interview that started at `interview`, seen from `now`.
 * Returns {state, sendBy, alternative, readingDay, message}; state is one of
 * "upcoming", "too-soon", "now", "weekend-wait", "late" (timing.py's send_advice).
 * `readingDay` is the day the note will be read when it should wait for Monday, else null.
 */
function sendAdvice(interview, now) {
  var r = rules();
  var due = sendWindow(interview);
  var sendBy = due.sendBy;
  var alternative = due.alternative;
  var when = !alternative ? "Send it by " + formatMoment(sendBy) + ", within a day of the interview."
    : sendBy ? "Send it this evening (by " + formatTime(sendBy) + ") or schedule it for Monday morning ("
      + formatDay(alternative) + "): either is fine, as long as you write it while you remember the talk."
      : "Write it now and schedule it for Monday morning (" + formatDay(alternative)
        + "): over the weekend it would sit under other mail.";
  var advice = {sendBy: sendBy, alternative: alternative, readingDay: null};
  var minutesSince = (now - interview) / MINUTE;
  if (minutesSince < 0) {
    advice.state = "upcoming";
    advice.message = "Your interview is still ahead: write the note afterwards, while it is fresh. " + when;
  } else if (minutesSince < r.too_soon_minutes) {
    advice.state = "too-soon";
    advice.message = "Too soon: wait until you are home. A note that arrives minutes after you leave "
      + "reads as automatic; write it calmly later. " + when;
  } else if (alternative && (!sendBy || now > sendBy) && now < alternative) {
    advice.state = "weekend-wait";
    advice.readingDay = alternative;
    advice.message = "Write it now if you like, then schedule it for Monday morning (" + formatDay(alternative)
      + "). The note below is worded for that day, so \u201ctoday\u201d and \u201cyesterday\u201d read right "
      + "when it arrives.";
  } else if (now >= lateFrom(interview, due)) {
    advice.state = "late";
    advice.message = "A few days have passed. Send it today anyway: a late thank-you is better than none, "
      + "and there is no need to apologize for the delay.";
  } else {
    advice.state = "now";
    advice.message = sendBy && now > sendBy
      ? "Send it today: a note the day after the interview is still right on time."
      : "A good time to write it. " + when;
  }
  return advice;
}

/*
 * When the reminder to write the note should ring: a few hours after the interview, once home, in waking
 * hours, and always some hours before the note is due (advice.sendBy; the Monday-morning alternative when
 * there is no time before Friday evening), so there is time to write it. Never before `now`.
 */
function writingReminder(interview, advice, now) {
  var halfHour = 30 * MINUTE;
  var at = new Date(Math.ceil((interview.getTime() + WRITE_AFTER_HOURS * HOUR) / halfHour) * halfHour);
  var deadline = advice.sendBy;
  if (!deadline || deadline.getTime() - WRITE_BEFORE_DEADLINE_HOURS * HOUR < at.getTime()) {
    deadline = advice.alternative || deadline;
  }
  if (at.getHours() >= DAY_ENDS_HOUR) at = atHour(addDays(at, 1), DAY_STARTS_HOUR);
  if (at.getHours() < DAY_STARTS_HOUR) at = atHour(at, DAY_STARTS_HOUR);
  var latest = new Date(deadline.getTime() - WRITE_BEFORE_DEADLINE_HOURS * HOUR);
  if (at > latest) at = latest;
  if (at.getHours() < DAY_STARTS_HOUR) {
    var evening = atHour(addDays(at, -1), DAY_ENDS_HOUR - 1);
    var soonest = new Date(interview.getTime() + HOUR);
    at = evening > soonest ? evening : soonest;
  }
  if (now && at < now) at = new Date(Math.ceil(now.getTime() / (15 * MINUTE)) * 15 * MINUTE);
  return at;
}

/* The follow-up steps after the day the employer said they would decide, `delay` working days later
   (the site's settings.follow_up_business_days, a career office may set its own; else timing.py's). */
function followUpPlan(decision, delay) {
  delay = delay || rules().first_follow_up_working_days;
  var first = addBusinessDays(decision, delay);
  var second = addBusinessDays(first, rules().second_follow_up_working_days);
  return [
    {id: "first-follow-up", date: first, template: "follow-up-no-reply-first",
      title: "First follow-up",
      text: "If you have heard nothing, send a short, polite follow-up (" + delay +
        " working day" + (delay === 1 ? "" : "s") + " after their date)."},
    {id: "second-follow-up", date: second, template: "follow-up-no-reply-final",
      title: "Second and last follow-up",
      text: "Still no reply: send one last brief note, then turn your energy to other applications."},
  ];
}

function isoDate(date) {
  return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate());
}

export {addBusinessDays, parseLocal, sendWindow, sendAdvice, writingReminder, followUpPlan, decisionDayText,
  formatDay, formatMoment, isoDate};
