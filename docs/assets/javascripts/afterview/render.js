/* Afterview: the note engine of afterview/render.py, days.py, address.py and perspective.py, mirrored function
 * for function. Every pattern, word list and table comes from AFTERVIEW_DATA.engine (render.engine_data), so
 * nothing here is typed twice; the parity tests compare both languages over the whole reading corpus.
 * Afterview.text holds Python's string behaviours (str.strip, str.split, len) shared with checker.js.
 *
 * API for the composer (each gives exactly what the Python side gives):
 *   Afterview.render(template, values, recipientIndex, today, readOn) -> {subjects, body}
 *     today: the day the note is written, "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"; typed days ("yesterday",
 *     "3/6", "last tuesday") are read from it. readOn (optional): the day the note will be read; days are
 *     phrased from it ("on Tuesday, March 3" rather than "yesterday" a week later). The template's tone
 *     applies ("formal": no "!").
 *   Afterview.addressHint(value, greeting, tone) -> advice when "Dear" has a bare full name in the formal tone
 *     (other tones greet by first name), else null.
 *   Afterview.strengthHint(value) -> advice when what the writer brings is a bare phrase, not a sentence; else null.
 *   Afterview.linkHint(value) -> advice when a promised link is typed by name only ("my portfolio link"), else null.
 *   Afterview.readingDay(channel, today, readOn) -> the day the note will be read: readOn, or for a handwritten
 *     card three days after today (so a card never says "yesterday"); pass it to render as readOn.
 *   Afterview.greetingOf(template) -> the word the template greets with ("Dear", "Hi"), or null.
 *   Afterview.perspectiveIssues(value, company) -> [{found, suggestion, kind}]: words about the reader in
 *     the third person ("she told me", "their reports") or a note to self, and the value reworded.
 *   Afterview.fieldFrame(template, name) -> the sentence around a field with ___ for it (null if unused).
 *   Afterview.unfilledFields(template, values, recipientIndex) -> required fields still shown as [markers].
 *   AFTERVIEW_DATA.fields[i].shape: "name", "contact", "phrase", "organization", "role", "date", "deadline",
 *     "start" or "sentence" (fields.py).
 * Template language: {field}; [[text {field}]] shown only when its fields are filled;
 * [[phrase frame || sentence frame]] chosen by the shape of the sentence-shaped field inside; one that opens
 * with a comma carries on the sentence before it and drops out when its field is blank.
 */
import {exported} from "./data.js";

