(() => {
  var __defProp = Object.defineProperty;
  var __export = (target, all) => {
    for (var name in all)
      __defProp(target, name, { get: all[name], enumerable: true });
  };

  // docs/assets/javascripts/afterview/data.js
  var exported = null;
  var folder = null;
  var loading = {};
  var TEMPLATE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  function useData(data3, base) {
    exported = data3;
    folder = base || null;
    loading = {};
  }
  function own(object, key) {
    return object != null && Object.prototype.hasOwnProperty.call(object, key);
  }
  function loadScript(name, file) {
    if (!own(loading, name)) {
      loading[name] = new Promise(function(resolve, reject) {
        var script = document.createElement("script");
        script.src = new URL(file, folder).href;
        script.async = true;
        script.onload = function() {
          var parts = window.AFTERVIEW_PARTS || {};
          script.parentNode.removeChild(script);
          if (!own(parts, name)) {
            reject(new Error(file + " did not hold " + name));
            return;
          }
          var part = parts[name];
          delete parts[name];
          resolve(part);
        };
        script.onerror = function() {
          script.parentNode.removeChild(script);
          delete loading[name];
          reject(new Error("could not load " + file));
        };
        document.head.appendChild(script);
      });
    }
    return loading[name];
  }
  function files() {
    return folder && exported && exported.files ? exported.files : null;
  }
  function engineReady() {
    if (!files() || own(exported, "rules")) return Promise.resolve(exported);
    return loadScript("engine", "afterview-data/" + files().engine).then(function(part) {
      Object.keys(part).forEach(function(key) {
        exported[key] = part[key];
      });
      return exported;
    });
  }
  function checkerReady() {
    return !files() || own(exported, "rules") && own(exported, "sentence_model");
  }
  function checkerLoaded() {
    var names = files();
    var model = names ? loadScript("model", "afterview-data/" + names.model).then(function(part) {
      exported.sentence_model = part;
    }) : null;
    return Promise.all([engineReady(), model]).then(function() {
      return exported;
    });
  }
  function keep(template) {
    var list = exported.templates;
    for (var i = 0; i < list.length; i++) {
      if (list[i].id === template.id) {
        if (!list[i].parts) list[i] = template;
        return list[i];
      }
    }
    list.push(template);
    return template;
  }
  function hasTemplate(id) {
    return exported.templates.some(function(t) {
      return t.id === id && Boolean(t.parts);
    });
  }
  function templateReady(id) {
    if (hasTemplate(id) || !files()) {
      return Promise.resolve(exported.templates.filter(function(t) {
        return t.id === id;
      })[0] || null);
    }
    if (!TEMPLATE_ID.test(String(id))) return Promise.reject(new Error("no template " + id));
    return loadScript("template:" + id, "afterview-data/" + files().templates + id + ".js").then(keep);
  }
  function indexReady() {
    if (!files()) return Promise.resolve(exported.templates);
    return loadScript("index", "afterview-data/" + files().index).then(function(entries) {
      var order = {};
      entries.forEach(function(entry, i) {
        order[entry.id] = i;
        keep(entry);
      });
      exported.templates.sort(function(a, b) {
        return order[a.id] - order[b.id];
      });
      return exported.templates;
    });
  }

  // docs/assets/javascripts/afterview/render.js
  var PY_SPACE = "\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  var SPACE_CHAR = new RegExp("^[" + PY_SPACE + "]$");
  var SPACE_RUNS = new RegExp("[" + PY_SPACE + "]+");
  var NAME_LIKE = /^(?:\p{L}|[ '\u2019.-])*(?![\s\S])/u;
  var DAY_MS = 864e5;
  function isSpace(ch) {
    return SPACE_CHAR.test(ch);
  }
  function strip(text3) {
    var start2 = 0;
    var end = text3.length;
    while (start2 < end && isSpace(text3.charAt(start2))) start2++;
    while (end > start2 && isSpace(text3.charAt(end - 1))) end--;
    return text3.slice(start2, end);
  }
  function split(text3) {
    var stripped = strip(text3);
    return stripped ? stripped.split(SPACE_RUNS) : [];
  }
  function length(text3) {
    return Array.from(text3).length;
  }
  function own2(object, key) {
    return object != null && Object.prototype.hasOwnProperty.call(object, key);
  }
  function data() {
    return exported || {};
  }
  var compiled = { source: null, patterns: /* @__PURE__ */ new Map() };
  function P(name, all) {
    var engine = data().engine;
    if (compiled.source !== engine) compiled = { source: engine, patterns: /* @__PURE__ */ new Map() };
    var key = (all ? "g:" : "") + name;
    var regex = compiled.patterns.get(key);
    if (regex === void 0) {
      var pattern = engine.patterns[name];
      regex = new RegExp(pattern.source, pattern.flags + (all ? "g" : ""));
      compiled.patterns.set(key, regex);
    }
    regex.lastIndex = 0;
    return regex;
  }
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
    return own2(values, name) && values[name] ? String(values[name]) : "";
  }
  function firstAndRest(text3) {
    var first = String.fromCodePoint(text3.codePointAt(0));
    return [first, text3.slice(first.length)];
  }
  function upperFirst(text3) {
    if (!text3) return text3;
    var pieces = firstAndRest(text3);
    return pieces[0].toUpperCase() + pieces[1];
  }
  function lowerFirst(text3) {
    if (!text3) return text3;
    var pieces = firstAndRest(text3);
    return pieces[0].toLowerCase() + pieces[1];
  }
  function isUpper(ch) {
    return ch !== "" && ch === ch.toUpperCase() && ch !== ch.toLowerCase();
  }
  function calendarDay(year, month, day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
    var date = /* @__PURE__ */ new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
    return dayNumbered(Math.round(date.getTime() / DAY_MS));
  }
  function dayNumbered(number) {
    var date = new Date(number * DAY_MS);
    return {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      number,
      weekday: (date.getUTCDay() + 6) % 7
    };
  }
  function shift(day, days) {
    return dayNumbered(day.number + days);
  }
  function moment(day, hour) {
    return { day, hour: hour === void 0 ? null : hour };
  }
  function reading(kind, day, part, count, unit) {
    return { kind, day: day || null, part: part || "", count: count || 0, unit: unit || "" };
  }
  function parseMoment(text3) {
    var match = P("MOMENT").exec(text3 || "");
    if (!match) return null;
    var day = calendarDay(+match[1], +match[2], +match[3]);
    if (day === null || !(C("FIRST_YEAR") <= day.year && day.year <= C("LAST_YEAR"))) return null;
    return moment(day, match[4] !== void 0 ? +match[4] : null);
  }
  function monthIndex(word) {
    return C("MONTHS").map(function(m) {
      return m.slice(0, 3).toLowerCase();
    }).indexOf(word.slice(0, 3).toLowerCase()) + 1;
  }
  function weekdayIndex(word) {
    return C("WEEKDAYS").map(function(d) {
      return d.slice(0, 3).toLowerCase();
    }).indexOf(word.slice(0, 3).toLowerCase());
  }
  function numberOf(word) {
    var text3 = word.toLowerCase();
    return P("DIGITS").test(text3) ? parseInt(text3, 10) : C("NUMBER_WORDS")[text3];
  }
  function mondayOf(day) {
    return shift(day, -day.weekday);
  }
  function monthDay(month, day, year, written, future) {
    if (year !== null) return calendarDay(year >= 100 ? year : 2e3 + year, month, day);
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
      if (month === 13) {
        year += 1;
        month = 1;
      }
      if (month === 0) {
        year -= 1;
        month = 12;
      }
    }
    return null;
  }
  function mod(a, n) {
    return (a % n + n) % n;
  }
  function weekdayDay(weekday, which, written, future) {
    if (which === "last" || which === "past") return shift(written, -(mod(written.weekday - weekday - 2, 7) + 2));
    if (which === "next") return shift(mondayOf(written), 7 + weekday);
    if (future) return shift(written, mod(weekday - written.weekday, 7));
    return shift(written, -mod(written.weekday - weekday, 7));
  }
  function readDay(text3, written, future) {
    var match = P("DAY_ISO").exec(text3);
    var found;
    var year;
    if (match) {
      found = calendarDay(+match[1], +match[2], +match[3]);
      return found ? reading("day", found) : null;
    }
    match = P("DAY_SLASH").exec(text3);
    if (match) {
      year = match[3] ? +match[3] : null;
      found = monthDay(+match[1], +match[2], year, written, future);
      return found ? reading("day", found) : null;
    }
    match = P("DAY_WORD").exec(text3);
    if (match) {
      var word = match[1].toLowerCase();
      var part = own2(C("PARTS_OF_DAY"), word) ? C("PARTS_OF_DAY")[word] : "";
      return reading("day", shift(written, own2(C("WORD_OFFSETS"), word) ? C("WORD_OFFSETS")[word] : 0), part);
    }
    match = P("DAY_AGO").exec(text3);
    if (match) return reading("day", shift(written, -numberOf(match[1]) * C("UNIT_DAYS")[match[2].toLowerCase()]));
    match = P("DAY_WEEKDAY").exec(text3);
    if (match) {
      if (match[3]) {
        found = dayOfMonth(+match[3], written, future);
        return found ? reading("day", found) : null;
      }
      var which = (match[1] || "").toLowerCase();
      return reading("day", weekdayDay(weekdayIndex(match[2]), which, written, future));
    }
    match = P("DAY_MONTH_FIRST").exec(text3);
    if (match) {
      year = match[4] ? +match[4] : null;
      found = monthDay(monthIndex(match[2]), +match[3], year, written, future);
      return found ? reading("day", found) : null;
    }
    match = P("DAY_MONTH_LAST").exec(text3);
    if (match) {
      year = match[4] ? +match[4] : null;
      found = monthDay(monthIndex(match[3]), +match[2], year, written, future);
      return found ? reading("day", found) : null;
    }
    match = P("DAY_ORDINAL").exec(text3);
    if (match) {
      found = dayOfMonth(+match[1], written, future);
      return found ? reading("day", found) : null;
    }
    match = P("DAY_WEEK").exec(text3);
    if (match) return reading("week", shift(mondayOf(written), 7 * C("WEEK_OFFSETS")[match[1].toLowerCase()]));
    match = P("DAY_WEEK_END").exec(text3);
    if (match) {
      return reading("week_end", shift(mondayOf(written), 4 + 7 * (match[1] ? C("WEEK_OFFSETS")[match[1].toLowerCase()] : 0)));
    }
    match = P("DAY_MONTH_END").exec(text3);
    if (match) {
      year = written.year;
      var month = written.month + (match[1] ? C("WEEK_OFFSETS")[match[1].toLowerCase()] : 0);
      if (month === 13) {
        year += 1;
        month = 1;
      }
      if (month === 0) {
        year -= 1;
        month = 12;
      }
      return reading("month_end", calendarDay(year, month, 1));
    }
    match = P("DAY_WITHIN").exec(text3);
    if (match) {
      var count = numberOf(match[1]);
      var unit = match[2].toLowerCase();
      return reading("within", shift(written, count * C("UNIT_DAYS")[unit]), "", count, unit);
    }
    if (P("DAY_ASAP").test(text3)) return reading("asap");
    if (text3.toLowerCase() === "soon") return reading("soon");
    match = P("DAY_SEASON").exec(text3);
    if (match) return reading("season", null, (match[1] || "this").toLowerCase() + " " + match[2].toLowerCase());
    return null;
  }
  function fullDate(day, seenFrom) {
    var text3 = C("WEEKDAYS")[day.weekday] + ", " + C("MONTHS")[day.month - 1] + " " + day.day;
    return day.year === seenFrom.year ? text3 : text3 + ", " + day.year;
  }
  function monthAndDay(day, seenFrom) {
    var text3 = C("MONTHS")[day.month - 1] + " " + day.day;
    return day.year === seenFrom.year ? text3 : text3 + ", " + day.year;
  }
  function weekPhrase(monday, readingDay2) {
    var weeks = Math.floor((monday.number - mondayOf(readingDay2).number) / 7);
    if (weeks === -1) return "last week";
    if (weeks === 0) return "this week";
    if (weeks === 1) return "next week";
    return "the week of " + monthAndDay(monday, readingDay2);
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
  function capitalizeDayNames(text3) {
    return text3.replace(P("DAY_NAME", true), function(whole, name) {
      return name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
    });
  }
  function asTyped(text3, shape) {
    text3 = capitalizeDayNames(text3);
    if (shape === C("PAST")) {
      if (P("PAST_WORDS").test(text3)) return lowerFirst(text3);
      return "on " + text3;
    }
    if (P("FUTURE_WORDS").test(text3)) return lowerFirst(text3);
    if (shape === C("DEADLINE")) return "by " + text3;
    return (P("START_IN").test(text3) ? "in " : "on ") + text3;
  }
  function phraseDay(text3, shape, written, read, takenWeekday) {
    if (!text3) return text3;
    var lead = P("DAY_LEAD").exec(text3);
    var core = lead ? text3.slice(lead[0].length) : text3;
    var ownWords = shape === C("PAST") ? P("PAST_WORDS") : P("FUTURE_WORDS");
    var dropped = lead !== null && P("DAY_LEAD_DROPPED").test(lead[0]);
    var typed = dropped && core && !ownWords.test(text3) ? core : text3;
    if (written === null) {
      var iso = P("DAY_ISO").exec(core);
      var found = iso ? calendarDay(+iso[1], +iso[2], +iso[3]) : null;
      if (found === null) return asTyped(typed, shape);
      return (shape !== C("DEADLINE") ? "on " : "by ") + fullDate(found, read ? read.day : found);
    }
    var understood = readDay(core, written.day, shape !== C("PAST"));
    if (understood === null || shape === C("PAST") && !has(["day", "week"], understood.kind)) {
      return asTyped(typed, shape);
    }
    var seen = read || written;
    return shape === C("PAST") ? pastPhrase(understood, seen) : futurePhrase(understood, seen, written.day, shape, takenWeekday || "");
  }
  function titleOf(word) {
    var key = word.toLowerCase().replace(P("TITLE_STOPS"), "");
    return own2(C("TITLES"), key) ? C("TITLES")[key] : null;
  }
  function nameParts(name) {
    var words2 = name ? name.split(" ") : [];
    var title = words2.length ? titleOf(words2[0]) : null;
    if (title !== null) words2 = words2.slice(1);
    if (!words2.length) return [title, [], []];
    var end = words2.length - 1;
    while (end > 0 && has(C("NAME_SUFFIXES"), words2[end].toLowerCase())) end--;
    var start2 = end;
    while (start2 > 1 && has(C("SURNAME_PARTICLES"), words2[start2 - 1].toLowerCase())) start2--;
    if (start2 === 0) return [title, [], words2];
    return [title, words2.slice(0, start2), words2.slice(start2)];
  }
  function address(name, greeting, tone) {
    var parts = nameParts(name);
    var title = parts[0];
    var given = parts[1];
    var surname = parts[2];
    if (given.concat(surname).some(function(word) {
      return has(C("GROUP_WORDS"), word.toLowerCase());
    })) {
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
  function keepCase(word, like) {
    return isUpper(like.charAt(0)) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  }
  function secondPersonVerb(verb, subject) {
    var lower = verb.toLowerCase().split("’").join("'");
    if (own2(C("SECOND_PERSON_VERBS"), lower)) return keepCase(C("SECOND_PERSON_VERBS")[lower], verb);
    if (subject.toLowerCase() === "they" || lower.slice(-1) !== "s" || lower.slice(-2) === "ss" || lower.length < 4) {
      return verb;
    }
    if (lower.slice(-3) === "ies") return verb.slice(0, -3) + "y";
    if (["ches", "shes", "xes", "sses"].some(function(end) {
      return lower.slice(-end.length) === end;
    })) {
      return verb.slice(0, -2);
    }
    return verb.slice(0, -1);
  }
  function momentIssues(name, value, company) {
    return has(C("MOMENT_FIELDS"), name) ? perspectiveIssues(value, company) : [];
  }
  function perspectiveIssues(value, company) {
    var text3 = split(String(value || "")).join(" ");
    if (!text3) return [];
    var issues = [];
    if (P("NOTE_TO_SELF").test(text3)) {
      var lead = P("NOTE_TO_SELF_LEAD").exec(text3);
      var rest = lead ? text3.slice(lead[0].length) : text3;
      issues.push({ found: text3.split(" ")[0], suggestion: upperFirst(rest), kind: "note-to-self" });
    }
    var found = [];
    var reworded = text3.replace(P("THIRD_PERSON_SUBJECT", true), function(whole, pronoun, verb) {
      found.push(whole);
      return keepCase("you", pronoun) + whole.slice(pronoun.length, whole.length - verb.length) + secondPersonVerb(verb, pronoun);
    });
    reworded = reworded.replace(P("THIRD_PERSON_OWNER", true), function(whole, owner, noun) {
      if (has(C("NOT_OWNED"), strip(noun).toLowerCase())) return whole;
      found.push(whole);
      return keepCase("your", owner) + noun;
    });
    var name = split(String(company || "")).join(" ");
    if (name) {
      [name + "'s", name + "’s"].forEach(function(possessive) {
        var spot = reworded.toLowerCase().indexOf(possessive.toLowerCase());
        if (spot >= 0) {
          found.push(reworded.slice(spot, spot + possessive.length));
          reworded = reworded.slice(0, spot) + keepCase("your", reworded.slice(spot)) + reworded.slice(spot + possessive.length);
        }
      });
    }
    if (found.length) issues.push({ found: found.join(", "), suggestion: reworded, kind: "third-person" });
    return issues;
  }
  function marker(name) {
    var field = fieldInfo(name);
    return "[" + (field ? field.label : name) + "]";
  }
  function placeholders(text3) {
    return Array.from(text3.matchAll(P("PLACEHOLDER", true)), function(match) {
      return match[1];
    });
  }
  function fill(text3, values) {
    return text3.replace(P("PLACEHOLDER", true), function(whole, name) {
      var value = strip(valueOf(values, name));
      return value ? value : marker(name);
    });
  }
  function tidy(text3) {
    text3 = split(text3).join(" ");
    text3 = text3.replace(P("DOUBLED_WORD", true), "$1");
    text3 = text3.replace(P("SPACE_BEFORE_MARK", true), "$1");
    text3 = text3.replace(P("REPEATED_MARKS", true), "$1");
    text3 = text3.replace(P("DOUBLE_STOP", true), ".");
    text3 = text3.replace(P("COMMA_BEFORE_STOP", true), "");
    text3 = text3.replace(P("LONE_I", true), "I");
    text3 = text3.replace(P("APOSTROPHE_FREE_WORD", true), function(whole, word) {
      return C("APOSTROPHE_FREE")[word];
    });
    return text3.replace(P("REPEATED_COMMAS", true), ",");
  }
  function isSentence(value) {
    var text3 = tidy(value);
    if (!text3) return false;
    if (P("SENTENCE_START").test(text3) || P("SUBJECT_VERB").test(text3) || P("TIME_THEN_SUBJECT").test(text3) || "!?".indexOf(text3.charAt(text3.length - 1)) >= 0) {
      return true;
    }
    if (text3.charAt(text3.length - 1) === "." && P("FINITE_VERB").test(text3) && !P("ABBREVIATION_END").test(text3)) {
      return true;
    }
    if (text3.charAt(text3.length - 1) === "." && P("CAPITAL_START").test(text3) && P("VERB_WORD").test(text3) && !P("ABBREVIATION_END").test(text3)) {
      return true;
    }
    return Array.from(text3.matchAll(P("SENTENCE_GAP", true))).some(function(gap) {
      return !P("ABBREVIATION_END").test(text3.slice(0, gap.index + 1));
    });
  }
  function asSentences(value) {
    var text3 = upperFirst(tidy(value).replace(P("TRAILING_COMMA"), ""));
    return !text3 || P("ENDS_SENTENCE").test(text3) ? text3 : text3 + ".";
  }
  function lowerFirstWord(text3) {
    var word = P("LOWERABLE_FIRST_WORD").exec(text3);
    if (!word || word[1].length > 1 && word[1] === word[1].toUpperCase()) return text3;
    if (!has(C("DETERMINERS"), word[1].toLowerCase()) && P("NAME_FOLLOWS").test(text3.slice(word[1].length))) return text3;
    return word[1].toLowerCase() + text3.slice(word[1].length);
  }
  function withoutStop(value) {
    var text3 = tidy(value).replace(P("TRAILING_COMMA"), "");
    if (text3.slice(-1) === "." && text3.slice(-2) !== ".." && !P("ABBREVIATION_END").test(text3)) {
      text3 = text3.slice(0, -1);
    }
    return text3;
  }
  function asPhrase(value) {
    return lowerFirstWord(withoutStop(value));
  }
  function asName(value) {
    var text3 = tidy(value).replace(P("TRAILING_COMMA"), "");
    if (NAME_LIKE.test(text3) && text3 === text3.toLowerCase() && text3 !== text3.toUpperCase()) {
      text3 = text3.replace(P("NAME_WORD_START", true), function(whole, edge, letter) {
        return edge + letter.toUpperCase();
      });
    }
    return text3;
  }
  function capitalAfter(whole, edge, letter) {
    return edge + letter.toUpperCase();
  }
  function asCompany(value) {
    var typed = tidy(value).replace(P("TRAILING_COMMA"), "");
    var text3 = typed.replace(P("LEGAL_SUFFIX"), "") || typed;
    if (text3 !== text3.toLowerCase() || text3 === text3.toUpperCase()) return text3;
    return text3.split(" ").map(function(word, index) {
      return index > 0 && has(C("COMPANY_SMALL_WORDS"), word) ? word : word.replace(P("COMPANY_WORD_START", true), capitalAfter);
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
  function interviewWeekday(text3, values, today, readOn) {
    var field = C("INTERVIEW_FIELD");
    if (text3.indexOf("{" + field + "}") < 0 || !filled(field, values)) return "";
    var phrase = asDay(valueOf(values, field), today, readOn, C("PAST"));
    var lead = C("WEEKDAY_LEAD");
    var weekday = phrase.indexOf(lead) === 0 ? phrase.slice(lead.length) : "";
    return has(C("WEEKDAYS"), weekday) ? weekday : "";
  }
  function answerShape(name, value) {
    var text3 = tidy(value);
    if (isSentence(text3)) return "sentence";
    if (opensWithVerb(text3)) return "verb";
    if (P("CLAUSE_LEAD").test(text3)) return "clause";
    var first = P("FIRST_WORD").exec(text3);
    var word = first ? first[1].toLowerCase() : "";
    if (name === C("STRENGTH_FIELD") && P("ING_PHRASE").test(text3) && (!has(C("ING_NOT_VERBS"), word) || P("ING_WITH_OBJECT").test(text3))) {
      return "ing";
    }
    return "phrase";
  }
  function opensWithVerb(text3) {
    var first = P("FIRST_WORD").exec(text3);
    return P("VERB_PHRASE").test(text3) && !has(C("ED_NOT_VERBS"), first ? first[1].toLowerCase() : "") && !P("INVERTED_START").test(text3);
  }
  function lacksSubject(form, text3) {
    return form === "verb" || form === "sentence" && opensWithVerb(text3);
  }
  function withSubject(text3) {
    return "I " + lowerFirstWord(lowerFirst(text3));
  }
  function ownSentences(name, value) {
    var form = answerShape(name, value);
    var text3 = tidy(value);
    if (lacksSubject(form, text3)) return asSentences(withSubject(text3));
    if (form === "clause") return asSentences(text3.replace(P("CLAUSE_LEAD"), ""));
    return asSentences(text3);
  }
  function inSentence(name, value) {
    var form = answerShape(name, value);
    var text3 = asPhrase(value);
    if (form === "ing") return C("EXPERIENCE_LEAD") + lowerFirst(text3);
    if (name === C("STRENGTH_FIELD") && form === "phrase" && P("SPENT_TIME").test(text3)) return C("OWN_LEAD") + text3;
    if (lacksSubject(form, text3)) return withSubject(text3);
    if (form === "clause") return lowerFirstWord(text3.replace(P("CLAUSE_LEAD"), ""));
    return text3;
  }
  function joinedStart(text3) {
    var word = P("FIRST_LETTERS").exec(text3);
    if (word && has(C("JOIN_LOWER_WORDS"), word[1].toLowerCase()) && !(word[1].length > 1 && word[1] === word[1].toUpperCase())) {
      return word[1].toLowerCase() + text3.slice(word[0].length);
    }
    return lowerFirstWord(text3);
  }
  function withProperNames(text3) {
    text3 = text3.replace(P("PRODUCT_WORD", true), function(whole, word) {
      return C("PRODUCT_NAMES")[word];
    });
    text3 = text3.replace(P("CALENDAR_WORD", true), function(whole, word) {
      return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
    });
    return text3.replace(P("TOOL_WORD", true), function(whole, lead, word, beforeNoun) {
      var start2 = lead === "ruby on " ? "Ruby on " : lead || "";
      return start2 + C("TOOL_WORD_NAMES")[word || beforeNoun];
    });
  }
  function fieldShape(name) {
    var field = fieldInfo(name);
    return field && field.shape ? field.shape : "phrase";
  }
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
  function chooseSegments(text3, values) {
    function resolve(whole, inner) {
      var frames = inner.split(C("CHOICE"));
      if (frames.length === 1) {
        var names = placeholders(frames[0]);
        return names.length && names.every(function(name) {
          return filled(name, values);
        }) ? frames[0] : "";
      }
      var sentenceFields = placeholders(frames[0]).filter(isSentenceField).filter(function(name, index2, all) {
        return all.indexOf(name) === index2;
      });
      if (frames.length === 4 || frames.length === 6) {
        var first = sentenceFields.length > 0 ? sentenceFields[0] : "";
        var second = sentenceFields.length > 1 ? sentenceFields[1] : "";
        var index = 2 * Number(takesSentenceFrame(first, valueOf(values, first))) + Number(takesSentenceFrame(second, valueOf(values, second)));
        if (frames.length === 6 && index % 2 === 1 && (P("GIVES_OWN_REASON").test(tidy(valueOf(values, second))) || index === 3 && P("SAYS_ITS_EFFECT").test(tidy(valueOf(values, first))))) {
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
      return takesSentenceFrame(sentenceFields.length ? sentenceFields[0] : "", answer) ? strip(frames[1]) : strip(frames[0]);
    }
    var lines = [];
    text3.split("\n").forEach(function(line) {
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
    return !stripped || ".!?\n…".indexOf(stripped.charAt(stripped.length - 1)) >= 0;
  }
  function doubles(first, second) {
    var a = first.toLowerCase();
    var b = second.toLowerCase();
    if (a === b || has(C("ROLE_WORDS"), a) && has(C("ROLE_WORDS"), b)) return true;
    return has(C("ROLE_WORDS"), b) && a.length >= 5 && b.indexOf(a) === 0;
  }
  function greeted(before, name, value, tone) {
    if (name !== C("ADDRESSED_FIELD")) return [before, value];
    var greeting = P("GREETING_BEFORE").exec(before);
    var word = greeting ? greeting[1] : "";
    var addressed = address(value, word, greeting ? tone : C("FULL_NAME_TONE"));
    if (greeting && addressed[0].toLowerCase() !== word.toLowerCase()) {
      var start2 = greeting.index + greeting[0].indexOf(word);
      before = before.slice(0, start2) + addressed[0] + before.slice(start2 + word.length);
    }
    return [before, addressed[1]];
  }
  function fillText(text3, values, today, readOn, tone, takenWeekday) {
    values = values || {};
    if (takenWeekday === void 0 || takenWeekday === null) takenWeekday = interviewWeekday(text3, values, today, readOn);
    text3 = chooseSegments(text3, values);
    var before = "";
    var last = 0;
    var skipStop = false;
    var skipWord = false;
    Array.from(text3.matchAll(P("PLACEHOLDER", true))).forEach(function(match) {
      var between = text3.slice(last, match.index);
      if (skipStop && between.charAt(0) === ".") between = between.slice(1);
      if (skipWord) between = between.replace(P("WORD_AFTER_SLOT"), "");
      before += between;
      var name = match[1];
      var after = text3.slice(match.index + match[0].length);
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
      if (value && (joinsNext || joinMark && P("CONTINUES_SENTENCE").test(after))) value = withoutStop(value);
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
      if (beforeWord && valueWord && has(C("DAY_SHAPES"), fieldShape(name)) && has(C("DAY_PREPOSITIONS"), beforeWord[1].toLowerCase()) && has(C("DAY_PREPOSITIONS"), valueWord[1].toLowerCase())) {
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
      skipStop = Boolean(value) && ".!?…".indexOf(value.charAt(value.length - 1)) >= 0;
    });
    var tail = text3.slice(last);
    if (skipStop && tail.charAt(0) === ".") tail = tail.slice(1);
    if (skipWord) tail = tail.replace(P("WORD_AFTER_SLOT"), "");
    return before + tail;
  }
  function activityLead(before, moment2) {
    var lead = P("MOMENT_LEAD").exec(before);
    if (!lead) return before;
    var replacement;
    if (P("SHARED_EVENT").test(moment2)) replacement = "";
    else if (P("WORKED_TASK").test(moment2)) replacement = C("WORKED_LEAD");
    else return before;
    var first = before.charAt(lead.index);
    if (first !== first.toLowerCase()) replacement = upperFirst(replacement);
    return before.slice(0, lead.index) + replacement;
  }
  function joined(before, mark, value) {
    var head = before.slice(0, mark.index).replace(P("TRAILING_SPACES"), "");
    if (P("SENTENCE_END_MARK").test(head)) return [head + " ", value];
    return [before, joinedStart(value)];
  }
  function noteParts(parts, variants, recipient) {
    var chosen = Object.assign({}, parts);
    if (recipient > 0 && variants && variants.length) {
      Object.assign(chosen, variants[(recipient - 1) % variants.length]);
    }
    return C("PART_ORDER").filter(function(name) {
      return own2(chosen, name) && chosen[name];
    }).map(function(name) {
      return [name, chosen[name]];
    });
  }
  function linesCapitalized(text3) {
    return text3.replace(P("LINE_START_WORD", true), function(_, start2, letter) {
      return start2 + letter.toUpperCase();
    });
  }
  function withoutRepeatMarker(values, text3) {
    var moment2 = valueOf(values, C("HIGHLIGHT_FIELD"));
    if (!P("REPEAT_MARKER").test(moment2) || P("AGAIN_WORD").test(text3)) return values;
    var changed = Object.assign({}, values);
    changed[C("HIGHLIGHT_FIELD")] = moment2.replace(P("REPEAT_MARKER"), "");
    return changed;
  }
  function renderText(parts, subjects, variants, values, recipient, today, readOn, tone) {
    values = values || {};
    var chosen = noteParts(parts, variants, recipient || 0);
    var allText = chosen.map(function(part) {
      return part[1];
    }).join("\n");
    values = withoutRepeatMarker(values, allText);
    var weekday = interviewWeekday(allText, values, today, readOn);
    var body = chosen.map(function(part) {
      return linesCapitalized(fillText(strip(part[1]), values, today, readOn, tone || "", weekday));
    }).filter(Boolean).join(C("PARAGRAPH_BREAK"));
    return { subjects: (subjects || []).map(function(subject) {
      var subjectWeekday = interviewWeekday(subject, values, today, readOn);
      return linesCapitalized(fillText(subject, values, today, readOn, tone || "", subjectWeekday));
    }), body };
  }
  function readingDay(channel, today, readOn) {
    if (parseMoment(readOn) !== null || channel !== C("CARD_CHANNEL")) return readOn === void 0 ? null : readOn;
    var written = parseMoment(today);
    if (!written) return readOn === void 0 ? null : readOn;
    var day = shift(written.day, C("CARD_READ_DAYS"));
    return String(day.year).padStart(4, "0") + "-" + String(day.month).padStart(2, "0") + "-" + String(day.day).padStart(2, "0");
  }
  function render(template, values, recipientIndex, today, readOn) {
    return renderText(
      template.parts,
      template.subjects,
      template.variants,
      values || {},
      recipientIndex || 0,
      today,
      readOn,
      template.tone || ""
    );
  }
  function greetingOf(template) {
    var text3 = displayText((template.parts || {}).greeting || "");
    var spot = text3.indexOf("{" + C("ADDRESSED_FIELD") + "}");
    var greeting = spot >= 0 ? P("GREETING_BEFORE").exec(text3.slice(0, spot)) : null;
    return greeting ? greeting[1] : null;
  }
  function addressHint(value, greeting, tone) {
    var name = asName(String(value || ""));
    var parts = nameParts(name);
    if (parts[0] !== null || !parts[1].length || (greeting || "").toLowerCase() !== C("FORMAL_GREETING").toLowerCase()) {
      return null;
    }
    var group = parts[1].concat(parts[2]).some(function(word) {
      return has(C("GROUP_WORDS"), word.toLowerCase());
    });
    if ((tone === void 0 ? C("FORMAL_TONE") : tone) !== C("FULL_NAME_TONE") || group) return null;
    var last = parts[2].join(" ");
    return "A formal note usually greets by title and last name, such as “Dear Ms. " + last + "” or “Dear Dr. " + last + "”. Add the title they use if you know it; “Dear " + name + "” is fine if not.";
  }
  function strengthHint(value) {
    var text3 = tidy(String(value || ""));
    if (!text3 || !has(C("PHRASE_SHAPES"), answerShape(C("STRENGTH_FIELD"), text3))) return null;
    var typed = withoutStop(text3);
    return C("STRENGTH_ADVICE").replace(C("TYPED_SLOT"), function() {
      return typed;
    });
  }
  function linkHint(value) {
    var text3 = tidy(String(value || ""));
    if (!P("LINK_WORD").test(text3) || P("WEB_ADDRESS").test(text3)) return null;
    return C("LINK_ADVICE").replace(C("TYPED_SLOT"), function() {
      return text3;
    });
  }
  function unfilledFields(template, values, recipientIndex) {
    var texts = noteParts(template.parts, template.variants, recipientIndex || 0).map(function(part) {
      return part[1];
    }).concat(template.subjects || []);
    var seen = [];
    texts.forEach(function(text3) {
      placeholders(chooseSegments(text3, values || {})).forEach(function(name) {
        if (seen.indexOf(name) < 0) seen.push(name);
      });
    });
    return seen.filter(function(name) {
      return !filled(name, values || {});
    });
  }
  function displayText(text3) {
    return text3.replace(P("SEGMENT", true), function(whole, inner) {
      return strip(inner.split(C("CHOICE"))[0]);
    });
  }
  function fieldFrame(template, name) {
    var texts = noteParts(template.parts, [], 0).map(function(part) {
      return displayText(strip(part[1]));
    }).concat((template.subjects || []).map(displayText));
    var slot = "{" + name + "}";
    for (var t = 0; t < texts.length; t++) {
      var lines = texts[t].split("\n");
      for (var l = 0; l < lines.length; l++) {
        var line = lines[l];
        var spot = line.indexOf(slot);
        if (spot < 0) continue;
        var start2 = Math.max(line.lastIndexOf(". ", spot), line.lastIndexOf("! ", spot), line.lastIndexOf("? ", spot));
        start2 = start2 >= 0 ? start2 + 2 : 0;
        var ends = [". ", "! ", "? "].map(function(mark) {
          return line.indexOf(mark, spot);
        }).filter(function(i) {
          return i >= 0;
        });
        var end = ends.length ? Math.min.apply(null, ends) + 1 : line.length;
        return fill(line.slice(start2, end).split(slot).join(C("BLANK")), {});
      }
    }
    return null;
  }
  var text = { strip, split, length, isSpace, own: own2 };

  // docs/assets/javascripts/afterview/checker.js
  var modelMemory = /* @__PURE__ */ new Map();
  var sentenceFinds = { byRule: /* @__PURE__ */ new WeakMap(), count: 0 };
  var modelWeights = /* @__PURE__ */ new WeakMap();
  var LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
  var DIVERGENT = /[A-Z\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
  function standIn(ch) {
    if (ch === "\r") return "\f";
    return ch <= "Z" ? String.fromCharCode(ch.charCodeAt(0) + 32) : "℩";
  }
  var lastSearched = { text: null, searchable: null };
  function searchable(text3) {
    if (lastSearched.text !== text3) lastSearched = { text: text3, searchable: text3.replace(DIVERGENT, standIn) };
    return lastSearched.searchable;
  }
  var compiled2 = /* @__PURE__ */ new Map();
  function compile(pattern, flags) {
    var byPattern = compiled2.get(flags);
    if (!byPattern) {
      byPattern = /* @__PURE__ */ new Map();
      compiled2.set(flags, byPattern);
    }
    var regex = byPattern.get(pattern);
    if (!regex) {
      regex = new RegExp(pattern, flags);
      byPattern.set(pattern, regex);
    }
    return regex;
  }
  function search(pattern, text3) {
    var match = compile(pattern, "mu").exec(searchable(text3));
    if (!match) return null;
    var end = match.index + match[0].length;
    return { start: match.index, end, text: text3.slice(match.index, end) };
  }
  function searchGroup(pattern, text3) {
    var match = compile(pattern, "dmu").exec(searchable(text3));
    if (!match) return null;
    var end = match.index + match[0].length;
    var group = match.indices[1];
    return {
      start: match.index,
      end,
      text: text3.slice(match.index, end),
      group: group ? text3.slice(group[0], group[1]) : null
    };
  }
  function searchAll(pattern, text3) {
    var regex = compile(pattern, "dgmu");
    regex.lastIndex = 0;
    var haystack = searchable(text3);
    var found = [];
    var match;
    while ((match = regex.exec(haystack)) !== null) {
      if (match[0] === "") {
        regex.lastIndex += haystack.codePointAt(regex.lastIndex) > 65535 ? 2 : 1;
      }
      var group = match.indices[1];
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        groupStart: group ? group[0] : -1,
        group: group ? text3.slice(group[0], group[1]) : null
      });
    }
    return found;
  }
  function data2() {
    return exported || {};
  }
  function constant(name) {
    return ((data2().checker || {}).constants || {})[name];
  }
  function checkerPattern(name, extraFlags) {
    var pattern = data2().checker.patterns[name];
    var regex = compile(pattern.source, pattern.flags + (extraFlags || ""));
    regex.lastIndex = 0;
    return regex;
  }
  function fullMatch(name, text3) {
    var pattern = data2().checker.patterns[name];
    return compile("^(?:" + pattern.source + ")$", pattern.flags).test(text3);
  }
  var translations = /* @__PURE__ */ new Map();
  function translate(text3, pair) {
    var table = translations.get(pair[0]);
    if (!table) {
      var from = Array.from(pair[0]);
      var to = Array.from(pair[1]);
      var map = new Map(from.map(function(ch, index) {
        return [ch, to[index]];
      }));
      var escaped = from.map(function(ch) {
        return "\\u{" + ch.codePointAt(0).toString(16) + "}";
      });
      table = { regex: new RegExp("[" + escaped.join("") + "]", "gu"), map };
      translations.set(pair[0], table);
    }
    return text3.replace(table.regex, function(ch) {
      return table.map.get(ch);
    });
  }
  function shared(name) {
    return data2().patterns[name];
  }
  function lineOf(text3, index) {
    return text3.slice(0, index).split("\n").length;
  }
  function spaces(text3) {
    return " ".repeat(text.length(text3));
  }
  function excerpt(matched) {
    var flat = text.split(matched).join(" ");
    var points = Array.from(flat);
    var limit = constant("EXCERPT_LENGTH");
    return points.length <= limit ? flat : points.slice(0, limit - 3).join("") + "...";
  }
  function checkedPart(text3) {
    var limit = constant("MAX_CHECKED_CHARACTERS");
    if (text3.length <= limit || text.length(text3) <= limit) return text3;
    var head = Array.from(text3).slice(0, limit).join("");
    var cut = head.lastIndexOf("\n");
    return cut > 0 ? head.slice(0, cut) : head;
  }
  function splitSentences(body) {
    var found = [];
    searchAll(shared("sentence"), body).forEach(function(match) {
      var text3 = text.strip(body.slice(match.start, match.end));
      if (text3) found.push({ text: text3, line: lineOf(body, match.start) });
    });
    return found;
  }
  function prepare(text3, channel, context) {
    var body = text3.charAt(0) === constant("BYTE_ORDER_MARK") ? text3.slice(1) : text3;
    body = body.replace(/\r\n/g, "\n").replace(/\r/g, "\n");
    var subject = context.subject === void 0 ? null : context.subject;
    var subjectLine = null;
    if (channel === "email" && subject === null) {
      var match = searchGroup(shared("subject_line"), body);
      if (match) {
        subject = text.strip(match.group);
        subjectLine = lineOf(body, match.start);
        body = body.slice(0, match.start) + spaces(match.text) + body.slice(match.end);
      }
    }
    var signoffs = searchAll(shared("signoff_line"), body);
    var elementText = body;
    if (signoffs.length) {
      var last = signoffs[signoffs.length - 1];
      elementText = body.slice(0, last.start) + spaces(body.slice(last.start, last.end)) + body.slice(last.end);
    }
    return {
      body,
      subject,
      subjectLine,
      elementText,
      sentences: splitSentences(body)
    };
  }
  function applies(rule, channel, context) {
    var kind = context.kind === void 0 ? null : context.kind;
    var kinds = rule.kinds || [];
    return rule.channels.indexOf(channel) >= 0 && (!kinds.length || kind === null || kinds.indexOf(kind) >= 0);
  }
  function anySearch(patterns, text3) {
    return patterns.some(function(pattern) {
      return search(pattern, text3) !== null;
    });
  }
  function detectElements(draft, rules2) {
    var found = {};
    (data2().elements || []).forEach(function(name) {
      found[name] = false;
    });
    rules2.forEach(function(rule) {
      if (rule.check === "element" && text.own(found, rule.element)) {
        var text3 = rule.element === "signature" ? draft.body : draft.elementText;
        found[rule.element] = anySearch(rule.patterns, text3);
      }
    });
    return found;
  }
  function nameTokens(name) {
    var titles = data2().nameTitles || [];
    var tokens = /* @__PURE__ */ new Set();
    name.toLowerCase().split(checkerPattern("NAME_SEPARATORS")).forEach(function(word) {
      if (word && titles.indexOf(word) < 0) tokens.add(word);
    });
    return tokens;
  }
  function countWords(text3) {
    return searchAll(shared("word"), text3).length;
  }
  function elementMissing(rule, draft, channel, context, elements, finding) {
    return text.own(elements, rule.element || "") && elements[rule.element] ? [] : [finding(null)];
  }
  function required(rule, draft, channel, context, elements, finding) {
    return anySearch(rule.patterns, draft.body) ? [] : [finding(null)];
  }
  function tooManyWords(rule, draft, channel, context, elements, finding) {
    var limit = text.own(rule.limits, channel) ? rule.limits[channel] : null;
    var count = countWords(draft.body);
    return limit && count > limit ? [finding(null, count + " words, over " + limit)] : [];
  }
  function subjectMissing(rule, draft, channel, context, elements, finding) {
    return draft.subject ? [] : [finding(null)];
  }
  function forbid(rule, draft, channel, context, elements, finding) {
    var results = [];
    var i;
    var match;
    if (draft.subject) {
      for (i = 0; i < rule.patterns.length; i++) {
        match = search(rule.patterns[i], draft.subject);
        if (match) {
          results.push(finding(draft.subjectLine, excerpt(match.text)));
          break;
        }
      }
    }
    if (!anySearch(rule.patterns, draft.body)) return results;
    draft.body.split("\n").forEach(function(line, index) {
      for (var j = 0; j < rule.patterns.length; j++) {
        var found = search(rule.patterns[j], line);
        if (found) {
          results.push(finding(index + 1, excerpt(found.text)));
          break;
        }
      }
    });
    return results;
  }
  function vagueSubject(rule, draft, channel, context, elements, finding) {
    if (!draft.subject) return [];
    var words2 = countWords(draft.subject);
    var generic = anySearch(rule.patterns, draft.subject);
    return generic || words2 < rule.limits.min_words ? [finding(draft.subjectLine, excerpt(draft.subject))] : [];
  }
  function longSubject(rule, draft, channel, context, elements, finding) {
    var length2 = text.length(draft.subject || "");
    return length2 > rule.limits.max_chars ? [finding(draft.subjectLine, length2 + " characters")] : [];
  }
  function greetingMismatch(rule, draft, channel, context, elements, finding) {
    var known = /* @__PURE__ */ new Set();
    (context.recipients || []).forEach(function(name) {
      nameTokens(name).forEach(function(token) {
        known.add(token);
      });
    });
    if (!known.size) return [];
    var match = searchGroup(rule.patterns[0], draft.body);
    if (!match) return [];
    var greeted2 = Array.from(nameTokens(match.group));
    if (greeted2.some(function(token) {
      return known.has(token);
    })) return [];
    return [finding(lineOf(draft.body, match.start), excerpt(match.group))];
  }
  function signatureContact(rule, draft, channel, context, elements, finding) {
    if (!elements.signature) return [];
    var signoffs = searchAll(shared("signoff_line"), draft.body);
    var block = signoffs.length ? draft.body.slice(signoffs[signoffs.length - 1].end) : Array.from(draft.body).slice(-300).join("");
    var lines = block.split("\n").map(text.strip).filter(Boolean);
    var fullName = lines.length > 0 && text.split(lines[0]).length >= 2;
    var email = search(rule.patterns[0], block);
    var phone = search(rule.patterns[1], block);
    var linkedin = search(rule.patterns[2], block);
    if (fullName && (email || phone) && linkedin) return [];
    var missing = [["full name", fullName], ["email or phone", email || phone], ["LinkedIn link", linkedin]].filter(function(item) {
      return !item[1];
    }).map(function(item) {
      return item[0];
    });
    return [finding(null, "missing " + missing.join(", "))];
  }
  function overLengthLimit(rule, draft, channel, context, elements, finding) {
    var length2 = text.length(text.strip(draft.body));
    var limits = rule.limits;
    if (context.linkedin_format !== "connection") {
      return length2 > limits.message ? [finding(null, length2 + " characters, over " + limits.message)] : [];
    }
    if (length2 > limits.connection) return [finding(null, length2 + " characters, over " + limits.connection)];
    if (length2 > limits.connection_free) {
      return [finding(null, length2 + " characters, over " + limits.connection_free + " on a free account", "warning")];
    }
    return [];
  }
  function isCapital(ch) {
    return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
  }
  function companyName(words2) {
    var joiners = data2().companyJoiners || [];
    var notNames = data2().companyNotNames || [];
    var kept = [];
    var parts = text.split(words2);
    for (var i = 0; i < parts.length; i++) {
      var word = parts[i];
      var bare = word;
      if (bare.slice(-2) === "'s" || bare.slice(-2) === "’s") bare = bare.slice(0, -2);
      var first = Array.from(bare)[0] || "";
      if (kept.length && joiners.indexOf(bare.toLowerCase()) >= 0) {
        kept.push(bare);
      } else if (first && isCapital(first) || first >= "0" && first <= "9") {
        kept.push(bare);
        if (bare !== word) break;
      } else {
        break;
      }
    }
    while (kept.length && joiners.indexOf(kept[kept.length - 1].toLowerCase()) >= 0) kept.pop();
    if (!kept.length || notNames.indexOf(kept[0].toLowerCase().replace(/\.+$/, "")) >= 0) return "";
    return kept.join(" ");
  }
  function companyTokens(name) {
    var suffixes = data2().companySuffixes || [];
    var tokens = /* @__PURE__ */ new Set();
    var distinctive = /* @__PURE__ */ new Set();
    name.toLowerCase().split(checkerPattern("NAME_SEPARATORS")).forEach(function(word) {
      if (!word || suffixes.indexOf(word) >= 0) return;
      tokens.add(word);
      if (search(shared("organisation_word"), word) === null) distinctive.add(word);
    });
    return distinctive.size ? distinctive : tokens;
  }
  function overlaps(left, right) {
    return Array.from(left).some(function(token) {
      return right.has(token);
    });
  }
  function companiesNamed(cue, text3) {
    var regex = new RegExp(cue, "dgmu");
    var haystack = searchable(text3);
    var found = [];
    var match;
    while ((match = regex.exec(haystack)) !== null) {
      var group = match.indices[1];
      var name = group ? companyName(text3.slice(group[0], group[1])) : "";
      if (name && companyTokens(name).size) {
        found.push({ start: group[0], name });
      } else {
        regex.lastIndex = Math.max(group ? group[0] : 0, match.index + 1);
      }
    }
    return found;
  }
  function companyMismatch(rule, draft, channel, context, elements, finding) {
    var named = [];
    if (draft.subject) {
      companiesNamed(rule.patterns[0], draft.subject).forEach(function(item) {
        named.push({ line: draft.subjectLine || 1, name: item.name });
      });
    }
    companiesNamed(rule.patterns[0], draft.body).forEach(function(item) {
      named.push({ line: lineOf(draft.body, item.start), name: item.name });
    });
    var known = companyTokens(String(context.company || ""));
    if (known.size) {
      return named.filter(function(item) {
        return !overlaps(companyTokens(item.name), known);
      }).map(function(item) {
        return finding(item.line, excerpt(item.name));
      });
    }
    var first = null;
    for (var i = 0; i < named.length; i++) {
      var tokens = companyTokens(named[i].name);
      if (first === null) {
        first = tokens;
      } else if (!overlaps(tokens, first)) {
        return [finding(named[i].line, excerpt(named[i].name), "warning")];
      }
    }
    return [];
  }
  function capitalLetters(word) {
    return (word.match(checkerPattern("CAPITAL_LETTER", "g")) || []).length;
  }
  function shouting(rule, draft, channel, context, elements, finding) {
    var results = [];
    var lines = draft.subject ? [[draft.subjectLine, draft.subject]] : [];
    draft.body.split("\n").forEach(function(line, index) {
      lines.push([index + 1, line]);
    });
    lines.forEach(function(item) {
      var line = item[1];
      var tokens = searchAll(shared("word"), line).map(function(m) {
        return line.slice(m.start, m.end);
      });
      tokens.push("");
      var run = [];
      for (var i = 0; i < tokens.length; i++) {
        if (fullMatch("CAPITALS_WORD", tokens[i])) {
          run.push(tokens[i]);
          continue;
        }
        var letters = run.reduce(function(sum, word) {
          return sum + capitalLetters(word);
        }, 0);
        if (run.length >= rule.limits.min_words && letters >= rule.limits.min_letters) {
          results.push(finding(item[0], excerpt(run.join(" "))));
          break;
        }
        run = [];
      }
    });
    return results;
  }
  function sentenceForbid(rule, draft, channel, context, elements, finding) {
    var subject = draft.subject ? [{ text: draft.subject, line: draft.subjectLine || 1 }] : [];
    var results = [];
    subject.concat(draft.sentences).forEach(function(sentence) {
      if (results.length && results[results.length - 1].line === sentence.line) return;
      var found = forbiddenIn(rule, sentence.text);
      if (found !== null) results.push(finding(sentence.line, excerpt(found)));
    });
    return results;
  }
  function forbiddenIn(rule, text3) {
    if (sentenceFinds.count >= constant("SENTENCE_FINDS_REMEMBERED")) sentenceFinds = { byRule: /* @__PURE__ */ new WeakMap(), count: 0 };
    var memory = sentenceFinds.byRule.get(rule);
    if (memory === void 0) {
      memory = /* @__PURE__ */ new Map();
      sentenceFinds.byRule.set(rule, memory);
    }
    if (memory.has(text3)) return memory.get(text3);
    var found = null;
    for (var i = 0; i < rule.patterns.length && found === null; i++) {
      var match = search(rule.patterns[i], text3);
      if (match) found = match.text || text3;
    }
    if (found === null && modelCodes(text3).indexOf(rule.code) >= 0) found = text3;
    memory.set(text3, found);
    sentenceFinds.count += 1;
    return found;
  }
  function modelFeatures(text3) {
    var lower = translate(text3, constant("MODEL_FOLD"));
    var words2 = (lower.match(checkerPattern("MODEL_TOKEN", "g")) || []).map(function(word) {
      return /^[0-9]+$/.test(word) ? "0" : word;
    });
    var found = new Set(words2);
    for (var i = 0; i + 1 < words2.length; i++) found.add(words2[i] + " " + words2[i + 1]);
    if (text3.indexOf("?") >= 0) found.add(constant("QUESTION_FEATURE"));
    return Array.from(found).sort();
  }
  function flaggedCodes(text3) {
    if (modelMemory.has(text3)) return modelMemory.get(text3);
    if (modelMemory.size >= constant("FLAGGED_CODES_REMEMBERED")) modelMemory.clear();
    var codes = scoredCodes(text3);
    modelMemory.set(text3, codes);
    return codes;
  }
  function modelCodes(text3) {
    return flaggedCodes(text3).filter(function(code) {
      var courtesy = shared("courtesy_" + code);
      return courtesy === void 0 || search(courtesy, text3) === null;
    });
  }
  function weightsOf(category) {
    var weights = modelWeights.get(category);
    if (weights === void 0) {
      weights = new Map(Object.entries(category.weights));
      modelWeights.set(category, weights);
    }
    return weights;
  }
  function scoredCodes(text3) {
    var found = modelFeatures(text3);
    var model = data2().sentence_model;
    var codes = [];
    model.categories.forEach(function(category) {
      var weights = weightsOf(category);
      var total = category.bias;
      found.forEach(function(feature) {
        var weight = weights.get(feature);
        if (weight !== void 0) total += weight;
      });
      if (total > model.min_score && codes.indexOf(category.code) < 0) codes.push(category.code);
    });
    return codes;
  }
  function titleFullName(rule, draft, channel, context, elements, finding) {
    var match = searchGroup(rule.patterns[0], draft.body);
    if (!match) return [];
    var words2 = text.split(match.group);
    var titles = data2().nameTitles || [];
    if (!words2.length || titles.indexOf(words2[0].toLowerCase().replace(/\.+$/, "")) < 0) return [];
    var names = 0;
    for (var i = 1; i < words2.length; i++) {
      if (search(shared("surname_particle"), words2[i]) !== null) continue;
      if (!isCapital(Array.from(words2[i])[0] || "")) break;
      names += 1;
      var bare = words2[i].replace(/[.!?]+$/, "");
      if (Array.from(bare).length > 1 && bare !== words2[i]) break;
    }
    if (names >= 2) {
      return [finding(lineOf(draft.body, match.start), excerpt(text.strip(match.group)))];
    }
    return [];
  }
  function strayCapitals(rule, draft, channel, context, elements, finding) {
    var results = [];
    draft.body.split("\n").forEach(function(line, index) {
      var matches = searchAll(rule.patterns[0], line);
      for (var i = 0; i < matches.length; i++) {
        var match = matches[i];
        var word = match.group;
        var end = match.groupStart + word.length;
        var following = text.split(line.slice(end));
        var gap = line.charAt(end);
        var nextWord = following.length && (gap === " " || gap === "	") ? following[0] : "";
        var before = line.charAt(match.start);
        var rest = word.slice(1);
        if (before >= "a" && before <= "z" && isCapital(word.charAt(0)) && rest === rest.toLowerCase() && !(nextWord && isCapital(Array.from(nextWord)[0]))) {
          results.push(finding(index + 1, excerpt(text.strip(word + " " + nextWord))));
          break;
        }
      }
    });
    return results;
  }
  function asciiLower(text3) {
    return translate(text3, constant("ASCII_LOWER_LETTERS"));
  }
  function writtenInLowerCase(name, text3) {
    var wanted = asciiLower(name);
    var haystack = asciiLower(text3);
    var start2 = haystack.indexOf(wanted);
    while (start2 >= 0) {
      var end = start2 + wanted.length;
      var found = text3.slice(start2, end);
      var whole = !(start2 && LETTER_OR_DIGIT.test(haystack.charAt(start2 - 1))) && !(end < text3.length && LETTER_OR_DIGIT.test(haystack.charAt(end)));
      if (whole && found === asciiLower(found)) return found;
      start2 = haystack.indexOf(wanted, start2 + 1);
    }
    return null;
  }
  function companyCase(rule, draft, channel, context, elements, finding) {
    var name = text.strip(String(context.company || ""));
    if (!name && draft.subject) {
      var match = searchGroup(rule.patterns[0], draft.subject);
      var guess = match ? text.strip(match.group) : "";
      var words2 = text.split(guess);
      if (guess === asciiLower(guess) && words2.length && (data2().companyNotNames || []).indexOf(words2[0]) < 0) {
        name = guess;
      }
    }
    if (!name || !checkerPattern("LATIN_LETTER").test(name)) return [];
    var units = draft.subject ? [[draft.subjectLine, draft.subject]] : [];
    draft.body.split("\n").forEach(function(line, index) {
      units.push([index + 1, line]);
    });
    var results = [];
    units.forEach(function(unit) {
      var found = writtenInLowerCase(name, unit[1]);
      if (found !== null) results.push(finding(unit[0], excerpt(found)));
    });
    return results;
  }
  function closingPile(rule, draft, channel, context, elements, finding) {
    var closings = [];
    draft.sentences.forEach(function(sentence) {
      if (closings.length && closings[closings.length - 1].line === sentence.line) {
        return;
      }
      for (var i = 0; i < rule.patterns.length; i++) {
        var match = search(rule.patterns[i], sentence.text);
        if (match) {
          closings.push({ line: sentence.line, words: match.text });
          break;
        }
      }
    });
    return closings.length < 2 ? [] : [finding(closings[1].line, excerpt(closings[1].words))];
  }
  var CHECKS = {
    "element": elementMissing,
    "forbid": forbid,
    "require": required,
    "max-words": tooManyWords,
    "subject-missing": subjectMissing,
    "subject-vague": vagueSubject,
    "subject-long": longSubject,
    "greeting-mismatch": greetingMismatch,
    "signature-contact": signatureContact,
    "length-limit": overLengthLimit,
    "company-mismatch": companyMismatch,
    "capitals": shouting,
    "sentence-forbid": sentenceForbid,
    "title-full-name": titleFullName,
    "stray-capital": strayCapitals,
    "company-case": companyCase,
    "closing-pile": closingPile
  };
  function severityFor(rule, kind) {
    var table = rule.severity_by_kind || {};
    return kind !== null && text.own(table, kind) ? table[kind] : rule.severity;
  }
  function evaluate(rule, draft, channel, context, elements) {
    var kind = context.kind === void 0 ? null : context.kind;
    function finding(line, detail, severity) {
      var message = rule.message + (detail ? ' (found "' + detail + '")' : "");
      return { code: rule.code, severity: severity || severityFor(rule, kind), message, line };
    }
    if (!text.own(CHECKS, rule.check)) {
      throw new Error(rule.code + ": unknown check '" + rule.check + "'");
    }
    return CHECKS[rule.check](rule, draft, channel, context, elements, finding);
  }
  function check(text3, channel, context, rules2) {
    var channels2 = data2().channels || [];
    if (channels2.indexOf(channel) < 0) {
      throw new Error("unknown channel '" + channel + "'; use one of " + channels2.join(", "));
    }
    context = context || {};
    rules2 = rules2 || data2().rules || [];
    var draft = prepare(checkedPart(text3), channel, context);
    var elements = detectElements(draft, rules2);
    var findings = [];
    rules2.forEach(function(rule) {
      if (rule.target === "draft" && applies(rule, channel, context)) {
        findings.push.apply(findings, evaluate(rule, draft, channel, context, elements));
      }
    });
    return { elements, findings };
  }

  // docs/assets/javascripts/afterview/composer-form.js
  var composer_form_exports = {};
  __export(composer_form_exports, {
    build: () => buildForm,
    buildChooser: () => buildChooser,
    templateHref: () => templateHref
  });

  // docs/assets/javascripts/afterview/composer-dom.js
  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function(name) {
      var value = attributes[name];
      if (value === null || value === void 0 || value === false) return;
      if (name === "text") node.textContent = value;
      else if (name === "className") node.className = value;
      else node.setAttribute(name, value === true ? "" : value);
    });
    (children || []).forEach(function(child) {
      if (child) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }
  function setText(node, text3) {
    if (node.textContent !== text3) node.textContent = text3;
  }
  function toggleGroup(id, legend, options, selected, action) {
    var group = el("div", { className: "av-composer__toggles", role: "group", "aria-labelledby": id });
    options.forEach(function(option) {
      group.appendChild(el("button", {
        type: "button",
        className: "av-composer__toggle",
        "data-action": action,
        "data-value": option.id,
        "aria-pressed": String(option.id === selected),
        disabled: option.disabled,
        text: option.label
      }));
    });
    return el("div", { className: "av-composer__step" }, [el("p", {
      id,
      className: "av-composer__legend",
      text: legend
    }), group]);
  }

  // docs/assets/javascripts/afterview/composer-form.js
  var el2 = el;
  var GROUP_LEGENDS = { you: "About you", interview: "About the interview", them: "Who you are writing to" };
  var DATE_FIELD = "interview_date";
  var SUGGESTED_FIELDS = { highlight: true, clarification: true, recipient_name: true, documents: true, strength: true };
  var PLANNED_STAGES = ["after-interview", "waiting"];
  var PLANNED_KINDS = ["thank-you", "follow-up", "update"];
  function frameText(template, name) {
    var frame = fieldFrame(template, name);
    var words2 = frame ? frame.split("___").join("").replace(/[\s.,]/g, "") : "";
    return words2 ? "In the note: “" + frame + "”" : "";
  }
  function input(template, field, id, value, data3) {
    var type = { email: "email", tel: "tel", url: "url" }[field.autocomplete] || "text";
    var hintId = field.hint ? id + "-hint" : null;
    var frame = frameText(template, field.name);
    if (frame && field.shape === "sentence") frame += " A sentence or two of your own works too.";
    var frameId = frame ? id + "-frame" : null;
    var attributes = {
      id,
      name: id,
      "aria-describedby": [hintId, frameId].filter(Boolean).join(" ") || null,
      autocomplete: field.autocomplete || "off",
      spellcheck: field.multiline ? "true" : null
    };
    Object.keys(data3).forEach(function(key) {
      attributes["data-" + key] = data3[key];
    });
    var control;
    if (field.multiline) {
      attributes.rows = "2";
      control = el2("textarea", attributes);
    } else {
      attributes.type = type;
      control = el2("input", attributes);
    }
    control.value = value || "";
    var label = el2("label", { for: id }, [field.label]);
    if (field.optional) label.appendChild(el2("span", { className: "av-composer__optional", text: " (optional)" }));
    return el2("div", { className: "av-composer__field" }, [
      label,
      hintId ? el2("p", { id: hintId, className: "av-composer__hint", text: field.hint }) : null,
      control,
      SUGGESTED_FIELDS[field.name] ? el2("div", {
        className: "av-composer__suggest",
        "data-suggest-for": id,
        "aria-live": "polite"
      }) : null,
      frameId ? el2("p", { id: frameId, className: "av-composer__frame", "data-frame-for": id, text: frame }) : null
    ]);
  }
  function dateInput(id, label, type, value, role, hint) {
    return el2("div", { className: "av-composer__field av-composer__field--short" }, [
      el2("label", { for: id, text: label }),
      hint ? el2("p", { id: id + "-hint", className: "av-composer__hint", text: hint }) : null,
      el2("input", {
        id,
        name: id,
        type,
        "data-role": role,
        value,
        "aria-describedby": hint ? id + "-hint" : null
      })
    ]);
  }
  function interviewWhen(state, template) {
    var frame = frameText(template, DATE_FIELD);
    return el2("div", {}, [
      el2("div", { className: "av-composer__row" }, [
        dateInput("av-interview-date", "Interview date", "date", state.interviewDate, "interview-date"),
        dateInput("av-interview-time", "Start time", "time", state.interviewTime, "interview-time")
      ]),
      frame ? el2("p", {
        className: "av-composer__frame",
        "data-frame-for": "av-interview-date",
        text: frame + " The note says “yesterday” or “on Tuesday” from the date."
      }) : null
    ]);
  }
  function chooser(S, state, data3, existing) {
    if (existing) {
      existing.value = state.choice || "";
      existing.options[0].disabled = Boolean(state.choice);
      return existing.closest(".av-composer__step");
    }
    var select = el2("select", { id: "av-situation", "data-role": "situation", "aria-describedby": "av-situation-hint" });
    select.appendChild(el2("option", {
      value: "",
      text: "Choose what happened…",
      selected: !state.choice,
      disabled: Boolean(state.choice)
    }));
    var groups = {};
    S.choices(data3).forEach(function(choice) {
      if (!groups[choice.stageLabel]) {
        groups[choice.stageLabel] = el2("optgroup", { label: choice.stageLabel });
        select.appendChild(groups[choice.stageLabel]);
      }
      groups[choice.stageLabel].appendChild(el2("option", {
        value: choice.id,
        text: choice.label,
        selected: choice.id === state.choice
      }));
    });
    return el2("div", { className: "av-composer__step" }, [
      el2("label", { for: "av-situation", className: "av-composer__legend", text: "What happened?" }),
      el2("p", { id: "av-situation-hint", className: "av-composer__hint", text: "Internships, career fairs, coffee chats, alumni, fixing a mistake, follow-ups and decisions are all in the list." }),
      select
    ]);
  }
  function channelChooser(S, state, data3) {
    var available = S.channelsFor(data3, state.choice).map(function(c) {
      return c.id;
    });
    var options = S.channels(data3).map(function(channel) {
      var missing = available.indexOf(channel.id) < 0;
      return { id: channel.id, label: channel.label + (missing ? " (no template)" : ""), disabled: missing };
    });
    return toggleGroup("av-channel-label", "How will you send it?", options, state.channel, "channel");
  }
  function toneChooser(S, data3, template) {
    var family = S.toneFamily(data3, template);
    if (!family.length) return null;
    var options = family.map(function(t) {
      return { id: t.id, label: t.tone.charAt(0).toUpperCase() + t.tone.slice(1) };
    });
    return toggleGroup("av-tone-label", "Tone", options, template.id, "template");
  }
  function templateHref(links, id) {
    var index = links.templates;
    if (!index) return null;
    return /index\.html$/.test(index) ? index.replace(/index\.html$/, id + ".html") : index.replace(/\/?$/, "/") + id + "/";
  }
  function templatePicker(S, state, data3, links) {
    var template = S.findTemplate(data3, state.templateId);
    var select = el2("select", { id: "av-template", "data-role": "template", "aria-describedby": "av-template-hint" });
    var list = S.templatesFor(data3, state.choice, state.channel);
    if (!list.some(function(t) {
      return t.id === template.id;
    })) list.unshift(template);
    list.forEach(function(t) {
      select.appendChild(el2("option", { value: t.id, selected: t.id === template.id, text: t.title }));
    });
    var hint = el2("p", { id: "av-template-hint", className: "av-composer__hint" }, [template.summary + " "]);
    var href = templateHref(links, template.id);
    if (href) hint.appendChild(el2("a", { href, text: "See the template and why it works" }));
    return el2("div", { className: "av-composer__step" }, [
      el2("label", { for: "av-template", className: "av-composer__legend", text: "Template" }),
      select,
      hint
    ]);
  }
  function fieldGroup(ctx, group, names) {
    var S = ctx.S;
    var fieldset = el2("fieldset", { className: "av-composer__group" }, [el2("legend", { text: GROUP_LEGENDS[group] })]);
    var shown = ctx.data.fields.map(function(f) {
      return f.name;
    }).filter(function(name) {
      return names.indexOf(name) >= 0 && S.fieldInfo(ctx.data, name).group === group && name !== DATE_FIELD;
    });
    if (group === "you" && ctx.template.channel === "email" && shown.indexOf("sender_email") < 0) {
      shown.push("sender_email");
    }
    var required2 = unfilledFields(ctx.template, {}, 0);
    shown.forEach(function(name) {
      var field = S.fieldInfo(ctx.data, name);
      if (required2.indexOf(name) < 0) field = Object.assign({}, field, { optional: true });
      fieldset.appendChild(input(ctx.template, field, "av-f-" + name, ctx.state.values[name], { field: name }));
    });
    var dated = group === "interview" && ctx.S.usedFields(ctx.template).indexOf(DATE_FIELD) >= 0;
    if (dated) fieldset.appendChild(interviewWhen(ctx.state, ctx.template));
    return shown.length || dated ? fieldset : null;
  }
  function personInputs(ctx, fieldset, index) {
    var person = ctx.state.people[index];
    ctx.S.personFields(ctx.data, ctx.template).forEach(function(name) {
      var field = ctx.S.fieldInfo(ctx.data, name);
      fieldset.appendChild(input(
        ctx.template,
        field,
        "av-p" + index + "-" + name,
        person[name],
        { person: index, field: name }
      ));
    });
  }
  function recipientFields(ctx) {
    var fieldset = el2("fieldset", { className: "av-composer__group" }, [el2("legend", { text: GROUP_LEGENDS.them })]);
    personInputs(ctx, fieldset, 0);
    return fieldset;
  }
  function panelFields(ctx) {
    var people = ctx.state.people;
    var wrapper = el2("fieldset", { className: "av-composer__group av-composer__panel" }, [
      el2("legend", { text: "The interviewers" }),
      el2("p", { className: "av-composer__hint", text: "One note per person, each recalling the moment you shared with them. The wording varies a little from note to note." })
    ]);
    people.forEach(function(person, index) {
      var number = index + 1;
      var fieldset = el2("fieldset", { className: "av-composer__person" }, [el2("legend", { text: "Interviewer " + number })]);
      personInputs(ctx, fieldset, index);
      if (people.length > 1) {
        fieldset.appendChild(el2("button", {
          type: "button",
          className: "md-button av-composer__small",
          "data-action": "remove-person",
          "data-value": String(index),
          text: "Remove interviewer " + number
        }));
      }
      wrapper.appendChild(fieldset);
    });
    wrapper.appendChild(el2("button", {
      type: "button",
      className: "md-button",
      "data-action": "add-person",
      text: "Add an interviewer"
    }));
    return wrapper;
  }
  function timingFields(S, state, template) {
    var dated = Boolean(template) && template.kind === "thank-you" && S.usedFields(template).indexOf(DATE_FIELD) >= 0;
    var planned = Boolean(template) && PLANNED_STAGES.indexOf(template.stage) >= 0 && PLANNED_KINDS.indexOf(template.kind) >= 0;
    var nodes = {
      advice: el2("p", { className: "av-composer__advice", id: "av-advice" }),
      reminder: el2("div", { className: "av-composer__reminder" }),
      plan: el2("ol", { className: "av-composer__plan", "aria-label": "Follow-up plan" }),
      dated,
      planned
    };
    if (!dated && !planned) return nodes;
    nodes.fieldset = el2("fieldset", { className: "av-composer__group av-composer__timing" }, [
      el2("legend", { text: planned ? "Timing and reminders" : "When to send it" }),
      dated ? nodes.advice : null,
      dated ? nodes.reminder : null,
      planned ? dateInput(
        "av-decision-date",
        "When they said they would decide",
        "date",
        state.decisionDate,
        "decision-date",
        "The date the employer gave you, for the follow-up plan."
      ) : null,
      planned ? nodes.plan : null
    ]);
    return nodes;
  }
  function privacyFields(state) {
    return el2("fieldset", { className: "av-composer__group av-composer__privacy" }, [
      el2("legend", { text: "Privacy" }),
      el2("p", { className: "av-composer__hint", id: "av-privacy-hint", text: "Everything stays in this browser: nothing you type is sent anywhere. While this tab is open, your details and your edited note survive a reload or a trip to your email app; closing the tab clears them. Tick “Remember on this device” to keep them in this browser after the tab closes, until you press “Forget everything”, which clears both." }),
      el2("div", { className: "av-composer__check" }, [
        el2("input", { type: "checkbox", id: "av-remember", "data-role": "remember", checked: state.remember }),
        el2("label", { for: "av-remember", text: "Remember on this device" })
      ]),
      el2("button", { type: "button", className: "md-button", "data-action": "forget", text: "Forget everything" })
    ]);
  }
  function buildChooser(choose, ctx) {
    var S = ctx.S;
    var situation = chooser(S, ctx.state, ctx.data, choose.querySelector("#av-situation"));
    Array.prototype.slice.call(choose.children).forEach(function(child) {
      if (child !== situation) choose.removeChild(child);
    });
    if (!situation.parentNode) choose.appendChild(situation);
    if (ctx.notice) {
      choose.insertBefore(el2("p", { className: "av-composer__notice", role: "alert", text: ctx.notice }), situation);
    }
    if (!ctx.template) return;
    choose.appendChild(channelChooser(S, ctx.state, ctx.data));
    choose.appendChild(templatePicker(S, ctx.state, ctx.data, ctx.links));
    var tone = toneChooser(S, ctx.data, ctx.template);
    if (tone) choose.appendChild(tone);
  }
  function buildForm(form, ctx) {
    var S = ctx.S;
    clear(form);
    if (!ctx.template) {
      form.appendChild(privacyFields(ctx.state));
      return timingFields(S, ctx.state, null);
    }
    var shared2 = S.sharedFields(ctx.data, ctx.template);
    [fieldGroup(ctx, "you", shared2), fieldGroup(ctx, "interview", shared2)].forEach(function(group) {
      if (group) form.appendChild(group);
    });
    form.appendChild(S.isPanel(ctx.template) ? panelFields(ctx) : recipientFields(ctx));
    var timing = timingFields(S, ctx.state, ctx.template);
    if (timing.fieldset) form.appendChild(timing.fieldset);
    form.appendChild(el2("p", { className: "av-composer__back" }, [
      el2("a", { href: "#av-output", "data-action": "to-note", "data-value": "0", text: "Back to your note" })
    ]));
    form.appendChild(privacyFields(ctx.state));
    return timing;
  }

  // docs/assets/javascripts/afterview/composer-note.js
  var composer_note_exports = {};
  __export(composer_note_exports, {
    askFirst: () => askFirst,
    closeAsk: () => closeAsk,
    create: () => create,
    fitHeight: () => fitHeight,
    update: () => update
  });

  // docs/assets/javascripts/afterview/send.js
  var CRLF = "\r\n";
  var HEX = "0123456789ABCDEF";
  var DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var QP_LINE_LIMIT = 76;
  var ICS_LINE_OCTETS = 75;
  var ENCODED_WORD_BYTES = 39;
  function withCrlf(text3) {
    return String(text3).replace(/\r\n?|\n/g, CRLF);
  }
  function utf8(text3) {
    return Array.prototype.slice.call(new TextEncoder().encode(text3));
  }
  function pad(number, width) {
    var text3 = String(number);
    while (text3.length < (width || 2)) text3 = "0" + text3;
    return text3;
  }
  function mailtoUrl(to, subject, body) {
    var address3 = encodeURIComponent((to || "").trim()).replace(/%40/g, "@");
    var query2 = [];
    if (subject) query2.push("subject=" + encodeURIComponent(subject));
    if (body) query2.push("body=" + encodeURIComponent(withCrlf(body)));
    return "mailto:" + address3 + (query2.length ? "?" + query2.join("&") : "");
  }
  function query(pairs) {
    return Object.keys(pairs).filter(function(key) {
      return pairs[key];
    }).map(function(key) {
      return key + "=" + encodeURIComponent(pairs[key]);
    }).join("&");
  }
  function gmailUrl(to, subject, body) {
    return "https://mail.google.com/mail/?" + query({
      view: "cm",
      fs: "1",
      to: (to || "").trim(),
      su: subject,
      body
    });
  }
  function outlookUrl(to, subject, body) {
    return "https://outlook.office.com/mail/deeplink/compose?" + query({
      to: (to || "").trim(),
      subject,
      body
    });
  }
  function isAscii(text3) {
    return /^[\x20-\x7e]*$/.test(text3);
  }
  function utf8Chunks(text3, limit) {
    var chunks = [];
    var current = "";
    var size = 0;
    Array.from(text3).forEach(function(character) {
      var bytes = new TextEncoder().encode(character).length;
      if (size + bytes > limit && current) {
        chunks.push(current);
        current = "";
        size = 0;
      }
      current += character;
      size += bytes;
    });
    if (current) chunks.push(current);
    return chunks;
  }
  function base64(text3) {
    var binary = "";
    utf8(text3).forEach(function(byte) {
      binary += String.fromCharCode(byte);
    });
    return btoa(binary);
  }
  function headerValue(text3) {
    var flat = String(text3).replace(/[\r\n]+/g, " ");
    if (isAscii(flat) && flat.length <= 900) return flat;
    return utf8Chunks(flat, ENCODED_WORD_BYTES).map(function(chunk) {
      return "=?UTF-8?B?" + base64(chunk) + "?=";
    }).join(CRLF + " ");
  }
  function qpLine(line) {
    var tokens = utf8(line).map(function(byte, index, bytes) {
      var last = index === bytes.length - 1;
      var plain = byte >= 33 && byte <= 126 && byte !== 61 || (byte === 32 || byte === 9) && !last;
      return plain ? String.fromCharCode(byte) : "=" + HEX[byte >> 4] + HEX[byte & 15];
    });
    var lines = [];
    var current = "";
    tokens.forEach(function(token) {
      if (current.length + token.length > QP_LINE_LIMIT - 1) {
        lines.push(current + "=");
        current = "";
      }
      current += token;
    });
    lines.push(current);
    return lines.join(CRLF);
  }
  function quotedPrintable(text3) {
    return withCrlf(text3).split(CRLF).map(qpLine).join(CRLF);
  }
  function rfc5322Date(date) {
    var offset = -date.getTimezoneOffset();
    var sign = offset >= 0 ? "+" : "-";
    offset = Math.abs(offset);
    return DAYS[date.getDay()] + ", " + date.getDate() + " " + MONTHS[date.getMonth()] + " " + date.getFullYear() + " " + pad(date.getHours()) + ":" + pad(date.getMinutes()) + ":" + pad(date.getSeconds()) + " " + sign + pad(Math.floor(offset / 60)) + pad(offset % 60);
  }
  function address2(text3) {
    var flat = (text3 || "").replace(/[\r\n<>,;"]/g, "").trim();
    return flat;
  }
  function emlMessage(message) {
    var headers = [];
    var from = address2(message.from);
    var to = address2(message.to);
    if (from) headers.push("From: " + from);
    if (to) headers.push("To: " + to);
    headers.push("Subject: " + headerValue(message.subject || ""));
    headers.push("Date: " + rfc5322Date(message.date || /* @__PURE__ */ new Date()));
    headers.push("X-Unsent: 1");
    headers.push("MIME-Version: 1.0");
    headers.push("Content-Type: text/plain; charset=UTF-8");
    headers.push("Content-Transfer-Encoding: quoted-printable");
    return headers.join(CRLF) + CRLF + CRLF + quotedPrintable(message.body || "") + CRLF;
  }
  function icsText(text3) {
    return String(text3).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n?|\n/g, "\\n");
  }
  function foldLine(line) {
    var chunks = utf8Chunks(line, ICS_LINE_OCTETS);
    if (chunks.length <= 1) return line;
    var folded = [chunks[0]];
    utf8Chunks(chunks.slice(1).join(""), ICS_LINE_OCTETS - 1).forEach(function(chunk) {
      folded.push(" " + chunk);
    });
    return folded.join(CRLF);
  }
  function icsDate(date) {
    return date.getFullYear() + pad(date.getMonth() + 1) + pad(date.getDate());
  }
  function icsLocalTime(date) {
    return icsDate(date) + "T" + pad(date.getHours()) + pad(date.getMinutes()) + "00";
  }
  function icsUtc(date) {
    return date.getUTCFullYear() + pad(date.getUTCMonth() + 1) + pad(date.getUTCDate()) + "T" + pad(date.getUTCHours()) + pad(date.getUTCMinutes()) + pad(date.getUTCSeconds()) + "Z";
  }
  function icsEvent(event) {
    var lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Afterview//Composer//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "BEGIN:VEVENT",
      "UID:" + event.uid,
      "DTSTAMP:" + icsUtc(event.stamp || /* @__PURE__ */ new Date())
    ];
    if (event.allDay) {
      lines.push("DTSTART;VALUE=DATE:" + icsDate(event.start));
      lines.push("DTEND;VALUE=DATE:" + icsDate(new Date(
        event.start.getFullYear(),
        event.start.getMonth(),
        event.start.getDate() + 1
      )));
    } else {
      lines.push("DTSTART:" + icsLocalTime(event.start));
      lines.push("DURATION:PT15M");
    }
    lines.push("SUMMARY:" + icsText(event.summary));
    if (event.description) lines.push("DESCRIPTION:" + icsText(event.description));
    lines.push("TRANSP:TRANSPARENT");
    lines.push(
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "DESCRIPTION:" + icsText(event.summary),
      "TRIGGER:" + (event.allDay ? "PT9H" : "PT0M"),
      "END:VALARM"
    );
    lines.push("END:VEVENT", "END:VCALENDAR");
    return lines.map(foldLine).join(CRLF) + CRLF;
  }
  function shortHash(text3) {
    var hash = 2166136261;
    utf8(text3).forEach(function(byte) {
      hash ^= byte;
      hash = Math.imul(hash, 16777619) >>> 0;
    });
    return hash.toString(16);
  }
  function characterCount(text3) {
    return Array.from(String(text3)).length;
  }
  function shortVersion(text3) {
    var paragraphs = String(text3).trim().split(/\n[ \t]*\n+/);
    return paragraphs.map(function(paragraph, index) {
      if (index === 0 || index === paragraphs.length - 1) return paragraph.trim();
      var first = /^[\s\S]*?[.!?](?=\s|$)/.exec(paragraph.trim());
      return first ? first[0] : paragraph.trim();
    }).join("\n\n");
  }
  function fileName(text3, extension) {
    var base = String(text3).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
    return (base || "note") + "." + extension;
  }

  // docs/assets/javascripts/afterview/composer-note.js
  var el3 = el;
  var setText2 = setText;
  var MARKS = { passed: "✓", error: "✗", warning: "!", pending: "–" };
  var STATE_WORDS = { passed: ": done", error: ": to do", warning: ": worth a look", pending: ": not checked yet" };
  function button(action, index, text3, extra) {
    return el3("button", Object.assign({
      type: "button",
      className: "md-button",
      "data-action": action,
      "data-value": String(index),
      text: text3
    }, extra || {}));
  }
  function link(role, text3, external) {
    return el3("a", {
      className: "md-button",
      "data-role": role,
      href: "#",
      text: text3,
      target: external ? "_blank" : null,
      rel: external ? "noopener noreferrer" : null
    });
  }
  function create(template, index, canShare) {
    var channel = template.channel;
    var view = { index, channel };
    var textId = "av-note-" + index;
    view.heading = el3("h3", { className: "av-composer__note-title" });
    view.article = el3("article", { className: "av-composer__note", "data-note": String(index) }, [view.heading]);
    if (channel === "email") {
      view.subject = el3("div", {
        className: "av-composer__subjects",
        role: "radiogroup",
        "aria-labelledby": "av-subject-label-" + index,
        id: "av-subject-" + index
      });
      view.article.appendChild(el3("div", { className: "av-composer__field" }, [
        el3("p", { id: "av-subject-label-" + index, className: "av-composer__text-label", text: "Subject line" }),
        view.subject
      ]));
    }
    view.article.appendChild(el3("label", {
      for: textId,
      className: "av-composer__text-label",
      text: channel === "handwritten" ? "Card text: change any word" : "Note: change any word"
    }));
    view.text = el3("textarea", {
      id: textId,
      className: "av-composer__text",
      "data-role": "note-text",
      "data-note": String(index),
      spellcheck: "true",
      rows: "10",
      autocomplete: "off",
      lang: "en"
    });
    view.article.appendChild(view.text);
    view.edited = el3("p", { className: "av-composer__edited", hidden: true });
    view.article.appendChild(view.edited);
    if (channel === "linkedin") {
      view.count = el3("p", { className: "av-composer__count", "data-role": "count", "aria-live": "polite" });
      view.article.appendChild(view.count);
    }
    var actions = el3("div", { className: "av-composer__actions" }, [
      button("copy", index, "Copy note", { className: "md-button md-button--primary" })
    ]);
    if (channel === "email") {
      actions.appendChild(button("copy-subject", index, "Copy subject"));
      view.mailto = link("mailto", "Email app", false);
      view.gmail = link("gmail", "Gmail", true);
      view.outlook = link("outlook", "Outlook", true);
      actions.appendChild(view.mailto);
      actions.appendChild(view.gmail);
      actions.appendChild(view.outlook);
    }
    if (canShare) actions.appendChild(button("share", index, "Share…"));
    if (channel === "email") actions.appendChild(button("eml", index, "Download .eml"));
    if (channel === "handwritten") actions.appendChild(button("print", index, "Print this card"));
    view.actions = actions;
    view.fallback = el3("div", { className: "av-composer__fallback", hidden: true });
    view.confirm = el3("div", { className: "av-composer__confirm", hidden: true });
    view.article.appendChild(actions);
    view.article.appendChild(view.confirm);
    view.article.appendChild(view.fallback);
    view.summary = el3("p", { className: "av-composer__summary", "aria-live": "polite" });
    view.checklist = el3("ul", { className: "av-checklist", "aria-label": "Checklist" });
    view.article.appendChild(el3("div", { className: "av-composer__checks" }, [
      el3("h4", { text: "Checklist for the note as it stands" }),
      view.summary,
      view.checklist
    ]));
    return view;
  }
  function fitHeight(area) {
    area.style.height = "auto";
    area.style.height = area.scrollHeight + 2 + "px";
  }
  function showEdited(view, note, undo) {
    var box = view.edited;
    var key = note.edited ? note.stale ? "stale" : "edited" : undo ? "undo" : "";
    if (box.getAttribute("data-state") === key) return;
    box.setAttribute("data-state", key);
    clear(box);
    box.hidden = !key;
    if (key === "edited") {
      box.appendChild(document.createTextNode("Your own wording: it is what you copy and send. "));
      box.appendChild(button(
        "reset-note",
        view.index,
        "Start again from the fields",
        { className: "md-button av-composer__small" }
      ));
    } else if (key === "stale") {
      box.appendChild(document.createTextNode("The draft has changed since you edited this note (new details or another template), and your wording is kept as you left it. "));
      box.appendChild(button(
        "reset-note",
        view.index,
        "Start again from the fields",
        { className: "md-button av-composer__small" }
      ));
    } else if (key === "undo") {
      box.appendChild(document.createTextNode("The note is the draft from the fields again. "));
      box.appendChild(button(
        "undo-reset",
        view.index,
        "Bring back my wording",
        { className: "md-button av-composer__small" }
      ));
    }
  }
  function linkedinCount(view, text3, limits, short, connection) {
    var count = characterCount(text3);
    var words2 = count + " characters. ";
    var fits = count <= limits.connection_free ? "Fits a connection-request note (up to " + limits.connection_free + " on a free account) and a message." : count <= limits.connection ? "Fits a connection-request note with Premium (up to " + limits.connection + "); a free account allows " + limits.connection_free + ". Fits a message." : count <= limits.message ? "Too long for a connection-request note (" + limits.connection_free + " on a free account, " + limits.connection + " with Premium): send it as a message" + (connection || short ? ", or use the short version." : ".") : "Longer than a LinkedIn message allows (" + limits.message + ").";
    view.count.setAttribute("data-fits", count <= limits.connection_free ? "connection" : count <= limits.message ? "message" : "none");
    setText2(view.count, "");
    view.count.appendChild(document.createTextNode(words2 + fits));
    if (count <= limits.connection_free) return;
    view.count.appendChild(document.createTextNode(" "));
    if (connection) {
      view.count.appendChild(button("template", connection.id, "Use the short version: the connection-request note", { className: "md-button av-composer__small" }));
    } else if (short && short !== text3) {
      view.count.appendChild(button("short-version", view.index, "Use the short version (" + characterCount(short) + " characters)", { className: "md-button av-composer__small" }));
    }
  }
  function things(count, what) {
    return count + " thing" + (count > 1 ? "s" : "") + " " + what;
  }
  function verdictText(verdict2) {
    var aloud = " Read it aloud once before you send it: no check hears how it sounds.";
    if (verdict2.state === "empty") return "Fill in the details: the checklist then checks the note as it stands.";
    if (verdict2.state === "checking") return "Checking…";
    if (verdict2.state === "ready") {
      return "Ready to send. Checked in the note as it stands now: it thanks them, recalls one real moment, says you are still keen and is signed, with no blank left and nothing to fix." + aloud;
    }
    if (verdict2.state === "look") {
      return "Almost ready: checked in the note as it stands now, " + things(verdict2.toLook, "worth a look") + " below." + aloud;
    }
    return things(verdict2.toFix, "to fix") + (verdict2.toLook ? " and " + things(verdict2.toLook, "worth a look") : "") + " before you send, checked in the note as it stands now.";
  }
  function whyLink(pointsHref, point) {
    if (!pointsHref || !point) return null;
    return el3("a", { href: pointsHref.replace(/#.*$/, "") + "#point-" + point, text: "Why?" });
  }
  function updateChecklist(view, note, pointsHref) {
    var list = view.checklist;
    var items = note.checklist;
    if (list.getAttribute("data-codes") !== items.map(function(i) {
      return i.code;
    }).join()) {
      list.setAttribute("data-codes", items.map(function(i) {
        return i.code;
      }).join());
      clear(list);
      items.forEach(function(item) {
        list.appendChild(el3("li", { "data-code": item.code }, [
          el3("span", { className: "av-checklist__mark", "aria-hidden": "true" }),
          el3("span", { className: "av-checklist__label", text: item.label }),
          el3("span", { className: "av-visually-hidden av-checklist__state" }),
          el3("span", { className: "av-checklist__why" })
        ]));
      });
    }
    items.forEach(function(item, i) {
      var li = list.children[i];
      var state = item.pending ? "pending" : item.passed ? "passed" : item.severity;
      if (li.getAttribute("data-state") !== state) li.setAttribute("data-state", state);
      setText2(li.children[0], MARKS[state]);
      setText2(li.children[2], STATE_WORDS[state]);
      var why = li.children[3];
      if (why.getAttribute("data-detail") === item.detail) return;
      why.setAttribute("data-detail", item.detail);
      clear(why);
      if (!item.detail) return;
      why.appendChild(document.createTextNode(item.detail + " "));
      var more = whyLink(pointsHref, item.point);
      if (more) why.appendChild(more);
    });
    setText2(view.summary, verdictText(note.verdict));
    view.summary.setAttribute("data-ready", String(note.verdict.ready));
    view.summary.setAttribute("data-verdict", note.verdict.state);
  }
  function updateSubjects(view, note, subjectIndex) {
    var group = view.subject;
    var chosen = Math.min(subjectIndex, note.subjects.length - 1);
    var key = note.subjects.join("\n");
    if (group.getAttribute("data-subjects") !== key) {
      group.setAttribute("data-subjects", key);
      clear(group);
      note.subjects.forEach(function(subject, i) {
        var id = "av-subject-" + view.index + "-" + i;
        group.appendChild(el3("div", { className: "av-composer__check" }, [
          el3("input", {
            type: "radio",
            id,
            name: "av-subject-" + view.index,
            value: String(i),
            "data-role": "subject"
          }),
          el3("label", { for: id, text: subject })
        ]));
      });
    }
    Array.prototype.forEach.call(group.querySelectorAll("input"), function(radio, i) {
      radio.checked = i === chosen;
    });
  }
  function update(view, note, options) {
    setText2(view.heading, options.heading);
    if (view.subject) updateSubjects(view, note, options.subjectIndex);
    if (view.text.value !== note.text) {
      view.text.value = note.text;
      fitHeight(view.text);
    } else if (!view.text.style.height) {
      fitHeight(view.text);
    }
    showEdited(view, note, options.undo);
    var subject = note.subject || "";
    if (view.mailto) view.mailto.setAttribute("href", mailtoUrl(note.to, subject, note.text));
    if (view.gmail) view.gmail.setAttribute("href", gmailUrl(note.to, subject, note.text));
    if (view.outlook) view.outlook.setAttribute("href", outlookUrl(note.to, subject, note.text));
    if (view.count) linkedinCount(view, note.text, options.limits, shortVersion(note.text), options.connection);
    updateChecklist(view, note, options.pointsHref);
  }
  function askFirst(view, blanks2, action, what) {
    var box = clear(view.confirm);
    box.hidden = false;
    box.appendChild(el3("p", { text: "Your note still has " + (blanks2.length > 1 ? "blanks" : "a blank") + ": " + blanks2.join(", ") + ". Fill " + (blanks2.length > 1 ? "them" : "it") + " in first, or go ahead if you will fix " + (blanks2.length > 1 ? "them" : "it") + " before it reaches them." }));
    var go = button("confirm-" + action, view.index, what + " anyway", { className: "md-button av-composer__small" });
    box.appendChild(go);
    box.appendChild(button("confirm-cancel", view.index, "Fill it in first", { className: "md-button av-composer__small" }));
    go.focus();
  }
  function closeAsk(view) {
    view.confirm.hidden = true;
    clear(view.confirm);
  }

  // docs/assets/javascripts/afterview/composer-state.js
  var composer_state_exports = {};
  __export(composer_state_exports, {
    STORAGE_KEY: () => STORAGE_KEY,
    addPerson: () => addPerson,
    blanks: () => blanks,
    channels: () => channels,
    channelsFor: () => channelsFor,
    choices: () => choices,
    connectionTemplate: () => connectionTemplate,
    coordinatorTemplate: () => coordinatorTemplate,
    editNote: () => editNote,
    fieldInfo: () => fieldInfo2,
    findTemplate: () => findTemplate,
    hasEdits: () => hasEdits,
    hasWork: () => hasWork,
    initial: () => initial,
    isPanel: () => isPanel,
    nearIdentical: () => nearIdentical,
    notes: () => notes,
    personFields: () => personFields,
    removePerson: () => removePerson,
    resetNote: () => resetNote,
    restore: () => restore,
    restoreEdit: () => restoreEdit,
    selectChannel: () => selectChannel,
    selectChoice: () => selectChoice,
    selectTemplate: () => selectTemplate,
    serialize: () => serialize,
    sharedFields: () => sharedFields,
    templatesFor: () => templatesFor,
    toneFamily: () => toneFamily,
    usedFields: () => usedFields,
    valuesFor: () => valuesFor,
    verdict: () => verdict,
    wordSimilarity: () => wordSimilarity
  });
  var STORAGE_KEY = "afterview.composer.v1";
  var NEAR_IDENTICAL = 0.9;
  var PANEL_START = 2;
  var BLANK = /\[[^\]\n]{1,40}\]/g;
  var STAGE_NAMES = {
    "after-interview": "After an interview or a talk",
    "networking": "Meeting people",
    "waiting": "Waiting to hear",
    "after-decision": "After a decision"
  };
  var DEPENDS_ON = {
    "generic-greeting": ["recipient_name"],
    "greeting-name": ["recipient_name"],
    "right-company": ["company"],
    "email-signature": ["sender_name"],
    "signature": ["sender_name"]
  };
  var OPTIONAL_SIGNATURE_PARTS = { "LinkedIn link": "sender_linkedin" };
  var FIELD_PATTERN = /\{([a-z_]+)\}/g;
  function channels(data3) {
    return data3.channels.map(function(id) {
      return { id, label: data3.channelNames[id] || id };
    });
  }
  function fieldInfo2(data3, name) {
    var all = data3.fields.concat(data3.addressFields || []);
    for (var i = 0; i < all.length; i++) if (all[i].name === name) return all[i];
    return { name, label: name, hint: "", group: "interview", autocomplete: "off", multiline: false };
  }
  function marker2(data3, name) {
    return "[" + fieldInfo2(data3, name).label + "]";
  }
  function choices(data3) {
    return data3.composer.situations.map(function(situation) {
      var first = data3.templates.filter(function(t) {
        return t.situation === situation.id;
      })[0];
      var stage = first ? first.stage : "";
      return { id: situation.id, label: situation.label, stage, stageLabel: STAGE_NAMES[stage] || "Other" };
    });
  }
  function choiceFor(template) {
    return template ? template.situation : null;
  }
  function inChoice(template, choiceId) {
    return template.situation === choiceId;
  }
  function findTemplate(data3, id) {
    for (var i = 0; i < data3.templates.length; i++) {
      if (data3.templates[i].id === id) return data3.templates[i];
    }
    return null;
  }
  function channelsFor(data3, choiceId) {
    return channels(data3).filter(function(channel) {
      return data3.templates.some(function(t) {
        return t.channel === channel.id && inChoice(t, choiceId);
      });
    });
  }
  function templatesFor(data3, choiceId, channel) {
    return data3.templates.filter(function(t) {
      return t.channel === channel && inChoice(t, choiceId);
    });
  }
  function toneFamily(data3, template) {
    if (!template.tone) return [];
    var members = data3.templates.filter(function(t) {
      return t.tone && t.situation === template.situation && t.channel === template.channel && t.kind === template.kind;
    });
    return members.length > 1 ? members : [];
  }
  function isPanel(template) {
    return Boolean(template && template.variants && template.variants.length);
  }
  function fieldsIn(texts) {
    var names = [];
    texts.join("\n").replace(FIELD_PATTERN, function(whole, name) {
      if (names.indexOf(name) < 0) names.push(name);
      return whole;
    });
    return names;
  }
  function usedFields(template) {
    if (Array.isArray(template.fields) && template.fields.length) return template.fields.slice();
    var texts = Object.keys(template.parts).map(function(part) {
      return template.parts[part];
    });
    (template.variants || []).forEach(function(variant) {
      Object.keys(variant).forEach(function(part) {
        texts.push(variant[part]);
      });
    });
    return fieldsIn(texts.concat(template.subjects || []));
  }
  function elementFields(template, element) {
    return fieldsIn([template.parts[element] || ""].concat((template.variants || []).map(function(variant) {
      return variant[element] || "";
    })));
  }
  function personFields(data3, template) {
    var used = usedFields(template);
    return data3.personFields.filter(function(name) {
      return used.indexOf(name) >= 0 || name === "recipient_email" && template.channel === "email";
    });
  }
  function sharedFields(data3, template) {
    return usedFields(template).filter(function(name) {
      return data3.personFields.indexOf(name) < 0;
    });
  }
  function emptyPerson(data3) {
    var person = {};
    data3.personFields.forEach(function(name) {
      person[name] = "";
    });
    return person;
  }
  function initial(data3, templateId) {
    var state = {
      choice: null,
      channel: null,
      templateId: null,
      values: {},
      people: [emptyPerson(data3)],
      edits: [null],
      interviewDate: "",
      interviewTime: "",
      decisionDate: "",
      subjectIndex: 0,
      remember: false,
      auto: {}
    };
    if (findTemplate(data3, templateId)) selectTemplate(state, data3, templateId);
    return state;
  }
  function hasWork(state) {
    var typed = function(values) {
      return Object.keys(values).some(function(name) {
        return String(values[name] || "").trim();
      });
    };
    return typed(state.values) || state.people.some(typed) || Boolean(state.interviewDate || state.decisionDate) || hasEdits(state);
  }
  function hasEdits(state) {
    return state.edits.some(Boolean);
  }
  function selectTemplate(state, data3, id) {
    var template = findTemplate(data3, id);
    if (!template) return state;
    state.templateId = template.id;
    state.choice = choiceFor(template);
    state.channel = template.channel;
    state.subjectIndex = 0;
    if (isPanel(template)) {
      while (state.people.length < PANEL_START) addPerson(state, data3);
    }
    return state;
  }
  function selectChoice(state, data3, choiceId) {
    var ids = channelsFor(data3, choiceId).map(function(c) {
      return c.id;
    });
    var channel = ids.indexOf(state.channel) >= 0 ? state.channel : ids[0];
    var list = templatesFor(data3, choiceId, channel);
    if (list.length) selectTemplate(state, data3, list[0].id);
    state.choice = choiceId;
    return state;
  }
  function selectChannel(state, data3, channel) {
    var list = templatesFor(data3, state.choice, channel);
    if (list.length) selectTemplate(state, data3, list[0].id);
    return state;
  }
  function connectionTemplate(data3, template) {
    if (template.kind === "connection-request") return null;
    return data3.templates.filter(function(t) {
      return t.situation === template.situation && t.channel === "linkedin" && t.kind === "connection-request";
    })[0] || null;
  }
  function addPerson(state, data3) {
    state.people.push(emptyPerson(data3));
    state.edits.push(null);
    return state;
  }
  function removePerson(state, index) {
    if (state.people.length > 1) {
      state.people.splice(index, 1);
      state.edits.splice(index, 1);
    }
    return state;
  }
  function editNote(state, index, text3, base) {
    var previous = state.edits[index];
    state.edits[index] = { text: text3, base: previous ? previous.base : base };
    return state;
  }
  function resetNote(state, index) {
    var dropped = state.edits[index] || null;
    state.edits[index] = null;
    return dropped;
  }
  function restoreEdit(state, index, edit) {
    state.edits[index] = edit;
    return state;
  }
  function valuesFor(state, data3, index) {
    var values = {};
    Object.keys(state.values).forEach(function(name) {
      values[name] = state.values[name];
    });
    var person = state.people[index] || state.people[0];
    data3.personFields.forEach(function(name) {
      values[name] = person[name] || "";
    });
    return values;
  }
  function appliesTo(rule, channel, kind) {
    return rule.channels.indexOf(channel) >= 0 && (!rule.kinds.length || rule.kinds.indexOf(kind) >= 0);
  }
  function blanks(data3, template, text3) {
    return usedFields(template).concat(data3.personFields).filter(function(name, i, all) {
      return all.indexOf(name) === i && text3.indexOf(marker2(data3, name)) >= 0;
    }).map(function(name) {
      return fieldInfo2(data3, name).label;
    });
  }
  function listWords(items) {
    if (items.length < 2) return items.join("");
    return items.slice(0, -1).join(", ") + " and " + items[items.length - 1];
  }
  function blankMarkers(text3) {
    return String(text3).match(BLANK) || [];
  }
  function onlyOptionalMissing(finding, values) {
    var missing = /missing ([^"]+)"/.exec(finding.message);
    if (!missing) return false;
    return missing[1].split(", ").every(function(part) {
      var field = OPTIONAL_SIGNATURE_PARTS[part];
      return field && !String(values[field] || "").trim();
    });
  }
  function checklist(data3, template, text3, result, values, untouched) {
    var missing = blanks(data3, template, text3);
    return data3.rules.filter(function(rule) {
      return rule.target === "draft" && appliesTo(rule, template.channel, template.kind);
    }).map(function(rule) {
      var findings = result.findings.filter(function(f) {
        return f.code === rule.code && !(rule.check === "signature-contact" && onlyOptionalMissing(f, values));
      });
      var severity = findings.some(function(f) {
        return f.severity === "error";
      }) ? "error" : findings.length ? findings[0].severity : rule.severity;
      var item = {
        code: rule.code,
        label: rule.checklistLabel || rule.message,
        severity,
        element: rule.check === "element" ? rule.element : null,
        point: rule.point,
        passed: true,
        detail: "",
        pending: false
      };
      if (item.element) {
        var blank = elementFields(template, item.element).filter(function(name) {
          return text3.indexOf(marker2(data3, name)) >= 0;
        }).map(function(name) {
          return fieldInfo2(data3, name).label;
        });
        item.passed = Boolean(result.elements[item.element]) && !blank.length;
        item.detail = blank.length ? "Still blank: " + listWords(blank) + "." : item.passed ? "" : "The note " + rule.message + ". " + rule.fix;
      } else if (rule.check === "forbid" && rule.name === "placeholder") {
        item.passed = !findings.length && !missing.length && !blankMarkers(text3).length;
        item.detail = missing.length ? "Still to fill in: " + listWords(missing) + "." : findings.length ? "The note " + findings[0].message + ". " + rule.fix : item.passed ? "" : "Still to fill in: " + listWords(blankMarkers(text3)) + ".";
      } else {
        item.passed = !findings.length;
        item.detail = item.passed ? "" : "The note " + findings[0].message + ". " + rule.fix;
      }
      var waitsFor = (DEPENDS_ON[rule.name] || []).some(function(name) {
        return text3.indexOf(marker2(data3, name)) >= 0;
      });
      if (item.passed && (untouched || waitsFor)) item.pending = true;
      return item;
    });
  }
  function verdict(items, untouched) {
    var toFix = items.filter(function(item) {
      return !item.passed && item.severity === "error";
    }).length;
    var toLook = items.filter(function(item) {
      return !item.passed && item.severity !== "error";
    }).length;
    var state = untouched ? "empty" : toFix ? "fix" : toLook ? "look" : "ready";
    return { state, toFix, toLook, ready: state === "ready" };
  }
  var CHECKING = { state: "checking", toFix: 0, toLook: 0, ready: false };
  function notes(state, data3, api, today, readingDay2) {
    var template = findTemplate(data3, state.templateId);
    if (!template) return [];
    var count = isPanel(template) ? state.people.length : 1;
    var untouched = !hasWork(state);
    var result = [];
    for (var index = 0; index < count; index++) {
      var values = valuesFor(state, data3, index);
      var readOn = api.readingDay ? api.readingDay(template.channel, today, readingDay2) : readingDay2;
      var rendered = api.render(template, values, index, today, readOn);
      var subjects = rendered.subjects || [];
      var subject = subjects.length ? subjects[Math.min(state.subjectIndex, subjects.length - 1)] : null;
      var edit = state.edits[index] || null;
      var text3 = edit ? edit.text : rendered.body;
      var context = { kind: template.kind, recipients: values.recipient_name ? [values.recipient_name] : [] };
      if (subject !== null) context.subject = subject;
      if ((values.company || "").trim()) context.company = values.company.trim();
      if (template.kind === "connection-request") context.linkedin_format = "connection";
      var check2 = api.check(text3, template.channel, context);
      var items = check2 ? checklist(data3, template, text3, check2, values, untouched) : [];
      var judged = check2 ? verdict(items, untouched) : CHECKING;
      result.push({
        index,
        recipientName: values.recipient_name,
        to: values.recipient_email,
        subjects,
        subject,
        draft: rendered.body,
        text: text3,
        edited: Boolean(edit),
        stale: Boolean(edit) && edit.base !== rendered.body,
        check: check2,
        checklist: items,
        verdict: judged,
        highlight: values.highlight || "",
        blanks: blankMarkers(text3),
        toDo: judged.toFix
      });
    }
    return result;
  }
  function words(text3) {
    return String(text3).toLowerCase().match(/[\p{L}\p{N}']+/gu) || [];
  }
  function wordSimilarity(a, b, ignored) {
    var skip = {};
    (ignored || []).forEach(function(word) {
      skip[word] = true;
    });
    function counts(text3) {
      var table = {};
      words(text3).forEach(function(word) {
        if (!skip[word]) table[word] = (table[word] || 0) + 1;
      });
      return table;
    }
    var left = counts(a);
    var right = counts(b);
    var shared2 = 0;
    var total = 0;
    Object.keys(left).concat(Object.keys(right)).forEach(function(word, i, all) {
      if (all.indexOf(word) !== i) return;
      shared2 += Math.min(left[word] || 0, right[word] || 0);
      total += Math.max(left[word] || 0, right[word] || 0);
    });
    return total ? shared2 / total : 1;
  }
  function without(text3, part) {
    var trimmed = part.trim();
    return trimmed ? text3.split(trimmed).join(" ") : text3;
  }
  function nearIdentical(state, noteList, titles) {
    if (noteList.length < 2) return [];
    var names = [];
    titles = titles || [];
    state.people.forEach(function(person) {
      words(person.recipient_name).forEach(function(word) {
        if (titles.indexOf(word) < 0) names.push(word);
      });
    });
    var pairs = [];
    for (var i = 0; i < noteList.length; i++) {
      for (var j = i + 1; j < noteList.length; j++) {
        var a = noteList[i];
        var b = noteList[j];
        var moments = a.highlight.trim() && b.highlight.trim();
        var sameMoment = Boolean(moments) && wordSimilarity(a.highlight, b.highlight, names) >= NEAR_IDENTICAL;
        var wording = wordSimilarity(without(a.text, a.highlight), without(b.text, b.highlight), names);
        if (sameMoment || wording >= NEAR_IDENTICAL) {
          pairs.push({
            first: i,
            second: j,
            sameMoment,
            sameWording: wording >= NEAR_IDENTICAL,
            wording
          });
        }
      }
    }
    return pairs;
  }
  function coordinatorTemplate(data3, channel) {
    var group = data3.templates.filter(function(t) {
      return t.situation === "group";
    });
    return group.filter(function(t) {
      return t.channel === channel;
    })[0] || group[0] || null;
  }
  function serialize(state) {
    return JSON.stringify({
      templateId: state.templateId,
      values: state.values,
      people: state.people,
      edits: state.edits,
      interviewDate: state.interviewDate,
      interviewTime: state.interviewTime,
      decisionDate: state.decisionDate,
      subjectIndex: state.subjectIndex,
      auto: state.auto,
      remember: state.remember
    });
  }
  function text2(value) {
    return typeof value === "string" ? value : "";
  }
  function restore(data3, json) {
    var saved;
    try {
      saved = JSON.parse(json);
    } catch (error) {
      return null;
    }
    if (!saved || typeof saved !== "object") return null;
    var state = initial(data3, text2(saved.templateId));
    var values = saved.values && typeof saved.values === "object" ? saved.values : {};
    Object.keys(values).forEach(function(name) {
      state.values[name] = text2(values[name]);
    });
    if (Array.isArray(saved.people) && saved.people.length) {
      state.people = saved.people.map(function(person) {
        var clean = emptyPerson(data3);
        Object.keys(clean).forEach(function(name) {
          clean[name] = text2(person && person[name]);
        });
        return clean;
      });
    }
    var edits = Array.isArray(saved.edits) ? saved.edits : [];
    state.edits = state.people.map(function(person, index) {
      var edit = edits[index];
      return edit && typeof edit.text === "string" ? { text: edit.text, base: text2(edit.base) } : null;
    });
    state.interviewDate = text2(saved.interviewDate);
    state.interviewTime = text2(saved.interviewTime);
    state.decisionDate = text2(saved.decisionDate);
    state.subjectIndex = typeof saved.subjectIndex === "number" ? saved.subjectIndex : 0;
    state.auto = saved.auto && typeof saved.auto === "object" ? saved.auto : {};
    state.remember = saved.remember === true;
    return state;
  }

  // docs/assets/javascripts/afterview/timing.js
  var timing_exports = {};
  __export(timing_exports, {
    addBusinessDays: () => addBusinessDays,
    decisionDayText: () => decisionDayText,
    followUpPlan: () => followUpPlan,
    formatDay: () => formatDay,
    formatMoment: () => formatMoment,
    isoDate: () => isoDate,
    parseLocal: () => parseLocal,
    sendAdvice: () => sendAdvice,
    sendWindow: () => sendWindow,
    writingReminder: () => writingReminder
  });
  var MINUTE = 60 * 1e3;
  var HOUR = 60 * MINUTE;
  var WRITE_AFTER_HOURS = 3;
  var WRITE_BEFORE_DEADLINE_HOURS = 3;
  var DAY_STARTS_HOUR = 8;
  var DAY_ENDS_HOUR = 22;
  var WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  var MONTHS2 = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  ];
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
    return new Date(
      date.getFullYear(),
      date.getMonth(),
      date.getDate() + days,
      date.getHours(),
      date.getMinutes()
    );
  }
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
  function parseLocal(dateValue, timeValue) {
    var d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateValue || "");
    if (!d) return null;
    var t = /^(\d{2}):(\d{2})/.exec(timeValue || "") || [null, "12", "00"];
    var result = new Date(+d[1], +d[2] - 1, +d[3], +t[1], +t[2]);
    return isNaN(result.getTime()) ? null : result;
  }
  function pad2(number) {
    return (number < 10 ? "0" : "") + number;
  }
  function formatDay(date) {
    return WEEKDAYS[date.getDay()] + ", " + MONTHS2[date.getMonth()] + " " + date.getDate();
  }
  function formatTime(date) {
    return pad2(date.getHours()) + ":" + pad2(date.getMinutes());
  }
  function formatMoment(date) {
    return formatDay(date) + " at " + formatTime(date);
  }
  function decisionDayText(decision) {
    return "by " + formatDay(decision);
  }
  function sendWindow(interview) {
    var r = rules();
    var sendBy = new Date(interview.getTime() + r.send_within_hours * HOUR);
    var friday = interview.getDay() === 5;
    if (!isWeekend(sendBy) && !friday && !isWeekend(interview)) return { sendBy, alternative: null };
    var evening = atHour(interview, r.friday_evening_ends_hour);
    return {
      sendBy: friday && interview < evening ? evening : null,
      alternative: atHour(nextWeekday(interview, 1), r.monday_morning_hour)
    };
  }
  function lateFrom(interview, due) {
    var late = addDays(startOfDay(interview), rules().late_from_day - 1);
    var afterMonday = due.alternative ? addDays(startOfDay(due.alternative), 1) : late;
    return afterMonday > late ? afterMonday : late;
  }
  function sendAdvice(interview, now) {
    var r = rules();
    var due = sendWindow(interview);
    var sendBy = due.sendBy;
    var alternative = due.alternative;
    var when = !alternative ? "Send it by " + formatMoment(sendBy) + ", within a day of the interview." : sendBy ? "Send it this evening (by " + formatTime(sendBy) + ") or schedule it for Monday morning (" + formatDay(alternative) + "): either is fine, as long as you write it while you remember the talk." : "Write it now and schedule it for Monday morning (" + formatDay(alternative) + "): over the weekend it would sit under other mail.";
    var advice = { sendBy, alternative, readingDay: null };
    var minutesSince = (now - interview) / MINUTE;
    if (minutesSince < 0) {
      advice.state = "upcoming";
      advice.message = "Your interview is still ahead: write the note afterwards, while it is fresh. " + when;
    } else if (minutesSince < r.too_soon_minutes) {
      advice.state = "too-soon";
      advice.message = "Too soon: wait until you are home. A note that arrives minutes after you leave reads as automatic; write it calmly later. " + when;
    } else if (alternative && (!sendBy || now > sendBy) && now < alternative) {
      advice.state = "weekend-wait";
      advice.readingDay = alternative;
      advice.message = "Write it now if you like, then schedule it for Monday morning (" + formatDay(alternative) + "). The note below is worded for that day, so “today” and “yesterday” read right when it arrives.";
    } else if (now >= lateFrom(interview, due)) {
      advice.state = "late";
      advice.message = "A few days have passed. Send it today anyway: a late thank-you is better than none, and there is no need to apologize for the delay.";
    } else {
      advice.state = "now";
      advice.message = sendBy && now > sendBy ? "Send it today: a note the day after the interview is still right on time." : "A good time to write it. " + when;
    }
    return advice;
  }
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
  function followUpPlan(decision, delay) {
    delay = delay || rules().first_follow_up_working_days;
    var first = addBusinessDays(decision, delay);
    var second = addBusinessDays(first, rules().second_follow_up_working_days);
    return [
      {
        id: "first-follow-up",
        date: first,
        template: "follow-up-no-reply-first",
        title: "First follow-up",
        text: "If you have heard nothing, send a short, polite follow-up (" + delay + " working day" + (delay === 1 ? "" : "s") + " after their date)."
      },
      {
        id: "second-follow-up",
        date: second,
        template: "follow-up-no-reply-final",
        title: "Second and last follow-up",
        text: "Still no reply: send one last brief note, then turn your energy to other applications."
      }
    ];
  }
  function isoDate(date) {
    return date.getFullYear() + "-" + pad2(date.getMonth() + 1) + "-" + pad2(date.getDate());
  }

  // docs/assets/javascripts/afterview/composer.js
  var ROOT_ID = "av-composer";
  var STATUS_SHOWN_MS = 6e3;
  var el4 = el;
  var setText3 = setText;
  function Composer(root, data3) {
    this.root = root;
    this.data = data3;
    this.S = composer_state_exports;
    this.Form = composer_form_exports;
    this.Note = composer_note_exports;
    this.api = {
      render,
      readingDay,
      check: function() {
        return checkerReady() ? check.apply(null, arguments) : null;
      }
    };
    this.now = function() {
      return /* @__PURE__ */ new Date();
    };
    this.canShare = typeof navigator.share === "function";
    this.noteViews = [];
    this.notes = [];
    this.undo = {};
    this.pending = null;
    this.links = { points: this.linkHref("av-points-link"), templates: this.linkHref("av-templates-link") };
    this.linkedinLimits = (data3.rules.filter(function(rule) {
      return rule.name === "linkedin-length";
    })[0] || { limits: {} }).limits;
    var requested = new URLSearchParams(window.location.search).get("template");
    var known = Boolean(requested && this.S.findTemplate(data3, requested));
    this.state = this.loadSaved() || this.S.initial(data3, known ? requested : null);
    if (known && this.state.templateId !== requested) {
      if (this.S.hasEdits(this.state)) this.offerSwitch(requested);
      else this.S.selectTemplate(this.state, data3, requested);
    }
    if (this.state.interviewDate) this.onDate("interview-date", this.state.interviewDate);
    this.notice = requested && !known ? "There is no template called “" + requested + "” (the link may be old or mistyped). Choose what happened below to find the right note." : "";
    this.build();
  }
  Composer.prototype.today = function() {
    return stamp(this.now());
  };
  function stamp(date) {
    var hour = String(date.getHours()).padStart(2, "0") + ":" + String(date.getMinutes()).padStart(2, "0");
    return isoDate(date) + "T" + hour;
  }
  Composer.prototype.linkHref = function(id) {
    var link2 = document.getElementById(id);
    return link2 ? link2.getAttribute("href") : null;
  };
  Composer.prototype.template = function() {
    return this.S.findTemplate(this.data, this.state.templateId);
  };
  function storages() {
    try {
      return { tab: window.sessionStorage, device: window.localStorage };
    } catch (error) {
      return { tab: null, device: null };
    }
  }
  Composer.prototype.loadSaved = function() {
    var stores = storages();
    var S = this.S;
    var data3 = this.data;
    function read(store) {
      try {
        var saved = store && store.getItem(S.STORAGE_KEY);
        return saved ? S.restore(data3, saved) : null;
      } catch (error) {
        return null;
      }
    }
    var device = read(stores.device);
    if (device) device.remember = true;
    return read(stores.tab) || device;
  };
  Composer.prototype.persist = function() {
    var stores = storages();
    var key = this.S.STORAGE_KEY;
    try {
      var saved = this.S.serialize(this.state);
      stores.tab.setItem(key, saved);
      if (this.state.remember) stores.device.setItem(key, saved);
      else stores.device.removeItem(key);
    } catch (error) {
      this.announce("This browser does not let the page keep your details: copy your note before you leave.");
    }
  };
  Composer.prototype.build = function() {
    var root = clear(this.root);
    this.status = el4("p", { className: "av-composer__status", role: "status", "aria-live": "polite" });
    this.choose = el4("div", { className: "av-composer__choose" });
    this.form = el4("form", { className: "av-composer__form", "aria-label": "Your details", novalidate: true });
    this.output = el4("section", {
      className: "av-composer__output",
      id: "av-output",
      "aria-labelledby": "av-output-title"
    });
    root.appendChild(this.choose);
    root.appendChild(el4("div", { className: "av-composer__layout" }, [this.output, this.form]));
    root.appendChild(this.status);
    this.form.addEventListener("submit", function(event) {
      event.preventDefault();
    });
    root.addEventListener("input", this.onInput.bind(this));
    root.addEventListener("change", this.onChange.bind(this));
    root.addEventListener("click", this.onClick.bind(this));
    window.addEventListener("afterprint", function() {
      document.documentElement.classList.remove("av-printing");
      var sheet = document.getElementById("av-print-sheet");
      if (sheet) sheet.parentNode.removeChild(sheet);
    });
    window.addEventListener("pagehide", this.persist.bind(this));
    this.buildForm();
    this.refresh();
  };
  Composer.prototype.buildForm = function() {
    var template = this.template();
    var ctx = {
      S: this.S,
      data: this.data,
      state: this.state,
      template,
      links: this.links,
      notice: this.notice
    };
    this.Form.buildChooser(this.choose, ctx);
    this.timing = this.Form.build(this.form, ctx);
    var output = clear(this.output);
    var panel = this.S.isPanel(template);
    output.appendChild(el4("h2", { id: "av-output-title", tabindex: "-1", text: panel ? "Your notes" : "Your note" }));
    this.switchBox = el4("div", { className: "admonition info av-composer__switch", hidden: true });
    output.appendChild(this.switchBox);
    this.warning = el4("div", { className: "admonition warning av-composer__warning", hidden: true });
    output.appendChild(this.warning);
    this.notesNode = el4("div", { className: "av-composer__notes" });
    output.appendChild(this.notesNode);
    if (!template) {
      this.notesNode.appendChild(el4("p", { className: "av-composer__empty", text: "Choose what happened above, and your note appears here, ready to make your own." }));
    }
    this.noteViews = [];
    this.notes = [];
    this.showSwitch();
  };
  Composer.prototype.refresh = function() {
    var template = this.template();
    if (!template || !template.parts) return;
    this.updateAdvice();
    this.notes = this.S.notes(this.state, this.data, this.api, this.today(), this.readingDay());
    if (this.noteViews.length !== this.notes.length) {
      clear(this.notesNode);
      this.noteViews = this.notes.map(function(note) {
        var view = this.Note.create(template, note.index, this.canShare);
        this.notesNode.appendChild(view.article);
        return view;
      }, this);
    }
    var panel = this.notes.length > 1 || this.S.isPanel(template);
    var connection = template.channel === "linkedin" ? this.S.connectionTemplate(this.data, template) : null;
    this.notes.forEach(function(note, i) {
      var name = note.recipientName && note.recipientName.trim();
      this.Note.update(this.noteViews[i], note, {
        heading: panel ? "Note " + (i + 1) + " of " + this.notes.length + (name ? ": to " + name : "") : template.title,
        subjectIndex: this.state.subjectIndex,
        undo: this.undo[i],
        pointsHref: this.links.points,
        limits: this.linkedinLimits,
        connection
      });
    }, this);
    this.updateWarning();
    this.updateSuggestions();
    this.updateTiming();
  };
  Composer.prototype.readingDay = function() {
    var day = this.advice && this.advice.readingDay;
    return day ? stamp(day) : null;
  };
  Composer.prototype.updateSuggestions = function() {
    var address3 = addressHint;
    var link2 = linkHint;
    var strength = strengthHint;
    var company = this.state.values.company || "";
    var greeting = greetingOf(this.template());
    var tone = this.template().tone || "";
    Array.prototype.forEach.call(this.form.querySelectorAll("[data-suggest-for]"), function(box) {
      var field = document.getElementById(box.getAttribute("data-suggest-for"));
      var value = field ? field.value : "";
      var name = field ? field.getAttribute("data-field") : "";
      var issue = value.trim() ? momentIssues(name, value, company)[0] || null : null;
      var hint = !value.trim() ? null : name === "recipient_name" && address3 ? address3(value, greeting, tone) : name === "documents" && link2 ? link2(value) : name === "strength" && strength ? strength(value) : null;
      var key = issue ? "p:" + issue.found + ":" + issue.suggestion : hint ? "a:" + hint : "";
      if (box.getAttribute("data-key") === key) return;
      box.setAttribute("data-key", key);
      clear(box);
      if (hint) box.appendChild(el4("p", { className: "av-composer__advice", text: hint }));
      if (!issue) return;
      box.appendChild(el4("p", { className: "av-composer__advice", text: "“" + issue.found + "” reads as if it were written about them, or as a note to yourself. In the note, try: “" + issue.suggestion + "”" }));
      box.appendChild(el4("button", {
        type: "button",
        className: "md-button av-composer__small",
        "data-action": "use-wording",
        "data-value": field.id,
        "data-wording": issue.suggestion,
        text: "Use this wording"
      }));
    });
  };
  Composer.prototype.updateWarning = function() {
    var warning = this.warning;
    var pairs = this.S.isPanel(this.template()) ? this.S.nearIdentical(this.state, this.notes, this.data.nameTitles) : [];
    var key = pairs.map(function(p) {
      return [p.first, p.second, p.sameMoment, p.sameWording].join(":");
    }).join();
    if (warning.getAttribute("data-pairs") === key) return;
    var wasHidden = warning.hidden;
    warning.setAttribute("data-pairs", key);
    clear(warning);
    warning.hidden = !pairs.length;
    if (!pairs.length) return;
    var people = this.state.people;
    function who(index) {
      return (people[index].recipient_name || "").trim() || "interviewer " + (index + 1);
    }
    warning.appendChild(el4("p", { className: "admonition-title", text: "Two notes are too much alike" }));
    pairs.forEach(function(pair) {
      var names = who(pair.first) + " and " + who(pair.second);
      var alike = pair.sameMoment && pair.sameWording ? "recall the same moment, and the rest is " + Math.round(pair.wording * 100) + "% the same words" : pair.sameMoment ? "recall the same moment; the rest of the wording differs" : "use " + Math.round(pair.wording * 100) + "% the same words, leaving the names and moments aside";
      warning.appendChild(el4("p", { text: "The notes to " + names + " " + alike + "." }));
    });
    warning.appendChild(el4("p", { text: "Recall a different moment for each person, so no one feels they got a copy. Or, if you cannot, send one note to the person who coordinated the interview." }));
    var group = this.S.coordinatorTemplate(this.data, this.state.channel);
    if (group) {
      warning.appendChild(el4("button", {
        type: "button",
        className: "md-button",
        "data-action": "template",
        "data-value": group.id,
        text: "Write one note to the coordinator instead"
      }));
    }
    if (wasHidden) this.announce("Warning: two of your notes are too much alike.", warning);
  };
  Composer.prototype.updateAdvice = function() {
    var T = timing_exports;
    var interview = this.timing.dated ? T.parseLocal(this.state.interviewDate, this.state.interviewTime) : null;
    this.advice = interview ? T.sendAdvice(interview, this.now()) : null;
  };
  Composer.prototype.updateTiming = function() {
    var T = timing_exports;
    var s = this.state;
    var nodes = this.timing;
    var advice = this.advice;
    setText3(nodes.advice, advice ? advice.message : "Enter the date (and time) of the conversation to see when to send your note.");
    nodes.advice.setAttribute("data-state", advice ? advice.state : "none");
    var reminder = clear(nodes.reminder);
    if (advice && advice.state !== "late") {
      reminder.appendChild(el4("button", {
        type: "button",
        className: "md-button",
        "data-action": "ics",
        "data-value": "send",
        text: "Add a reminder to write it (.ics)"
      }));
    }
    var decision = nodes.planned ? T.parseLocal(s.decisionDate, "") : null;
    var plan = clear(nodes.plan);
    this.plan = decision ? T.followUpPlan(decision, this.data.settings.follow_up_business_days) : [];
    if (!decision) {
      plan.appendChild(el4("li", {
        className: "av-composer__plan-empty",
        text: "Enter the date they gave for a decision to plan your follow-ups."
      }));
    }
    this.plan.forEach(function(step) {
      templateReady(step.template).catch(function() {
        return null;
      });
      plan.appendChild(el4("li", { "data-step": step.id }, [
        el4("strong", { text: step.title + ": " + T.formatDay(step.date) + ". " }),
        step.text + " ",
        el4("button", {
          type: "button",
          className: "md-button av-composer__small",
          "data-action": "ics",
          "data-value": step.id,
          text: "Reminder (.ics)",
          "aria-label": "Download a calendar reminder for the " + step.title.toLowerCase()
        })
      ]));
    });
  };
  Composer.prototype.onInput = function(event) {
    var target = event.target;
    var name = target.getAttribute("data-field");
    var role = target.getAttribute("data-role");
    if (role === "note-text") {
      var index = Number(target.getAttribute("data-note"));
      this.S.editNote(this.state, index, target.value, this.notes[index].draft);
      delete this.undo[index];
      this.Note.fitHeight(target);
    } else if (target.hasAttribute("data-person")) {
      this.state.people[Number(target.getAttribute("data-person"))][name] = target.value;
    } else if (name !== null) {
      this.state.values[name] = target.value;
      if (name === "decision_date") this.state.auto.decision_date = null;
    } else if (role === "interview-date" || role === "interview-time" || role === "decision-date") {
      this.onDate(role, target.value);
    } else {
      return;
    }
    this.persist();
    this.refresh();
  };
  Composer.prototype.onDate = function(role, value) {
    var T = timing_exports;
    var s = this.state;
    if (role === "interview-date") s.interviewDate = value;
    if (role === "interview-time") s.interviewTime = value;
    if (role === "decision-date") s.decisionDate = value;
    var interview = T.parseLocal(s.interviewDate, s.interviewTime);
    var decision = T.parseLocal(s.decisionDate, "");
    s.values.interview_date = interview ? s.interviewDate : "";
    this.autoFill("decision_date", decision ? T.decisionDayText(decision) : "");
  };
  Composer.prototype.autoFill = function(name, text3) {
    var s = this.state;
    var current = s.values[name] || "";
    if (current && current !== s.auto[name]) return;
    s.values[name] = text3;
    s.auto[name] = text3;
    var input2 = document.getElementById("av-f-" + name);
    if (input2) input2.value = text3;
  };
  Composer.prototype.onChange = function(event) {
    var target = event.target;
    var role = target.getAttribute("data-role");
    if (role === "template") {
      this.change(function() {
        this.S.selectTemplate(this.state, this.data, target.value);
      }, "av-template");
    } else if (role === "situation") {
      this.change(function() {
        this.S.selectChoice(this.state, this.data, target.value);
      }, "av-situation");
    } else if (role === "subject") {
      this.state.subjectIndex = Number(target.value);
      this.persist();
      this.refresh();
    } else if (role === "remember") {
      this.state.remember = target.checked;
      this.persist();
      this.announce(this.state.remember ? "Your details will be remembered on this device until you press “Forget everything”." : "Your details will be kept only until you close this tab.", target);
    }
  };
  Composer.prototype.change = function(apply, focusId) {
    var before = JSON.parse(this.S.serialize(this.state));
    var old = this.template();
    apply.call(this);
    var template = this.template();
    if (!template || old && old.id === template.id) {
      this.rebuild("", focusId);
      return;
    }
    if (old && this.S.hasEdits(this.state)) {
      this.pending = { before, title: old.title, step: "choose" };
      this.rebuild("You changed the template to “" + template.title + "”. Your edited note is kept until you choose what to do with it.", focusId);
      return;
    }
    this.pending = null;
    this.rebuild("Template changed to “" + template.title + "”.", focusId);
  };
  Composer.prototype.whenLoaded = function(template, then) {
    var id = template.id;
    var notes2 = clear(this.notesNode);
    this.noteViews = [];
    notes2.appendChild(el4("p", { className: "av-composer__empty", text: "Loading “" + template.title + "”…" }));
    templateReady(id).then(function() {
      if (this.state.templateId === id) then.call(this);
    }.bind(this), function() {
      if (this.state.templateId !== id) return;
      setText3(notes2.firstChild, "This template could not load. Check your connection, then choose it again.");
    }.bind(this));
  };
  Composer.prototype.catalogArrived = function() {
    this.Form.buildChooser(this.choose, {
      S: this.S,
      data: this.data,
      state: this.state,
      template: this.template(),
      links: this.links,
      notice: this.notice
    });
    this.prefetch();
  };
  Composer.prototype.prefetch = function() {
    var S = this.S;
    var data3 = this.data;
    var choice = this.state.choice;
    if (!choice) return;
    S.channelsFor(data3, choice).forEach(function(channel) {
      S.templatesFor(data3, choice, channel.id).forEach(function(template) {
        if (!template.parts) templateReady(template.id).catch(function() {
          return null;
        });
      });
    });
  };
  Composer.prototype.offerSwitch = function(templateId) {
    var before = JSON.parse(this.S.serialize(this.state));
    var title = this.template() ? this.template().title : "";
    this.S.selectTemplate(this.state, this.data, templateId);
    this.pending = { before, title, step: "choose" };
  };
  Composer.prototype.showSwitch = function() {
    var box = clear(this.switchBox);
    var pending = this.pending;
    box.hidden = !pending || !this.template();
    if (box.hidden) return;
    var now = this.template().title;
    if (pending.step === "choose") {
      box.appendChild(el4("p", { text: "You switched to “" + now + "”, but the note below is still your edited wording from “" + pending.title + "”. Which do you want?" }));
      box.appendChild(el4("button", {
        type: "button",
        className: "md-button md-button--primary",
        "data-action": "switch-fresh",
        text: "Start again from “" + now + "” (keeps your details)"
      }));
      box.appendChild(el4("button", {
        type: "button",
        className: "md-button",
        "data-action": "switch-keep",
        text: "Keep my edited note"
      }));
    } else {
      box.appendChild(el4("p", { text: pending.step === "fresh" ? "The note starts again from “" + now + "”, with your details." : "Your edited note is kept, under “" + now + "”." }));
    }
    box.appendChild(el4("button", {
      type: "button",
      className: "md-button",
      "data-action": "switch-undo",
      text: "Undo: back to “" + pending.title + "” and my edited note"
    }));
  };
  Composer.prototype.rebuild = function(message, focusId) {
    var template = this.template();
    if (template && !template.parts) {
      var focused = document.activeElement;
      this.whenLoaded(template, function() {
        this.S.selectTemplate(this.state, this.data, template.id);
        this.rebuild(message, document.activeElement === focused ? focusId : null);
      });
      return;
    }
    this.notice = "";
    this.undo = {};
    this.persist();
    this.buildForm();
    this.refresh();
    this.prefetch();
    var focus = focusId && document.getElementById(focusId);
    if (focus) focus.focus();
    if (message) this.announce(message, this.pending ? this.switchBox : null);
  };
  Composer.prototype.onClick = function(event) {
    var button2 = event.target.closest("[data-action]");
    if (!button2 || !this.root.contains(button2)) return;
    var action = button2.getAttribute("data-action");
    var value = button2.getAttribute("data-value");
    var index = Number(value);
    var handlers = this.actions();
    if (handlers[action]) {
      if (button2.tagName === "A") event.preventDefault();
      handlers[action].call(this, value, index, button2);
    }
  };
  Composer.prototype.onLink = function(event) {
    var link2 = event.target.closest("a[data-role]");
    if (!link2 || !/^(mailto|gmail|outlook)$/.test(link2.getAttribute("data-role"))) return;
    var article = link2.closest("[data-note]");
    var index = Number(article.getAttribute("data-note"));
    if (!this.notes[index] || !this.notes[index].blanks.length || link2.hasAttribute("data-confirmed")) {
      link2.removeAttribute("data-confirmed");
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    this.pendingSend = { index, link: link2 };
    this.Note.askFirst(this.noteViews[index], this.notes[index].blanks, "link", "Open " + link2.textContent);
  };
  Composer.prototype.guarded = function(action, index, label, run) {
    var note = this.notes[index];
    if (note && note.blanks.length) {
      this.pendingSend = { index, run };
      this.Note.askFirst(this.noteViews[index], note.blanks, action, label);
      return;
    }
    run.call(this);
  };
  Composer.prototype.actions = function() {
    var S = this.S;
    var data3 = this.data;
    return {
      channel: function(value) {
        this.change(function() {
          S.selectChannel(this.state, data3, value);
        }, null);
        this.focusToggle("channel", value);
      },
      template: function(value) {
        this.change(function() {
          S.selectTemplate(this.state, data3, value);
        }, null);
        this.focusToggle("template", value);
      },
      "switch-fresh": function() {
        this.state.edits = this.state.edits.map(function() {
          return null;
        });
        this.pending.step = "fresh";
        this.afterSwitch("The note starts again from the new template, with your details.");
      },
      "switch-keep": function() {
        this.pending.step = "kept";
        this.afterSwitch("Your edited note is kept.");
      },
      "switch-undo": function() {
        var saved = this.S.restore(data3, JSON.stringify(this.pending.before));
        saved.remember = this.state.remember;
        this.state = saved;
        this.pending = null;
        this.rebuild("Back to your edited note.", "av-template");
      },
      "add-person": function() {
        S.addPerson(this.state, data3);
        var last = this.state.people.length - 1;
        this.rebuild("Interviewer " + (last + 1) + " added.", "av-p" + last + "-recipient_name");
      },
      "remove-person": function(value, index) {
        S.removePerson(this.state, index);
        this.rebuild("Interviewer removed.", "av-p0-recipient_name");
      },
      "reset-note": function(value, index) {
        this.undo[index] = S.resetNote(this.state, index);
        this.persist();
        this.refresh();
        this.noteViews[index].edited.querySelector("button").focus();
        this.announce("The note is the draft from the fields again.", this.noteViews[index].edited);
      },
      "undo-reset": function(value, index) {
        S.restoreEdit(this.state, index, this.undo[index]);
        delete this.undo[index];
        this.persist();
        this.refresh();
        this.noteViews[index].text.focus();
        this.announce("Your wording is back.", this.noteViews[index].edited);
      },
      "short-version": function(value, index) {
        var note = this.notes[index];
        S.editNote(this.state, index, shortVersion(note.text), note.draft);
        this.persist();
        this.refresh();
        this.noteViews[index].text.focus();
        this.announce("The note is now the short version. Change any word you like.", this.noteViews[index].count);
      },
      "use-wording": function(value, index, button2) {
        var field = document.getElementById(value);
        if (!field) return;
        field.value = button2.getAttribute("data-wording");
        field.dispatchEvent(new Event("input", { bubbles: true }));
        field.focus();
        this.announce("The moment now uses the suggested wording.", field);
      },
      "to-note": function(value, index) {
        var view = this.noteViews[index] || this.noteViews[0];
        if (!view) return;
        view.article.scrollIntoView({ block: "start" });
        view.text.focus({ preventScroll: true });
      },
      forget: this.forget,
      copy: function(value, index) {
        this.guarded("copy", index, "Copy", function() {
          this.copy(this.notes[index].text, index, "Note");
        });
      },
      "copy-subject": function(value, index) {
        this.copy(this.notes[index].subject || "", index, "Subject line");
      },
      share: function(value, index) {
        this.guarded("share", index, "Share", function() {
          this.share(index);
        });
      },
      eml: function(value, index) {
        this.guarded("eml", index, "Download", function() {
          this.downloadEml(index);
        });
      },
      print: function(value, index) {
        this.guarded("print", index, "Print", function() {
          this.print(index);
        });
      },
      ics: function(value) {
        this.downloadIcs(value);
      },
      "confirm-copy": this.confirmed,
      "confirm-share": this.confirmed,
      "confirm-eml": this.confirmed,
      "confirm-print": this.confirmed,
      "confirm-link": this.confirmed,
      "confirm-cancel": function(value, index) {
        this.pendingSend = null;
        this.Note.closeAsk(this.noteViews[index]);
        this.noteViews[index].text.focus();
      }
    };
  };
  Composer.prototype.confirmed = function(value, index) {
    var pending = this.pendingSend;
    this.pendingSend = null;
    this.Note.closeAsk(this.noteViews[index]);
    if (!pending) return;
    if (pending.run) {
      pending.run.call(this);
    } else if (pending.link) {
      pending.link.setAttribute("data-confirmed", "");
      pending.link.click();
    }
  };
  Composer.prototype.afterSwitch = function(message) {
    this.persist();
    this.refresh();
    this.showSwitch();
    var undo = this.switchBox.querySelector("[data-action=switch-undo]");
    if (undo) undo.focus();
    this.announce(message, this.switchBox);
  };
  Composer.prototype.focusToggle = function(action, value) {
    var button2 = this.root.querySelector('[data-action="' + action + '"][data-value="' + value + '"]');
    if (button2) button2.focus();
  };
  Composer.prototype.forget = function() {
    var stores = storages();
    [stores.tab, stores.device].forEach(function(store) {
      try {
        store.removeItem(this.S.STORAGE_KEY);
      } catch (error) {
      }
    }, this);
    this.state = this.S.initial(this.data, this.state.templateId);
    this.pending = null;
    this.notice = "";
    this.undo = {};
    this.buildForm();
    this.refresh();
    var button2 = this.form.querySelector('[data-action="forget"]');
    if (button2) button2.focus();
    this.announce("Everything is forgotten: the fields are empty and nothing is stored in this browser.", button2);
  };
  Composer.prototype.announce = function(message, near) {
    var status = this.status;
    var anchor = near && near.isConnected ? near : null;
    if (anchor && status.previousElementSibling !== anchor) anchor.insertAdjacentElement("afterend", status);
    else if (!anchor && status.parentNode !== this.root) this.root.appendChild(status);
    window.clearTimeout(this.statusTimer);
    status.textContent = "";
    status.removeAttribute("data-fading");
    window.setTimeout(function() {
      status.textContent = message;
    }, 50);
    this.statusTimer = window.setTimeout(function() {
      status.setAttribute("data-fading", "true");
      window.setTimeout(function() {
        if (status.textContent === message) status.textContent = "";
        status.removeAttribute("data-fading");
      }, 600);
    }, STATUS_SHOWN_MS);
  };
  Composer.prototype.copy = function(text3, index, what) {
    var self = this;
    var view = this.noteViews[index];
    function fallback() {
      var box = view.fallback;
      clear(box);
      var id = "av-copy-fallback-" + index;
      var area = el4("textarea", { id, readonly: true, rows: "6" });
      area.value = text3;
      box.appendChild(el4("label", { for: id, text: "Press Ctrl+C (Cmd+C on a Mac) to copy the selected text" }));
      box.appendChild(area);
      box.hidden = false;
      area.focus();
      area.select();
      self.announce(
        "Copying was blocked by the browser. The text is selected: press Ctrl+C, or Cmd+C on a Mac.",
        view.actions
      );
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text3).then(function() {
        view.fallback.hidden = true;
        self.announce(what + " copied to the clipboard.", view.actions);
      }, fallback);
    } else {
      fallback();
    }
  };
  Composer.prototype.share = function(index) {
    var note = this.notes[index];
    var self = this;
    var payload = { text: note.text };
    if (note.subject) payload.title = note.subject;
    navigator.share(payload).then(function() {
      self.announce("Note shared.");
    }, function(error) {
      if (!error || error.name !== "AbortError") self.announce("Sharing did not work here: copy the note instead.");
    });
  };
  function download(name, text3, type) {
    var url = URL.createObjectURL(new Blob([text3], { type }));
    var link2 = el4("a", { href: url, download: name, hidden: true });
    document.body.appendChild(link2);
    link2.click();
    document.body.removeChild(link2);
    window.setTimeout(function() {
      URL.revokeObjectURL(url);
    }, 1e3);
  }
  Composer.prototype.downloadEml = function(index) {
    var note = this.notes[index];
    var message = emlMessage({
      from: this.state.values.sender_email,
      to: note.to,
      subject: note.subject || "",
      body: note.text,
      date: this.now()
    });
    download(fileName(note.subject || "note", "eml"), message, "message/rfc822");
    this.announce("Email file downloaded: open it to send it from your email app.", this.noteViews[index].actions);
  };
  Composer.prototype.print = function(index) {
    var old = document.getElementById("av-print-sheet");
    if (old) old.parentNode.removeChild(old);
    document.body.appendChild(el4("div", {
      id: "av-print-sheet",
      className: "av-print-sheet",
      text: this.notes[index].text
    }));
    document.documentElement.classList.add("av-printing");
    window.print();
  };
  Composer.prototype.downloadIcs = function(stepId) {
    var T = timing_exports;
    var s = this.state;
    var v = s.values;
    var about = [v.role, v.company].filter(Boolean).join(" at ");
    var names = s.people.map(function(p) {
      return p.recipient_name;
    }).filter(Boolean).join(", ");
    var event;
    if (stepId === "send") {
      if (!this.advice) return;
      var interview = T.parseLocal(s.interviewDate, s.interviewTime);
      var start2 = T.writingReminder(interview, this.advice, this.now());
      var notes2 = this.S.notes(s, this.data, this.api, this.today(), this.readingDay() || stamp(start2));
      var texts = notes2.map(function(note) {
        return (note.subject ? "Subject: " + note.subject + "\n\n" : "") + note.text;
      });
      event = {
        start: start2,
        allDay: false,
        summary: "Write and send your thank-you note" + (about ? " (" + about + ")" : ""),
        description: this.advice.message + (names ? "\nTo: " + names : "") + "\n\nYour draft:\n\n" + texts.join("\n\n----------\n\n")
      };
    } else {
      var step = this.plan.filter(function(p) {
        return p.id === stepId;
      })[0];
      if (!step) return;
      var template = this.S.findTemplate(this.data, step.template);
      if (template && !template.parts) {
        templateReady(template.id).then(this.downloadIcs.bind(this, stepId), function() {
          return null;
        });
        return;
      }
      var readOn = T.isoDate(step.date) + "T09:00";
      var draft = template && template.parts ? this.api.render(
        template,
        this.S.valuesFor(s, this.data, 0),
        0,
        this.today(),
        readingDay(template.channel, this.today(), readOn)
      ).body : "";
      event = {
        start: step.date,
        allDay: true,
        summary: step.title + (about ? " (" + about + ")" : ""),
        description: step.text + (names ? "\nTo: " + names : "") + (draft ? "\n\nA draft:\n\n" + draft : "")
      };
    }
    event.stamp = /* @__PURE__ */ new Date();
    event.uid = "afterview-" + stepId + "-" + T.isoDate(event.start) + "-" + shortHash([v.company, v.role, s.interviewDate].join("|")) + "@afterview.invalid";
    download(
      fileName("afterview " + stepId + " " + T.isoDate(event.start), "ics"),
      icsEvent(event),
      "text/calendar"
    );
    this.announce("Calendar reminder downloaded: open it to add it to your calendar.", this.timing.fieldset);
  };
  function savedTemplateId() {
    var stores = storages();
    var ids = [stores.tab, stores.device].map(function(store) {
      try {
        var saved = store && JSON.parse(store.getItem(STORAGE_KEY) || "null");
        return saved && typeof saved.templateId === "string" ? saved.templateId : null;
      } catch (error) {
        return null;
      }
    });
    return ids[0] || ids[1];
  }
  function mount(root) {
    var composer = new Composer(root, exported);
    root.addEventListener("click", composer.onLink.bind(composer), true);
    return composer;
  }
  function failed(root) {
    root.textContent = "The composer could not load its templates. Reload the page, or copy a template from the template pages instead.";
  }
  function start() {
    var root = document.getElementById(ROOT_ID);
    if (!root) return Promise.resolve(null);
    if (!exported || !exported.composer) {
      failed(root);
      return Promise.resolve(null);
    }
    var wanted = [new URLSearchParams(window.location.search).get("template"), savedTemplateId()].filter(Boolean);
    var first = wanted.map(function(id) {
      return templateReady(id).catch(function() {
        return null;
      });
    });
    return Promise.all([engineReady(), wanted.length ? Promise.all(first) : indexReady()]).then(function() {
      var composer = mount(root);
      indexReady().then(function() {
        composer.catalogArrived();
      }, function() {
        return null;
      });
      checkerLoaded().then(function() {
        composer.refresh();
      }, function() {
        return null;
      });
      return composer;
    }, function() {
      failed(root);
      return null;
    });
  }

  // docs/assets/javascripts/afterview/entries/composer.js
  useData(window.AFTERVIEW_DATA, new URL("../", document.currentScript.src));
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
