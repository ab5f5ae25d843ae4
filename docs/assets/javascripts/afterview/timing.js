/* Afterview timing: when to send a note and when to follow up. Pure date logic, local time. */
(function (Afterview) {
  "use strict";

  var MINUTE = 60 * 1000;
  var HOUR = 60 * MINUTE;
  var TOO_SOON_MINUTES = 90;
  var SEND_WITHIN_HOURS = 24;
  var FRIDAY_EVENING_HOUR = 19;
  var MONDAY_MORNING_HOUR = 9;
  var SECOND_FOLLOW_UP_BUSINESS_DAYS = 5;
  var WRITE_AFTER_HOURS = 3;
  var WRITE_BEFORE_DEADLINE_HOURS = 3;
  var DAY_STARTS_HOUR = 8;
  var DAY_ENDS_HOUR = 22;
  var WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];

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

  /*
   * When to send the thank-you for an interview that started at `interview`, seen from `now`.
   * Returns {state, sendBy, alternative, message}; state is one of
   * "upcoming", "too-soon", "now", "weekend-wait", "late".
   * Within 24 hours, but a note due over the weekend goes on Friday evening or Monday morning.
   */
  function sendAdvice(interview, now) {
    var sendBy = new Date(interview.getTime() + SEND_WITHIN_HOURS * HOUR);
    var alternative = null;
    if (isWeekend(sendBy) || interview.getDay() === 5 || isWeekend(interview)) {
      var fridayEvening = atHour(interview, FRIDAY_EVENING_HOUR);
      sendBy = interview.getDay() === 5 && interview < fridayEvening ? fridayEvening : null;
      alternative = atHour(nextWeekday(interview, 1), MONDAY_MORNING_HOUR);
    }
    var lastGoodMoment = alternative ? atHour(alternative, MONDAY_MORNING_HOUR + 3) : sendBy;
    var when = !alternative ? "Send it by " + formatMoment(sendBy) + ", within 24 hours of the interview."
      : sendBy ? "Send it by Friday evening (" + formatMoment(sendBy) + ") or on Monday morning ("
        + formatDay(alternative) + "), not over the weekend, when it would sit unread."
        : "Send it on Monday morning (" + formatDay(alternative) + "): over the weekend it would sit unread.";
    var advice = {sendBy: sendBy, alternative: alternative};
    var minutesSince = (now - interview) / MINUTE;
    if (minutesSince < 0) {
      advice.state = "upcoming";
      advice.message = "Your interview is still ahead: write the note afterwards, while it is fresh. " + when;
    } else if (minutesSince < TOO_SOON_MINUTES) {
      advice.state = "too-soon";
      advice.message = "Too soon: wait until you are home. A note that arrives minutes after you leave "
        + "reads as automatic; write it calmly later. " + when;
    } else if (alternative && (!sendBy || now > sendBy) && now < alternative) {
      advice.state = "weekend-wait";
      advice.message = "Write it now if you like, then send it on Monday morning (" + formatDay(alternative) + ").";
    } else if (now > lastGoodMoment) {
      advice.state = "late";
      advice.message = "More than a day has passed. Send it today anyway: a late thank-you is better than none.";
    } else {
      advice.state = "now";
      advice.message = "A good time to write it. " + when;
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
     (the site's settings.follow_up_business_days: a career office may set its own). */
  function followUpPlan(decision, delay) {
    var first = addBusinessDays(decision, delay);
    var second = addBusinessDays(first, SECOND_FOLLOW_UP_BUSINESS_DAYS);
    return [
      {id: "first-follow-up", date: first, template: "follow-up-no-reply-first",
        title: "First follow-up",
        text: "If you have heard nothing, send a short, polite follow-up (" + delay +
          " working days after their date)."},
      {id: "second-follow-up", date: second, template: "follow-up-no-reply-final",
        title: "Second and last follow-up",
        text: "Still no reply: send one last brief note, then turn your energy to other applications."},
    ];
  }

  function isoDate(date) {
    return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate());
  }

  Afterview.timing = {
    TOO_SOON_MINUTES: TOO_SOON_MINUTES,
    addBusinessDays: addBusinessDays,
    parseLocal: parseLocal,
    sendAdvice: sendAdvice,
    writingReminder: writingReminder,
    followUpPlan: followUpPlan,
    decisionDayText: decisionDayText,
    formatDay: formatDay,
    formatMoment: formatMoment,
    isoDate: isoDate,
  };
})(window.Afterview = window.Afterview || {});