// The characters Python's str.isspace() accepts (str.strip and str.split use them).
var PY_SPACE = "\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
var SPACE_CHAR = new RegExp("^[" + PY_SPACE + "]$");
var SPACE_RUNS = new RegExp("[" + PY_SPACE + "]+");
var NAME_LIKE = /^(?:\p{L}|[ '\u2019.-])*(?![\s\S])/u;
var DAY_MS = 86400000;

function isSpace(ch) {
  return SPACE_CHAR.test(ch);
}

/** Python's str.strip(): every Python whitespace character is BMP, so code units suffice. */
function strip(text) {
  var start = 0;
  var end = text.length;
  while (start < end && isSpace(text.charAt(start))) start++;
  while (end > start && isSpace(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Python's str.split() without arguments: words between runs of whitespace. */
function split(text) {
  var stripped = strip(text);
  return stripped ? stripped.split(SPACE_RUNS) : [];
}

/** Python's len(): code points, not UTF-16 units. */
function length(text) {
  return Array.from(text).length;
}

function own(object, key) {
  return object != null && Object.prototype.hasOwnProperty.call(object, key);
}

function data() {
  return exported || {};
}

var compiled = {source: null, patterns: new Map()};

/** The engine's pattern NAME as Python compiled it; `all` adds the g flag (replace all, matchAll). */
function P(name, all) {
  var engine = data().engine;
  if (compiled.source !== engine) compiled = {source: engine, patterns: new Map()};
  var key = (all ? "g:" : "") + name;
  var regex = compiled.patterns.get(key);
  if (regex === undefined) {
    var pattern = engine.patterns[name];
    regex = new RegExp(pattern.source, pattern.flags + (all ? "g" : ""));
    compiled.patterns.set(key, regex);
  }
  regex.lastIndex = 0;
  return regex;
}

/** The engine's word list or table NAME. */
function C(name) {
  return data().engine.constants[name];
}

function has(list, item) {
  return list.indexOf(item) >= 0;
}

function fieldInfo(name) {
  var fields = data().fields || [];
  for (var i = 0; i < fields.length; i++) {
    if (fields[i].name === name) return fields[i];
  }
  return null;
}

function valueOf(values, name) {
  return own(values, name) && values[name] ? String(values[name]) : "";
}

/** The first code point and the rest (Python's text[:1] and text[1:]). */
function firstAndRest(text) {
  var first = String.fromCodePoint(text.codePointAt(0));
  return [first, text.slice(first.length)];
}

function upperFirst(text) {
  if (!text) return text;
  var pieces = firstAndRest(text);
  return pieces[0].toUpperCase() + pieces[1];
}

function lowerFirst(text) {
  if (!text) return text;
  var pieces = firstAndRest(text);
  return pieces[0].toLowerCase() + pieces[1];
}

/** Python's str.isupper() for one character. */
function isUpper(ch) {
  return ch !== "" && ch === ch.toUpperCase() && ch !== ch.toLowerCase();
}

/* ---- days.py ---- */

/** A calendar day {year, month, day, number, weekday}, or null when no such day exists (February 30). */
function calendarDay(year, month, day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  var date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return dayNumbered(Math.round(date.getTime() / DAY_MS));
}

function dayNumbered(number) {
  var date = new Date(number * DAY_MS);
  return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), number: number,
    weekday: (date.getUTCDay() + 6) % 7};
}

function shift(day, days) {
  return dayNumbered(day.number + days);
}

function moment(day, hour) {
  return {day: day, hour: hour === undefined ? null : hour};
}

function reading(kind, day, part, count, unit) {
  return {kind: kind, day: day || null, part: part || "", count: count || 0, unit: unit || ""};
}

function parseMoment(text) {
  var match = P("MOMENT").exec(text || "");
  if (!match) return null;
  var day = calendarDay(+match[1], +match[2], +match[3]);
  if (day === null || !(C("FIRST_YEAR") <= day.year && day.year <= C("LAST_YEAR"))) return null;
  return moment(day, match[4] !== undefined ? +match[4] : null);
}

function monthIndex(word) {
  return C("MONTHS").map(function (m) { return m.slice(0, 3).toLowerCase(); })
    .indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

function weekdayIndex(word) {
  return C("WEEKDAYS").map(function (d) { return d.slice(0, 3).toLowerCase(); })
    .indexOf(word.slice(0, 3).toLowerCase());
}

function numberOf(word) {
  var text = word.toLowerCase();
  return P("DIGITS").test(text) ? parseInt(text, 10) : C("NUMBER_WORDS")[text];
}

function mondayOf(day) {
  return shift(day, -day.weekday);
}

function monthDay(month, day, year, written, future) {
  if (year !== null) return calendarDay(year >= 100 ? year : 2000 + year, month, day);
  var thisYear = calendarDay(written.year, month, day);
  if (thisYear === null) return calendarDay(written.year + (future ? 1 : -1), month, day);
  if (future && thisYear.number < written.number - 14) return calendarDay(written.year + 1, month, day);
  if (!future && thisYear.number > written.number) return calendarDay(written.year - 1, month, day);
  return thisYear;
}

function dayOfMonth(day, written, future) {
  var year = written.year;
  var month = written.month;
  for (var i = 0; i < 12; i++) {
    var found = calendarDay(year, month, day);
    if (found !== null && (future ? found.number >= written.number : found.number <= written.number)) return found;
    month += future ? 1 : -1;
    if (month === 13) { year += 1; month = 1; }
    if (month === 0) { year -= 1; month = 12; }
  }
  return null;
}

function mod(a, n) {
  return ((a % n) + n) % n;
}

function weekdayDay(weekday, which, written, future) {
  if (which === "last" || which === "past") return shift(written, -(mod(written.weekday - weekday - 2, 7) + 2));
  if (which === "next") return shift(mondayOf(written), 7 + weekday);
  if (future) return shift(written, mod(weekday - written.weekday, 7));
  return shift(written, -mod(written.weekday - weekday, 7));
}

function readDay(text, written, future) {
  var match = P("DAY_ISO").exec(text);
  var found;
  var year;
  if (match) {
    found = calendarDay(+match[1], +match[2], +match[3]);
    return found ? reading("day", found) : null;
  }
  match = P("DAY_SLASH").exec(text);
  if (match) {
    year = match[3] ? +match[3] : null;
    found = monthDay(+match[1], +match[2], year, written, future);
    return found ? reading("day", found) : null;
  }
  match = P("DAY_WORD").exec(text);
  if (match) {
    var word = match[1].toLowerCase();
    var part = own(C("PARTS_OF_DAY"), word) ? C("PARTS_OF_DAY")[word] : "";
    return reading("day", shift(written, own(C("WORD_OFFSETS"), word) ? C("WORD_OFFSETS")[word] : 0), part);
  }
  match = P("DAY_AGO").exec(text);
  if (match) return reading("day", shift(written, -numberOf(match[1]) * C("UNIT_DAYS")[match[2].toLowerCase()]));
  match = P("DAY_WEEKDAY").exec(text);
  if (match) {
    if (match[3]) {
      found = dayOfMonth(+match[3], written, future);
      return found ? reading("day", found) : null;
    }
    var which = (match[1] || "").toLowerCase();
    return reading("day", weekdayDay(weekdayIndex(match[2]), which, written, future));
  }
  match = P("DAY_MONTH_FIRST").exec(text);
  if (match) {
    year = match[4] ? +match[4] : null;
    found = monthDay(monthIndex(match[2]), +match[3], year, written, future);
    return found ? reading("day", found) : null;
  }
  match = P("DAY_MONTH_LAST").exec(text);
  if (match) {
    year = match[4] ? +match[4] : null;
    found = monthDay(monthIndex(match[3]), +match[2], year, written, future);
    return found ? reading("day", found) : null;
  }
  match = P("DAY_ORDINAL").exec(text);
  if (match) {
    found = dayOfMonth(+match[1], written, future);
    return found ? reading("day", found) : null;
  }
  match = P("DAY_WEEK").exec(text);
  if (match) return reading("week", shift(mondayOf(written), 7 * C("WEEK_OFFSETS")[match[1].toLowerCase()]));
  match = P("DAY_WEEK_END").exec(text);
  if (match) {
    return reading("week_end", shift(mondayOf(written), 4 + 7 * (match[1] ? C("WEEK_OFFSETS")[match[1].toLowerCase()] : 0)));
  }
  match = P("DAY_MONTH_END").exec(text);
  if (match) {
    year = written.year;
    var month = written.month + (match[1] ? C("WEEK_OFFSETS")[match[1].toLowerCase()] : 0);
    if (month === 13) { year += 1; month = 1; }
    if (month === 0) { year -= 1; month = 12; }
    return reading("month_end", calendarDay(year, month, 1));
  }
  match = P("DAY_WITHIN").exec(text);
  if (match) {
    var count = numberOf(match[1]);
    var unit = match[2].toLowerCase();
    return reading("within", shift(written, count * C("UNIT_DAYS")[unit]), "", count, unit);
  }
  if (P("DAY_ASAP").test(text)) return reading("asap");
  if (text.toLowerCase() === "soon") return reading("soon");
  match = P("DAY_SEASON").exec(text);
  if (match) return reading("season", null, (match[1] || "this").toLowerCase() + " " + match[2].toLowerCase());
  return null;
}

function fullDate(day, seenFrom) {
  var text = C("WEEKDAYS")[day.weekday] + ", " + C("MONTHS")[day.month - 1] + " " + day.day;
  return day.year === seenFrom.year ? text : text + ", " + day.year;
}

function monthAndDay(day, seenFrom) {
  var text = C("MONTHS")[day.month - 1] + " " + day.day;
  return day.year === seenFrom.year ? text : text + ", " + day.year;
}

function weekPhrase(monday, readingDay) {
  var weeks = Math.floor((monday.number - mondayOf(readingDay).number) / 7);
  if (weeks === -1) return "last week";
  if (weeks === 0) return "this week";
  if (weeks === 1) return "next week";
  return "the week of " + monthAndDay(monday, readingDay);
}

function pastPhrase(typed, read) {
  if (typed.kind === "week" && typed.day !== null) {
    var phrase = weekPhrase(typed.day, read.day);
    return phrase === "last week" || phrase === "this week" ? phrase : "during " + phrase;
  }
  if (typed.day === null) return "";
  var days = read.day.number - typed.day.number;
  if (days === 0) {
    if (typed.part) return typed.part;
    return read.hour !== null && read.hour < 12 ? "this morning" : "today";
  }
  if (days === 1) return "yesterday";
  if (days > 1 && days < 7) return "on " + C("WEEKDAYS")[typed.day.weekday];
  return "on " + fullDate(typed.day, read.day);
}

function futurePhrase(typed, read, written, shape, takenWeekday) {
  var lead = shape === C("DEADLINE") ? "by " : "on ";
  if (typed.kind === "asap") return "as soon as possible";
  if (typed.kind === "soon" || typed.kind === "season") return typed.part || typed.kind;
  if (typed.day === null) return "";
  if (typed.kind === "within" && read.day.number === written.number) {
    var names = C("NUMBER_NAMES");
    var count = typed.count < names.length ? names[typed.count] : String(typed.count);
    var amount = (typed.count === 1 ? "a" : count) + " " + typed.unit + (typed.count === 1 ? "" : "s");
    return "within " + amount;
  }
  if (typed.kind === "week") return weekPhrase(typed.day, read.day);
  if (typed.kind === "week_end") {
    var phrase = weekPhrase(mondayOf(typed.day), read.day);
    if (phrase === "this week" || phrase === "next week" || phrase === "last week") {
      return "by the end of " + (phrase === "this week" ? "the week" : phrase);
    }
  }
  if (typed.kind === "month_end") {
    var months = (typed.day.year - read.day.year) * 12 + typed.day.month - read.day.month;
    if (months === 0) return "by the end of the month";
    if (months === 1) return "by the end of next month";
    return "by the end of " + C("MONTHS")[typed.day.month - 1];
  }
  var days = typed.day.number - read.day.number;
  if (days === 0) return shape === C("DEADLINE") ? "by today" : "today";
  if (days === 1) return shape === C("DEADLINE") ? "by tomorrow" : "tomorrow";
  if (days > 1 && days < 7) {
    var weekday = C("WEEKDAYS")[typed.day.weekday];
    return lead + (weekday === takenWeekday ? fullDate(typed.day, read.day) : weekday);
  }
  return lead + monthAndDay(typed.day, read.day);
}

function capitalizeDayNames(text) {
  return text.replace(P("DAY_NAME", true), function (whole, name) {
    return name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
  });
}

function asTyped(text, shape) {
  text = capitalizeDayNames(text);
  if (shape === C("PAST")) {
    if (P("PAST_WORDS").test(text)) return lowerFirst(text);
    return "on " + text;
  }
  if (P("FUTURE_WORDS").test(text)) return lowerFirst(text);
  if (shape === C("DEADLINE")) return "by " + text;
  return (P("START_IN").test(text) ? "in " : "on ") + text;
}

function phraseDay(text, shape, written, read, takenWeekday) {
  if (!text) return text;
  var lead = P("DAY_LEAD").exec(text);
  var core = lead ? text.slice(lead[0].length) : text;
  var ownWords = shape === C("PAST") ? P("PAST_WORDS") : P("FUTURE_WORDS");
  var dropped = lead !== null && P("DAY_LEAD_DROPPED").test(lead[0]);
  var typed = dropped && core && !ownWords.test(text) ? core : text;
  if (written === null) {
    var iso = P("DAY_ISO").exec(core);
    var found = iso ? calendarDay(+iso[1], +iso[2], +iso[3]) : null;
    if (found === null) return asTyped(typed, shape);
    return (shape !== C("DEADLINE") ? "on " : "by ") + fullDate(found, read ? read.day : found);
  }
  var understood = readDay(core, written.day, shape !== C("PAST"));
  if (understood === null || (shape === C("PAST") && !has(["day", "week"], understood.kind))) {
    return asTyped(typed, shape);
  }
  var seen = read || written;
  return shape === C("PAST") ? pastPhrase(understood, seen) : futurePhrase(understood, seen, written.day, shape, takenWeekday || "");
}

/* ---- address.py ---- */

function titleOf(word) {
  var key = word.toLowerCase().replace(P("TITLE_STOPS"), "");
  return own(C("TITLES"), key) ? C("TITLES")[key] : null;
}

function nameParts(name) {
  var words = name ? name.split(" ") : [];
  var title = words.length ? titleOf(words[0]) : null;
  if (title !== null) words = words.slice(1);
  if (!words.length) return [title, [], []];
  var end = words.length - 1;
  while (end > 0 && has(C("NAME_SUFFIXES"), words[end].toLowerCase())) end--;
  var start = end;
  while (start > 1 && has(C("SURNAME_PARTICLES"), words[start - 1].toLowerCase())) start--;
  if (start === 0) return [title, [], words];
  return [title, words.slice(0, start), words.slice(start)];
}

function address(name, greeting, tone) {
  var parts = nameParts(name);
  var title = parts[0];
  var given = parts[1];
  var surname = parts[2];
  if (given.concat(surname).some(function (word) { return has(C("GROUP_WORDS"), word.toLowerCase()); })) {
    return [greeting, name];
  }
  if (title !== null && surname.length) return [C("FORMAL_GREETING"), title + " " + surname.join(" ")];
  var first = given.length ? given[0].replace(P("WORD_END_MARKS"), "") : "";
  var firstNameGreeting = has(C("FIRST_NAME_GREETINGS"), greeting.toLowerCase()) || (tone || "") !== C("FULL_NAME_TONE");
  if (title === null && first && !P("INITIAL").test(first) && firstNameGreeting && NAME_LIKE.test(name)) {
    return [greeting, first];
  }
  return [greeting, name];
}

/* ---- perspective.py ---- */

function keepCase(word, like) {
  return isUpper(like.charAt(0)) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

function secondPersonVerb(verb, subject) {
  var lower = verb.toLowerCase().split("\u2019").join("'");
  if (own(C("SECOND_PERSON_VERBS"), lower)) return keepCase(C("SECOND_PERSON_VERBS")[lower], verb);
  if (subject.toLowerCase() === "they" || lower.slice(-1) !== "s" || lower.slice(-2) === "ss" || lower.length < 4) {
    return verb;
  }
  if (lower.slice(-3) === "ies") return verb.slice(0, -3) + "y";
  if (["ches", "shes", "xes", "sses"].some(function (end) { return lower.slice(-end.length) === end; })) {
    return verb.slice(0, -2);
  }
  return verb.slice(0, -1);
}

/** perspectiveIssues for a field where a moment of the conversation is typed; none for any other field. */
function momentIssues(name, value, company) {
  return has(C("MOMENT_FIELDS"), name) ? perspectiveIssues(value, company) : [];
}

function perspectiveIssues(value, company) {
  var text = split(String(value || "")).join(" ");
  if (!text) return [];
  var issues = [];
  if (P("NOTE_TO_SELF").test(text)) {
    var lead = P("NOTE_TO_SELF_LEAD").exec(text);
    var rest = lead ? text.slice(lead[0].length) : text;
    issues.push({found: text.split(" ")[0], suggestion: upperFirst(rest), kind: "note-to-self"});
  }
  var found = [];
  var reworded = text.replace(P("THIRD_PERSON_SUBJECT", true), function (whole, pronoun, verb) {
    found.push(whole);
    return keepCase("you", pronoun) + whole.slice(pronoun.length, whole.length - verb.length) +
      secondPersonVerb(verb, pronoun);
  });
  reworded = reworded.replace(P("THIRD_PERSON_OWNER", true), function (whole, owner, noun) {
    if (has(C("NOT_OWNED"), strip(noun).toLowerCase())) return whole;
    found.push(whole);
    return keepCase("your", owner) + noun;
  });
  var name = split(String(company || "")).join(" ");
  if (name) {
    [name + "'s", name + "\u2019s"].forEach(function (possessive) {
      var spot = reworded.toLowerCase().indexOf(possessive.toLowerCase());
      if (spot >= 0) {
        found.push(reworded.slice(spot, spot + possessive.length));
        reworded = reworded.slice(0, spot) + keepCase("your", reworded.slice(spot)) +
          reworded.slice(spot + possessive.length);
      }
    });
  }
  if (found.length) issues.push({found: found.join(", "), suggestion: reworded, kind: "third-person"});
  return issues;
}

/* ---- render.py ---- */

/** The visible stand-in for a field nobody has filled in yet, e.g. [Their name]. */
function marker(name) {
  var field = fieldInfo(name);
  return "[" + (field ? field.label : name) + "]";
}

function placeholders(text) {
  return Array.from(text.matchAll(P("PLACEHOLDER", true)), function (match) { return match[1]; });
}

/** Replace each {field} in one pass, so braces inside a value are never filled again. */
function fill(text, values) {
  return text.replace(P("PLACEHOLDER", true), function (whole, name) {
    var value = strip(valueOf(values, name));
    return value ? value : marker(name);
  });
}

function tidy(text) {
  text = split(text).join(" ");
  text = text.replace(P("DOUBLED_WORD", true), "$1");
  text = text.replace(P("SPACE_BEFORE_MARK", true), "$1");
  text = text.replace(P("REPEATED_MARKS", true), "$1");
  text = text.replace(P("DOUBLE_STOP", true), ".");
  text = text.replace(P("COMMA_BEFORE_STOP", true), "");
  text = text.replace(P("LONE_I", true), "I");
  text = text.replace(P("APOSTROPHE_FREE_WORD", true), function (whole, word) { return C("APOSTROPHE_FREE")[word]; });
  return text.replace(P("REPEATED_COMMAS", true), ",");
}

function isSentence(value) {
  var text = tidy(value);
  if (!text) return false;
  if (P("SENTENCE_START").test(text) || P("SUBJECT_VERB").test(text) || P("TIME_THEN_SUBJECT").test(text) ||
      "!?".indexOf(text.charAt(text.length - 1)) >= 0) {
    return true;
  }
  if (text.charAt(text.length - 1) === "." && P("FINITE_VERB").test(text) && !P("ABBREVIATION_END").test(text)) {
    return true;
  }
  if (text.charAt(text.length - 1) === "." && P("CAPITAL_START").test(text) && P("VERB_WORD").test(text) &&
      !P("ABBREVIATION_END").test(text)) {
    return true;
  }
  return Array.from(text.matchAll(P("SENTENCE_GAP", true))).some(function (gap) {
    return !P("ABBREVIATION_END").test(text.slice(0, gap.index + 1));
  });
}

function asSentences(value) {
  var text = upperFirst(tidy(value).replace(P("TRAILING_COMMA"), ""));
  return !text || P("ENDS_SENTENCE").test(text) ? text : text + ".";
}

function lowerFirstWord(text) {
  var word = P("LOWERABLE_FIRST_WORD").exec(text);
  if (!word || (word[1].length > 1 && word[1] === word[1].toUpperCase())) return text;
  if (!has(C("DETERMINERS"), word[1].toLowerCase()) && P("NAME_FOLLOWS").test(text.slice(word[1].length))) return text;
  return word[1].toLowerCase() + text.slice(word[1].length);
}

function withoutStop(value) {
  var text = tidy(value).replace(P("TRAILING_COMMA"), "");
  if (text.slice(-1) === "." && text.slice(-2) !== ".." && !P("ABBREVIATION_END").test(text)) {
    text = text.slice(0, -1);
  }
  return text;
}

function asPhrase(value) {
  return lowerFirstWord(withoutStop(value));
}

function asName(value) {
  var text = tidy(value).replace(P("TRAILING_COMMA"), "");
  if (NAME_LIKE.test(text) && text === text.toLowerCase() && text !== text.toUpperCase()) {
    text = text.replace(P("NAME_WORD_START", true), function (whole, edge, letter) {
      return edge + letter.toUpperCase();
    });
  }
  return text;
}

function capitalAfter(whole, edge, letter) {
  return edge + letter.toUpperCase();
}

function asCompany(value) {
  var typed = tidy(value).replace(P("TRAILING_COMMA"), "");
  var text = typed.replace(P("LEGAL_SUFFIX"), "") || typed;
  if (text !== text.toLowerCase() || text === text.toUpperCase()) return text;
  return text.split(" ").map(function (word, index) {
    return index > 0 && has(C("COMPANY_SMALL_WORDS"), word) ? word
      : word.replace(P("COMPANY_WORD_START", true), capitalAfter);
  }).join(" ");
}

function asRole(value) {
  return withoutStop(value).replace(P("ROLE_PREFIX"), "").replace(P("ARTICLE"), "").replace(P("ROLE_SUFFIX"), "");
}

function asDay(value, today, readOn, shape, takenWeekday) {
  var written = parseMoment(today);
  var read = parseMoment(readOn) || written;
  return phraseDay(asPhrase(value), shape || C("PAST"), written, read, takenWeekday || "");
}

/** The weekday a note's text names the interview by ("on Friday"), or "" (render.interview_weekday). */
function interviewWeekday(text, values, today, readOn) {
  var field = C("INTERVIEW_FIELD");
  if (text.indexOf("{" + field + "}") < 0 || !filled(field, values)) return "";
  var phrase = asDay(valueOf(values, field), today, readOn, C("PAST"));
  var lead = C("WEEKDAY_LEAD");
  var weekday = phrase.indexOf(lead) === 0 ? phrase.slice(lead.length) : "";
  return has(C("WEEKDAYS"), weekday) ? weekday : "";
}

function answerShape(name, value) {
  var text = tidy(value);
  if (isSentence(text)) return "sentence";
  if (opensWithVerb(text)) return "verb";
  if (P("CLAUSE_LEAD").test(text)) return "clause";
  var first = P("FIRST_WORD").exec(text);
  var word = first ? first[1].toLowerCase() : "";
  if (name === C("STRENGTH_FIELD") && P("ING_PHRASE").test(text) &&
      (!has(C("ING_NOT_VERBS"), word) || P("ING_WITH_OBJECT").test(text))) {
    return "ing";
  }
  return "phrase";
}

/** Whether typed text opens with a past-tense verb and no subject (render.opens_with_verb). */
function opensWithVerb(text) {
  var first = P("FIRST_WORD").exec(text);
  return P("VERB_PHRASE").test(text) && !has(C("ED_NOT_VERBS"), first ? first[1].toLowerCase() : "") &&
    !P("INVERTED_START").test(text);
}

/** Whether an answer of this shape opens with the writer's own verb and no subject (render.lacks_subject). */
function lacksSubject(form, text) {
  return form === "verb" || (form === "sentence" && opensWithVerb(text));
}

/** A subjectless answer with the writer as its subject (render.with_subject). */
function withSubject(text) {
  return "I " + lowerFirstWord(lowerFirst(text));
}

function ownSentences(name, value) {
  var form = answerShape(name, value);
  var text = tidy(value);
  if (lacksSubject(form, text)) return asSentences(withSubject(text));
  if (form === "clause") return asSentences(text.replace(P("CLAUSE_LEAD"), ""));
  return asSentences(text);
}

function inSentence(name, value) {
  var form = answerShape(name, value);
  var text = asPhrase(value);
  if (form === "ing") return C("EXPERIENCE_LEAD") + lowerFirst(text);
  if (name === C("STRENGTH_FIELD") && form === "phrase" && P("SPENT_TIME").test(text)) return C("OWN_LEAD") + text;
  if (lacksSubject(form, text)) return withSubject(text);
  if (form === "clause") return lowerFirstWord(text.replace(P("CLAUSE_LEAD"), ""));
  return text;
}

/** A sentence placed after a joining mark: a common first word loses its capital (render.joined_start). */
function joinedStart(text) {
  var word = P("FIRST_LETTERS").exec(text);
  if (word && has(C("JOIN_LOWER_WORDS"), word[1].toLowerCase()) &&
      !(word[1].length > 1 && word[1] === word[1].toUpperCase())) {
    return word[1].toLowerCase() + text.slice(word[0].length);
  }
  return lowerFirstWord(text);
}

function withProperNames(text) {
  text = text.replace(P("PRODUCT_WORD", true), function (whole, word) { return C("PRODUCT_NAMES")[word]; });
  text = text.replace(P("CALENDAR_WORD", true), function (whole, word) {
    return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  });
  return text.replace(P("TOOL_WORD", true), function (whole, lead, word, beforeNoun) {
    var start = lead === "ruby on " ? "Ruby on " : lead || "";
    return start + C("TOOL_WORD_NAMES")[word || beforeNoun];
  });
}

function fieldShape(name) {
  var field = fieldInfo(name);
  return field && field.shape ? field.shape : "phrase";
}

/** One value tidied for its field's shape and its place: its own sentence, or inside one. */
function shaped(name, value, standalone, today, readOn, takenWeekday) {
  var shape = fieldShape(name);
  if (name === C("BETTER_ANSWER_FIELD")) value = tidy(value).replace(P("HINDSIGHT_LEAD"), "") || value;
  if (shape === "sentence") return withProperNames(standalone ? ownSentences(name, value) : inSentence(name, value));
  if (shape === "name") return asName(value);
  if (shape === "organization") return asCompany(value);
  if (shape === "role") return asRole(value);
  if (has(C("DAY_SHAPES"), shape)) {
    return asDay(value, today, readOn, shape, name !== C("INTERVIEW_FIELD") ? takenWeekday : "");
  }
  if (shape === "contact") return tidy(value).replace(P("TRAILING_COMMA"), "");
  return withProperNames(asPhrase(value));
}

function filled(name, values) {
  return Boolean(tidy(valueOf(values, name)));
}

function isSentenceField(name) {
  var field = fieldInfo(name);
  return Boolean(field && field.shape === "sentence");
}

function takesSentenceFrame(name, value) {
  return has(["sentence", "verb", "clause"], answerShape(name, value));
}

/** Each [[...]] segment resolved: kept or dropped (optional), or its phrase or sentence frame (choice). */
function chooseSegments(text, values) {
  function resolve(whole, inner) {
    var frames = inner.split(C("CHOICE"));
    if (frames.length === 1) {
      var names = placeholders(frames[0]);
      return names.length && names.every(function (name) { return filled(name, values); }) ? frames[0] : "";
    }
    var sentenceFields = placeholders(frames[0]).filter(isSentenceField).filter(function (name, index, all) {
      return all.indexOf(name) === index;
    });
    if (frames.length === 4 || frames.length === 6) {
      var first = sentenceFields.length > 0 ? sentenceFields[0] : "";
      var second = sentenceFields.length > 1 ? sentenceFields[1] : "";
      var index = 2 * Number(takesSentenceFrame(first, valueOf(values, first))) +
        Number(takesSentenceFrame(second, valueOf(values, second)));
      if (frames.length === 6 && index % 2 === 1 && (P("GIVES_OWN_REASON").test(tidy(valueOf(values, second))) ||
          (index === 3 && P("SAYS_ITS_EFFECT").test(tidy(valueOf(values, first)))))) {
        index = 4 + Math.floor(index / 2);
      }
      return strip(frames[index]);
    }
    var answer = sentenceFields.length ? valueOf(values, sentenceFields[0]) : "";
    if (P("CONTINUATION_CHOICE").test(frames[0])) {
      var typed = tidy(answer);
      if (!typed) return "";
      if (P("GIVES_OWN_REASON").test(typed)) return C("REASON_JOIN") + "{" + sentenceFields[0] + "}";
    }
    return takesSentenceFrame(sentenceFields.length ? sentenceFields[0] : "", answer) ? strip(frames[1])
      : strip(frames[0]);
  }
  var lines = [];
  text.split("\n").forEach(function (line) {
    if (!P("SEGMENT").test(line)) {
      lines.push(line);
      return;
    }
    var resolved = split(line.replace(P("SEGMENT", true), resolve)).join(" ").replace(P("SPACE_BEFORE_MARK", true), "$1");
    if (resolved) lines.push(resolved);
  });
  return lines.join("\n");
}

function startsSentence(before) {
  var stripped = before.replace(P("TRAILING_SPACES"), "");
  return !stripped || ".!?\n\u2026".indexOf(stripped.charAt(stripped.length - 1)) >= 0;
}

function doubles(first, second) {
  var a = first.toLowerCase();
  var b = second.toLowerCase();
  if (a === b || (has(C("ROLE_WORDS"), a) && has(C("ROLE_WORDS"), b))) return true;
  return has(C("ROLE_WORDS"), b) && a.length >= 5 && b.indexOf(a) === 0;
}

function greeted(before, name, value, tone) {
  if (name !== C("ADDRESSED_FIELD")) return [before, value];
  var greeting = P("GREETING_BEFORE").exec(before);
  var word = greeting ? greeting[1] : "";
  var addressed = address(value, word, greeting ? tone : C("FULL_NAME_TONE"));
  if (greeting && addressed[0].toLowerCase() !== word.toLowerCase()) {
    var start = greeting.index + greeting[0].indexOf(word);
    before = before.slice(0, start) + addressed[0] + before.slice(start + word.length);
  }
  return [before, addressed[1]];
}

/** One piece of template text rendered: segments chosen, each value shaped for its place, joined cleanly. */
function fillText(text, values, today, readOn, tone, takenWeekday) {
  values = values || {};
  if (takenWeekday === undefined || takenWeekday === null) takenWeekday = interviewWeekday(text, values, today, readOn);
  text = chooseSegments(text, values);
  var before = "";
  var last = 0;
  var skipStop = false;
  var skipWord = false;
  Array.from(text.matchAll(P("PLACEHOLDER", true))).forEach(function (match) {
    var between = text.slice(last, match.index);
    if (skipStop && between.charAt(0) === ".") between = between.slice(1);
    if (skipWord) between = between.replace(P("WORD_AFTER_SLOT"), "");
    before += between;
    var name = match[1];
    var after = text.slice(match.index + match[0].length);
    var sentenceField = fieldShape(name) === "sentence";
    var nextJoin = sentenceField ? P("JOINS_NEXT").exec(after) : null;
    var joinsNext = Boolean(nextJoin) && fieldShape(nextJoin[1]) === "sentence";
    var joinMark = sentenceField ? P("JOIN_MARK_END").exec(before) : null;
    var standalone = startsSentence(before) && (joinsNext || !P("CONTINUES_SENTENCE").test(after));
    var raw = valueOf(values, name);
    var value = tidy(raw) ? shaped(name, raw, standalone || Boolean(joinMark), today, readOn, takenWeekday) : "";
    if (value && name === C("HIGHLIGHT_FIELD") && !standalone && !joinMark) before = activityLead(before, value);
    if (value && sentenceField && !standalone && !joinMark && startsSentence(before)) value = upperFirst(value);
    last = match.index + match[0].length;
    skipStop = false;
    skipWord = false;
    if (value && (joinsNext || (joinMark && P("CONTINUES_SENTENCE").test(after)))) value = withoutStop(value);
    if (value && joinMark) {
      var joinedParts = joined(before, joinMark, value);
      before = joinedParts[0];
      value = joinedParts[1];
    }
    if (!value) {
      before += marker(name);
      return;
    }
    var greetedParts = greeted(before, name, value, tone);
    before = greetedParts[0];
    value = greetedParts[1];
    if (tone === C("FORMAL_TONE")) value = value.replace(P("EXCLAMATION", true), ".");
    var beforeWord = P("WORD_BEFORE_SLOT").exec(before);
    var valueWord = P("VALUE_FIRST_WORD").exec(value);
    if (beforeWord && valueWord && has(C("DAY_SHAPES"), fieldShape(name)) &&
        has(C("DAY_PREPOSITIONS"), beforeWord[1].toLowerCase()) && has(C("DAY_PREPOSITIONS"), valueWord[1].toLowerCase())) {
      before = before.slice(0, beforeWord.index);
      beforeWord = P("WORD_BEFORE_SLOT").exec(before);
    }
    if (beforeWord && valueWord && doubles(beforeWord[1], valueWord[1])) value = value.slice(valueWord[0].length);
    var afterWord = P("WORD_AFTER_SLOT").exec(after);
    var endWord = P("VALUE_LAST_WORD").exec(value);
    var wholeWord = P("FIRST_WORD").exec(value);
    if (afterWord && endWord && doubles(endWord[1], afterWord[1])) {
      value = value.slice(0, endWord.index);
    } else if (afterWord && wholeWord && wholeWord[1] === value && doubles(value, afterWord[1])) {
      if (afterWord[1].length > value.length) {
        value = "";
        before = before.replace(P("TRAILING_SPACES"), "");
      } else {
        skipWord = true;
      }
    }
    if (has(C("DAY_SHAPES"), fieldShape(name)) && P("DATE_APPOSITION").test(value) && P("WORD_FOLLOWS").test(after)) {
      value += ",";
    }
    before += value;
    skipStop = Boolean(value) && ".!?\u2026".indexOf(value.charAt(value.length - 1)) >= 0;
  });
  var tail = text.slice(last);
  if (skipStop && tail.charAt(0) === ".") tail = tail.slice(1);
  if (skipWord) tail = tail.replace(P("WORD_AFTER_SLOT"), "");
  return before + tail;
}

/** The words before a moment that was an activity, fitted to it (render.activity_lead). */
function activityLead(before, moment) {
  var lead = P("MOMENT_LEAD").exec(before);
  if (!lead) return before;
  var replacement;
  if (P("SHARED_EVENT").test(moment)) replacement = "";
  else if (P("WORKED_TASK").test(moment)) replacement = C("WORKED_LEAD");
  else return before;
  var first = before.charAt(lead.index);
  if (first !== first.toLowerCase()) replacement = upperFirst(replacement);
  return before.slice(0, lead.index) + replacement;
}

/** The text before a joining mark and the sentence after it, as one sentence (render.joined). */
function joined(before, mark, value) {
  var head = before.slice(0, mark.index).replace(P("TRAILING_SPACES"), "");
  if (P("SENTENCE_END_MARK").test(head)) return [head + " ", value];
  return [before, joinedStart(value)];
}

/** The template's parts in reading order, with the variant for the n-th recipient applied. */
function noteParts(parts, variants, recipient) {
  var chosen = Object.assign({}, parts);
  if (recipient > 0 && variants && variants.length) {
    Object.assign(chosen, variants[(recipient - 1) % variants.length]);
  }
  return C("PART_ORDER").filter(function (name) { return own(chosen, name) && chosen[name]; })
    .map(function (name) { return [name, chosen[name]]; });
}

/** Every line starting with a word begins with a capital (render.lines_capitalized). */
function linesCapitalized(text) {
  return text.replace(P("LINE_START_WORD", true), function (_, start, letter) { return start + letter.toUpperCase(); });
}

/** Subjects and body of a template's raw parts rendered with the given values (render.render_text). */
/** The values with a moment's opening "this time" dropped where the note never says "again"
    (render.without_repeat_marker). */
function withoutRepeatMarker(values, text) {
  var moment = valueOf(values, C("HIGHLIGHT_FIELD"));
  if (!P("REPEAT_MARKER").test(moment) || P("AGAIN_WORD").test(text)) return values;
  var changed = Object.assign({}, values);
  changed[C("HIGHLIGHT_FIELD")] = moment.replace(P("REPEAT_MARKER"), "");
  return changed;
}

function renderText(parts, subjects, variants, values, recipient, today, readOn, tone) {
  values = values || {};
  var chosen = noteParts(parts, variants, recipient || 0);
  var allText = chosen.map(function (part) { return part[1]; }).join("\n");
  values = withoutRepeatMarker(values, allText);
  var weekday = interviewWeekday(allText, values, today, readOn);
  var body = chosen
    .map(function (part) { return linesCapitalized(fillText(strip(part[1]), values, today, readOn, tone || "", weekday)); })
    .filter(Boolean)
    .join(C("PARAGRAPH_BREAK"));
  return {subjects: (subjects || []).map(function (subject) {
    var subjectWeekday = interviewWeekday(subject, values, today, readOn);
    return linesCapitalized(fillText(subject, values, today, readOn, tone || "", subjectWeekday));
  }), body: body};
}

/** The day a note will be read (days.reading_day): readOn when given; for a handwritten card, CARD_READ_DAYS
    after the day of writing; else readOn as given. */
function readingDay(channel, today, readOn) {
  if (parseMoment(readOn) !== null || channel !== C("CARD_CHANNEL")) return readOn === undefined ? null : readOn;
  var written = parseMoment(today);
  if (!written) return readOn === undefined ? null : readOn;
  var day = shift(written.day, C("CARD_READ_DAYS"));
  return String(day.year).padStart(4, "0") + "-" + String(day.month).padStart(2, "0") + "-"
    + String(day.day).padStart(2, "0");
}

/** A template (as exported in AFTERVIEW_DATA.templates) filled for its n-th recipient, in its tone. */
function render(template, values, recipientIndex, today, readOn) {
  return renderText(template.parts, template.subjects, template.variants, values || {}, recipientIndex || 0, today,
    readOn, template.tone || "");
}

/** The word a template greets with before the name ("Dear", "Hi"), or null. */
function greetingOf(template) {
  var text = displayText((template.parts || {}).greeting || "");
  var spot = text.indexOf("{" + C("ADDRESSED_FIELD") + "}");
  var greeting = spot >= 0 ? P("GREETING_BEFORE").exec(text.slice(0, spot)) : null;
  return greeting ? greeting[1] : null;
}

/** Advice for a bare full name after a formal greeting ("Dear Sarah Kim"): a title may suit; else null. */
function addressHint(value, greeting, tone) {
  var name = asName(String(value || ""));
  var parts = nameParts(name);
  if (parts[0] !== null || !parts[1].length || (greeting || "").toLowerCase() !== C("FORMAL_GREETING").toLowerCase()) {
    return null;
  }
  var group = parts[1].concat(parts[2]).some(function (word) { return has(C("GROUP_WORDS"), word.toLowerCase()); });
  if ((tone === undefined ? C("FORMAL_TONE") : tone) !== C("FULL_NAME_TONE") || group) return null;
  var last = parts[2].join(" ");
  return "A formal note usually greets by title and last name, such as \u201cDear Ms. " + last + "\u201d or " +
    "\u201cDear Dr. " + last + "\u201d. Add the title they use if you know it; \u201cDear " + name +
    "\u201d is fine if not.";
}

/** Advice when what the writer brings is typed as a bare phrase (render.strength_hint); else null. */
function strengthHint(value) {
  var text = tidy(String(value || ""));
  if (!text || !has(C("PHRASE_SHAPES"), answerShape(C("STRENGTH_FIELD"), text))) return null;
  var typed = withoutStop(text);
  return C("STRENGTH_ADVICE").replace(C("TYPED_SLOT"), function () { return typed; });
}

/** Advice when what was promised is a link but no address is typed (render.link_hint); else null. */
function linkHint(value) {
  var text = tidy(String(value || ""));
  if (!P("LINK_WORD").test(text) || P("WEB_ADDRESS").test(text)) return null;
  return C("LINK_ADVICE").replace(C("TYPED_SLOT"), function () { return text; });
}

/** The required fields the n-th recipient's note still shows as [markers], in order of first appearance. */
function unfilledFields(template, values, recipientIndex) {
  var texts = noteParts(template.parts, template.variants, recipientIndex || 0)
    .map(function (part) { return part[1]; }).concat(template.subjects || []);
  var seen = [];
  texts.forEach(function (text) {
    placeholders(chooseSegments(text, values || {})).forEach(function (name) {
      if (seen.indexOf(name) < 0) seen.push(name);
    });
  });
  return seen.filter(function (name) { return !filled(name, values || {}); });
}

/** Template text as a reader copies it: optional segments shown, the phrase frame of each choice. */
function displayText(text) {
  return text.replace(P("SEGMENT", true), function (whole, inner) { return strip(inner.split(C("CHOICE"))[0]); });
}

/** The sentence around a field, with ___ for it and [Label] for the others; null if the template lacks it. */
function fieldFrame(template, name) {
  var texts = noteParts(template.parts, [], 0).map(function (part) { return displayText(strip(part[1])); })
    .concat((template.subjects || []).map(displayText));
  var slot = "{" + name + "}";
  for (var t = 0; t < texts.length; t++) {
    var lines = texts[t].split("\n");
    for (var l = 0; l < lines.length; l++) {
      var line = lines[l];
      var spot = line.indexOf(slot);
      if (spot < 0) continue;
      var start = Math.max(line.lastIndexOf(". ", spot), line.lastIndexOf("! ", spot), line.lastIndexOf("? ", spot));
      start = start >= 0 ? start + 2 : 0;
      var ends = [". ", "! ", "? "].map(function (mark) { return line.indexOf(mark, spot); })
        .filter(function (i) { return i >= 0; });
      var end = ends.length ? Math.min.apply(null, ends) + 1 : line.length;
      return fill(line.slice(start, end).split(slot).join(C("BLANK")), {});
    }
  }
  return null;
}

/** An example person's values for a note to the n-th member of their panel, or to the contact of a
    situation such as a reference (Example.values_for). */
function exampleValues(example, recipient, situation) {
  var panel = example.panel || [];
  var n = panel.length;
  var person = n ? panel[(((recipient || 0) % n) + n) % n] : {};
  var contacts = example.contacts || {};
  var contact = situation && own(contacts, situation) ? contacts[situation] : {};
  return Object.assign({}, example.values, person, contact);
}

var text = {strip: strip, split: split, length: length, isSpace: isSpace, own: own};
var shapes = {tidy: tidy, isSentence: isSentence, asSentences: asSentences, asPhrase: asPhrase,
  asName: asName, asCompany: asCompany, asRole: asRole, asDay: asDay, answerShape: answerShape,
  address: address};

export {text, marker, fill, fillText, noteParts, renderText, render, readingDay, fieldFrame, unfilledFields,
  displayText, exampleValues, greetingOf, addressHint, linkHint, strengthHint, perspectiveIssues,
  momentIssues, shapes};
