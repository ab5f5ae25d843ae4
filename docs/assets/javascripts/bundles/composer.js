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
    var names = files();
    return !names || own(exported, "rules") && (!names.model || own(exported, "sentence_model"));
  }
  function checkerLoaded() {
    var names = files();
    var model = names && names.model ? loadScript("model", "afterview-data/" + names.model).then(function(part) {
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
  var compiled = { source: null, patterns: {} };
  function P(name, all) {
    var engine = data().engine;
    if (compiled.source !== engine) compiled = { source: engine, patterns: {} };
    var key = (all ? "g:" : "") + name;
    if (!own2(compiled.patterns, key)) {
      var pattern = engine.patterns[name];
      compiled.patterns[key] = new RegExp(pattern.source, pattern.flags + (all ? "g" : ""));
    }
    var regex = compiled.patterns[key];
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
  function ownSentences(name, value) {
    var form = answerShape(name, value);
    var text3 = tidy(value);
    if (form === "verb" || form === "sentence" && opensWithVerb(text3)) return asSentences("I " + lowerFirstWord(lowerFirst(text3)));
    if (form === "clause") return asSentences(text3.replace(P("CLAUSE_LEAD"), ""));
    return asSentences(text3);
  }
  function inSentence(name, value) {
    var text3 = asPhrase(value);
    if (answerShape(name, value) === "ing") return C("EXPERIENCE_LEAD") + lowerFirst(text3);
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
      if (frames.length === 4) {
        var first = sentenceFields.length > 0 ? sentenceFields[0] : "";
        var second = sentenceFields.length > 1 ? sentenceFields[1] : "";
        var index = 2 * Number(takesSentenceFrame(first, valueOf(values, first))) + Number(takesSentenceFrame(second, valueOf(values, second)));
        return strip(frames[index]);
      }
      var answer = sentenceFields.length ? valueOf(values, sentenceFields[0]) : "";
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
  var EXCERPT_LENGTH = 40;
  var MAX_CHECKED_CHARACTERS = 2e4;
  var SENTENCE_MODEL = { "min_score": -0.4055, "categories": [{ "flag": "pressure", "code": "AV501", "bias": -6.591, "weights": { "0 0": -0.67, "0 hours": 1.47, "30th": 0.38, "<q>": 2.17, "a bit": -0.31, "a company": -0.32, "a decision": 0.47, "a firm": 0.4, "a no": 0.99, "a response": 0.62, "a ring": 0.94, "a verdict": 0.85, "a yes": 1.58, "about me": 0.87, "accept elsewhere": 0.47, "after": -0.42, "after i": 0.61, "afternoon": -0.38, "again as": 0.49, "aisha": -0.34, "all": -0.39, "allowance": -0.57, "along": 0.71, "along i": 0.45, "alright": 0.34, "also": -0.41, "an": 0.43, "an answer": 0.87, "an eye": 0.45, "an offer": -0.42, "an update": 0.44, "and accept": 0.48, "and it's": -0.41, "and revert": 0.37, "and tell": 0.72, "and whether": -0.31, "another": 0.32, "another company": 0.7, "another week": 0.46, "answer": 1.57, "answer about": 0.47, "answer before": 0.63, "answer by": 0.34, "answer within": 0.46, "any idea": 0.39, "any news": 0.95, "any other": -0.46, "any update": -0.36, "any way": 0.4, "anything about": 0.82, "anything else": -0.39, "anything further": -0.34, "application": 0.4, "apply": -0.33, "apply to": -0.35, "appreciate": 0.36, "appreciate a": 1.15, "are you": 0.52, "aren't": 0.35, "aren't interested": 0.47, "around": 0.55, "around indefinitely": 0.68, "as i": 0.46, "as i'd": 0.49, "as two": 0.55, "asap": 1.27, "asap if": 0.74, "ask": -0.35, "asked": -0.55, "asked for": -0.42, "assessment": -0.35, "assessment will": -0.32, "assume": 0.98, "assume it's": 0.33, "assume you": 0.47, "at all": -0.49, "attached": -0.35, "back": 0.34, "back from": 0.94, "back if": 0.48, "band": -0.3, "be at": -0.32, "be calling": 0.54, "be in": 0.3, "be left": 0.33, "be meeting": -0.35, "be told": 0.51, "been 0": 0.92, "been four": 0.32, "been made": 0.55, "been selected": 0.82, "been successful": 0.56, "before": 0.84, "before my": 0.49, "before the": 0.96, "before you": 1.25, "begging": -0.35, "being": -0.34, "best": -0.64, "better": -0.43, "bills": 0.37, "bills to": 0.45, "bit": -0.35, "bonus": -0.63, "business": 0.53, "business whether": 0.58, "but can": 0.44, "by": 0.74, "by close": 0.58, "by eod": 0.82, "by friday": 0.9, "by monday": 0.61, "by next": -0.34, "by now": 0.48, "by tomorrow": 1.11, "by wednesday": 0.95, "call your": 0.78, "calling": 0.45, "calling your": 0.54, "came": -0.33, "can": 0.43, "can i": 0.48, "can inform": 0.42, "can plan": 0.52, "can start": -0.39, "can stop": 0.49, "can we": 0.45, "can't": 0.75, "can't hold": 0.41, "can't wait": 0.47, "candidates": -0.41, "car": -0.41, "card": -0.37, "case you've": 0.69, "chance": -0.36, "chance you": 0.49, "chance you'd": -0.33, "check": -0.33, "checking": 0.5, "checking in": 0.43, "cheers": -0.8, "choice": -0.3, "close": 0.35, "close of": 0.58, "code": -0.4, "code for": -0.41, "com": -0.41, "come": -0.66, "come by": -0.34, "comes": -0.4, "comes with": -0.4, "company is": 0.95, "compared": 0.66, "compared notes": 0.66, "completely": -0.6, "confirm": 1.12, "confirm by": 0.74, "confirm i've": 0.44, "confirm my": 1.07, "confirm whether": -0.84, "contact": -0.34, "contact me": -0.34, "contract by": -0.47, "contract ends": 0.67, "contribution": -0.38, "contribution is": -0.38, "convenient": -0.44, "convenient could": -0.43, "could confirm": 0.44, "could fast": 0.48, "could give": 0.43, "could tell": 0.49, "could you": -0.5, "couple": 0.48, "couple of": 0.48, "current contract": 0.67, "current employer": 0.38, "cut": 0.45, "date": -0.32, "day that": 0.44, "days": 0.54, "days until": 0.48, "dear": -0.6, "dear mr": -0.37, "dear ms": -0.37, "decide": 0.58, "decide by": -0.46, "decide quickly": 0.33, "decided": 1.11, "decided or": 0.32, "decided yet": 0.35, "decision": 1.35, "decision before": 0.4, "decision has": 0.55, "decision if": 0.33, "decision might": -0.54, "decision within": 0.57, "did": 1.08, "did i": 1.07, "did the": 0.74, "do": -0.53, "do not": -0.35, "do staff": -0.49, "do update": 0.56, "do you": 0.48, "does": -0.63, "does the": -0.63, "don't hear": 0.73, "down": -0.42, "dr": -0.36, "dress": -0.45, "dress code": -0.41, "dying": 0.39, "dying to": 0.39, "earlier": -0.32, "earliest": 1.5, "earliest latest": 0.45, "early": -0.31, "else": -0.58, "elsewhere that": -0.46, "end": 1.17, "end of": 0.66, "ends": 0.67, "ends on": 0.67, "eod": 0.82, "evening at": 0.33, "every": 0.39, "every couple": 0.48, "every morning": 0.42, "every ten": 0.76, "exactly will": 0.51, "example": -0.32, "expect": 0.93, "expect a": 0.38, "expect an": 1.19, "expect to": -0.43, "expectation": -0.46, "expectation i": -0.46, "expedite": 0.37, "expedite the": 0.37, "eye": 0.4, "eye on": 0.69, "eze": -0.43, "fairness": -0.53, "fairness to": -0.5, "faithfully": -0.32, "fast": 0.9, "fast as": 0.55, "fast track": 0.48, "fifth": 0.59, "fifth follow": 0.67, "final": 0.98, "final answer": 0.88, "final result": 0.61, "find out": 0.86, "firm": 0.45, "firm answer": 0.4, "firm much": 0.41, "firms": 0.55, "firms want": 0.55, "first": -0.48, "first choice": -0.3, "follow up": 0.36, "for another": 0.51, "for my": -0.34, "for this": -0.43, "for you": 0.51, "for your": 0.48, "forward": -0.37, "four days": 0.32, "fourth": 0.49, "fourth time": 0.49, "free": -0.72, "friday": 0.42, "friday at": 1.03, "friday whether": 0.66, "from another": -0.33, "from me": -0.48, "from you": 0.64, "further": -0.58, "get an": 0.54, "get the": 0.52, "get your": 0.79, "give": 0.75, "give me": 0.33, "give you": 0.5, "given how": 0.57, "going": 0.93, "going i'm": 0.39, "going through": 0.46, "going to": 0.72, "good": -0.56, "got": 0.81, "got it": 1.06, "got the": 1.05, "grace": -0.35, "had": -0.54, "had an": -0.47, "hand": 0.33, "hand in": 0.74, "hanging": 0.32, "hanging for": 0.51, "hannah": -0.43, "has the": 1.27, "have a": -0.44, "have bills": 0.37, "have three": 0.51, "have to": 0.48, "have two": 0.33, "have you": 1.85, "have your": 0.46, "haven't": 0.32, "haven't heard": 0.32, "heads": -0.3, "heads up": -0.3, "health": -0.32, "hear": 0.72, "hear back": 1.08, "hear by": 0.43, "hear from": -0.32, "hear i've": 0.67, "heard by": 0.33, "hello": -0.32, "help me": 1.1, "hesitate": -0.33, "hesitate to": -0.33, "hi": -0.79, "hire": 0.38, "hire me": 0.38, "hired": 0.6, "hold": 0.49, "hold off": 0.41, "holding": 0.7, "holding off": 0.59, "holdup": 1.39, "holdup on": 1.39, "home": -0.49, "honestly": -0.71, "hope": -0.43, "hoped": -0.43, "hoped to": -0.43, "hours": 1.11, "hours given": 0.57, "how much": 0.38, "how soon": 0.64, "how well": 0.57, "hurry": 0.99, "hurry things": 0.41, "hurry up": 0.59, "i apply": -0.35, "i be": 0.32, "i can't": 1.21, "i completely": -0.36, "i don't": 0.43, "i expect": 1.27, "i got": 0.8, "i haven't": 0.32, "i hear": 0.77, "i left": 0.63, "i make": 1.07, "i need": 1.27, "i really": -0.53, "i should": -0.53, "i stand": 1.64, "i thought": -0.4, "i understood": -0.54, "i wanted": -0.32, "i was": -0.55, "i will": 0.56, "i'd appreciate": 0.96, "i'd check": -0.41, "i'd expect": 0.57, "i'd hear": -0.35, "i'd like": 0.84, "i'd rather": 0.51, "i'll": 1.22, "i'll assume": 0.73, "i'll be": 0.32, "i'll call": 0.33, "i'll check": 0.48, "i'll do": -0.38, "i'll give": 0.78, "i'll need": 0.51, "i'll return": -0.47, "i'm dying": 0.39, "i'm going": 0.66, "i'm hired": 0.46, "i'm holding": 0.59, "i'm hoping": 0.63, "i'm in": 0.39, "i'm on": -0.4, "i'm refreshing": 0.76, "i'm through": 0.58, "i've got": 1.15, "i've had": -0.45, "i've written": 0.49, "idea yet": 0.39, "if": 0.35, "if any": -0.45, "if i": 1.49, "if i'm": 0.76, "if it": -0.36, "if it's": 0.35, "if not": -0.48, "if that's": 0.36, "if the": 0.55, "in again": 0.49, "in every": 0.48, "in fairness": -0.53, "in or": 0.31, "in touch": -0.45, "inbox": 0.64, "inbox every": 0.75, "include": -0.38, "indefinitely": 0.68, "indefinitely for": 0.68, "indication": 0.43, "indication today": 0.46, "inform": 0.3, "inform my": 0.42, "information": -0.53, "information would": -0.35, "interest to": 0.33, "interested and": 0.46, "interviewing several": -0.33, "interviews": 0.43, "interviews this": 0.82, "is any": -0.34, "is it": 0.45, "is matched": -0.38, "is mine": 0.88, "is my": 0.43, "is ready": 0.98, "is there": -0.61, "it a": 0.59, "it before": 0.67, "it went": 0.47, "it would": 0.91, "it's": 0.92, "it's a": 0.57, "it's been": 0.85, "it's going": 0.39, "it's me": 0.74, "itself": 1.23, "itself so": 0.42, "job before": 0.44, "job is": 0.88, "job or": 0.52, "june": -0.33, "just checking": 0.33, "just following": 0.34, "just need": 0.52, "just tell": 1.08, "just to": -0.37, "just wanted": -0.48, "keen": -0.32, "keep an": 0.47, "keep in": -0.35, "keep refreshing": 0.35, "keep this": -0.32, "kind": -0.5, "kind regards": -0.38, "kindly": 1.18, "kindly confirm": 0.93, "kindly expedite": 0.37, "kindly revert": 0.92, "know": 0.42, "know asap": 1.14, "know by": 1.33, "know how": -0.36, "know in": -0.31, "know roughly": -0.45, "know today": 0.46, "know what": -0.44, "know where": 0.87, "know yet": 0.78, "know you're": -0.33, "know your": -0.49, "landlord": 0.47, "landlord needs": 0.47, "last": -0.66, "last week": -0.77, "later": 0.91, "later than": 0.94, "latest": 1.61, "latest by": 0.63, "lease": 0.47, "leave": -0.6, "leeds": -0.34, "leeds office": -0.32, "left": 0.58, "left hanging": 0.32, "let": -0.32, "let you": -0.49, "letting": -0.41, "longer": 1.39, "longer before": 1.25, "longer so": 0.37, "lot decided": 0.32, "ma'am when": 0.42, "made": 0.32, "made up": 0.68, "make": 0.94, "make a": -0.78, "make me": 0.49, "make the": 1, "make their": 0.45, "manager": -0.35, "many": -0.39, "marcus": -0.46, "matched": -0.39, "may i": -0.39, "may want": 0.51, "me after": 0.78, "me an": 0.39, "me before": -0.35, "me either": 0.49, "me i": -0.35, "me i'd": 0.68, "me if": 0.8, "me in": -0.34, "me now": 0.49, "me out": 0.43, "me plan": 0.44, "me some": 0.46, "me the": 0.89, "me what": -0.48, "me where": 0.33, "me who": -0.35, "me yet": 0.37, "meeting": -0.31, "meeting at": -0.35, "mention": -0.53, "mention i've": -0.46, "mentioned": -0.49, "mentioned you": -0.43, "might": -0.67, "might come": -0.54, "mind": 0.44, "mind by": 0.68, "minds": 0.45, "minds up": 0.45, "mine": 0.83, "minutes": 0.62, "minutes waiting": 0.76, "misery": 0.55, "misery and": 0.55, "monday": 0.38, "monday i'll": 0.48, "monday morning": 0.82, "monday to": 0.46, "month": -0.42, "morning": 0.77, "morning itself": 0.56, "morning to": 1.23, "morning until": 0.54, "move fast": 0.55, "move quickly": 0.51, "mr": -0.46, "ms": -0.43, "much for": -0.33, "much is": -0.31, "much longer": 1.64, "my answer": -0.44, "my application": 0.44, "my fifth": 0.67, "my first": -0.36, "my inbox": 0.68, "my landlord": 0.47, "my last": -0.33, "my misery": 0.55, "my month": 0.66, "my notice": 0.64, "my phone": 0.67, "my previous": -0.4, "my references": -0.34, "my selection": 1.33, "myself": -0.33, "na po": 0.37, "need": 1.12, "need a": 0.85, "need anything": -0.45, "need from": -0.35, "need this": -0.5, "need to": 1.35, "need you": 0.5, "need your": 0.94, "news": 0.67, "news it's": 0.99, "next steps": -0.34, "next two": 0.46, "night": -0.39, "no": 0.52, "no before": 0.42, "no expectation": -0.46, "no later": 0.94, "no so": 0.52, "nod": 0.43, "nod by": 0.43, "not": 0.33, "not be": 0.5, "not hesitate": -0.34, "not i": -0.33, "not it's": 0.32, "notes": 0.58, "notes yet": 0.66, "nothing": -0.46, "notice": 0.4, "notice next": 0.74, "now whether": 0.49, "nudge": 0.45, "nudge the": 0.45, "of business": 0.58, "of days": 0.48, "of last": -0.45, "of results": 0.42, "of today": 0.56, "of whether": 0.45, "off": 0.55, "off on": 0.59, "off the": 0.35, "offer and": -0.32, "offer elsewhere": -0.49, "offer for": 0.59, "offer from": -0.33, "offer me": 0.52, "offer quickly": 0.49, "offered": -0.42, "offering": 0.6, "offering me": 0.6, "office": 0.71, "office every": 0.54, "office friday": 0.33, "office on": 0.44, "office or": -0.32, "on 0": -0.31, "on another": 0.59, "on my": 0.78, "on weekends": -0.46, "on whether": 1.1, "on your": 0.54, "one": -0.39, "online": -0.33, "only": -0.3, "or": 1.07, "or a": 0.43, "or is": -0.32, "or no": 0.92, "or not": 1.93, "or online": -0.32, "other": 0.89, "other firm": 0.41, "other firms": 0.55, "other information": -0.35, "other interviews": 0.82, "otherwise": 0.58, "otherwise i'll": 0.4, "out the": 0.38, "outcome": 1.53, "outcome at": 0.45, "outcome within": 0.37, "over": -0.41, "overtime": -0.73, "overtime rate": -0.35, "own": -0.31, "owner": 0.74, "owner say": 0.82, "paid": -0.31, "panel": 0.47, "panel compared": 0.66, "panel decided": 0.35, "panel reached": 0.31, "panel to": 0.45, "pasensya": 0.46, "pasensya na": 0.46, "pay": -0.87, "pension": -0.37, "pension contribution": -0.38, "people": -0.69, "people this": -0.33, "per": -0.48, "phone": 0.84, "phone on": 0.82, "phone tonight": 0.69, "picked": 0.67, "picked someone": 0.69, "plan around": 0.45, "plan my": 0.67, "please": 0.67, "please confirm": 0.66, "please find": -0.32, "please hurry": 0.99, "please just": 0.96, "please put": 0.55, "please sir": 0.39, "po but": 0.46, "po is": 0.42, "possible": -0.49, "practical": -0.37, "practical assessment": -0.32, "previous": -0.42, "price": -0.32, "priya": -0.4, "probably": -0.32, "process and": 0.36, "put": 0.32, "put me": 0.42, "question": -0.37, "quick yes": 0.52, "quickly": 1.29, "quickly to": 0.49, "quite": -0.37, "rate": -0.75, "rate on": -0.35, "rather": 0.45, "rather not": 0.51, "reached": 1.04, "reached a": 0.85, "reached its": 0.31, "read": -0.38, "ready": 0.78, "ready to": 0.84, "really help": 1.26, "received": -0.37, "reckon": 0.43, "reckon you": 0.43, "references": -0.41, "refreshing": 0.9, "refreshing my": 1.01, "regards": -0.66, "release": 0.33, "release of": 0.42, "relocation": -0.36, "reply": -0.42, "reply by": -0.46, "respectfully": -0.49, "response": 0.34, "response today": 0.67, "result": 1.08, "result by": 0.56, "result today": 0.42, "results i": 0.42, "return": -0.46, "return the": -0.46, "revert": 1.16, "revert with": 0.98, "ring": 1.12, "ring tomorrow": 0.43, "rn": -0.41, "role or": 0.69, "room": -0.35, "roughly": -0.53, "roughly when": -0.45, "running": 0.41, "salary": -0.44, "sam": -0.37, "say": 0.33, "say anything": 0.82, "second": -0.46, "second interview": -0.38, "selected": 0.8, "selection": 1.33, "selection at": 1.07, "send": -0.44, "several": -0.33, "several people": -0.33, "share": -0.32, "share the": 0.39, "share whether": -0.3, "shift": -0.38, "short": -0.31, "shortlist": 0.38, "shortlist by": 0.38, "should": -0.53, "should mention": -0.5, "side": -0.36, "sign me": 0.49, "signed": -0.49, "signed contract": -0.47, "since": -0.33, "since another": 0.5, "sincerely": -0.74, "sir please": 0.74, "so": 0.42, "so did": 1, "so have": 0.32, "so i": -0.34, "so i'd": 0.53, "so it": 0.33, "so much": -0.4, "so please": 1.65, "so that": 0.42, "so you": 0.43, "so you'll": 0.49, "some": 0.41, "some indication": 0.46, "someone": 0.51, "someone for": 0.69, "soon will": 0.82, "sorry": -0.31, "sort my": 0.31, "speed": 0.94, "speed things": 0.94, "spot i": 0.5, "staff": -0.62, "staff get": -0.47, "stand": 0.85, "stand by": 0.47, "stand in": 0.38, "stand today": 0.49, "start": -0.66, "start on": -0.37, "started": -0.32, "steps": -0.35, "still": -0.47, "stop": 0.34, "stop worrying": 0.49, "successful": 0.56, "successful yet": 0.56, "sure you": 0.6, "sure you've": -0.31, "surely": 0.68, "surely you've": 0.68, "ta": -0.32, "take": -0.49, "talk": -0.38, "tell": 0.88, "tell me": 1.1, "ten": 0.63, "ten minutes": 0.72, "than": 0.51, "than wednesday": 0.94, "thanks": -0.4, "thanks for": -0.34, "that would": 0.37, "that's alright": 0.48, "the 30th": 0.64, "the call": -0.41, "the cut": 1, "the day": 0.94, "the decision": 0.62, "the dress": -0.41, "the earliest": 1.5, "the end": 0.62, "the final": 0.61, "the first": -0.32, "the fourth": 0.49, "the holdup": 1.39, "the job": 0.93, "the latest": 1.03, "the lease": 0.47, "the leeds": -0.32, "the nod": 0.43, "the other": 0.5, "the outcome": 1.53, "the overtime": -0.34, "the owner": 0.76, "the panel": 0.66, "the pension": -0.38, "the position": 0.37, "the practical": -0.38, "the release": 0.39, "the result": 0.56, "the role": 0.32, "the running": 0.65, "the second": -0.46, "the shortlist": 0.38, "the signed": -0.48, "the spot": 0.5, "the third": 0.34, "the timeline": -0.37, "the trial": -0.49, "the weekend": 1.2, "their minds": 0.45, "them": -0.31, "then": -0.32, "there": -0.71, "there is": -0.4, "there's": -0.82, "there's any": -0.4, "there's no": -0.49, "things": 0.47, "things along": 0.85, "things stand": -0.43, "things up": 0.5, "third": 0.31, "third time": 0.35, "this is": 0.77, "this job": -0.42, "this position": -0.31, "this role": -0.49, "this short": -0.32, "this week": 2.19, "thought": -0.47, "thought i'd": -0.41, "three other": 0.51, "thursday evening": 0.33, "thursday there's": -0.46, "time i've": 0.49, "time this": 0.55, "timeline": -0.7, "timeline by": -0.33, "to answer": -0.54, "to assume": 0.45, "to be": -0.4, "to contact": -0.34, "to find": 0.87, "to get": 0.93, "to hand": 0.72, "to have": 0.37, "to hire": 0.5, "to keep": -0.57, "to know": 1.04, "to let": -0.47, "to move": 0.41, "to offer": 0.47, "to plan": 0.58, "to reply": -0.34, "to sign": 0.49, "to sort": 0.31, "to speed": 0.5, "to talk": -0.33, "to tell": 0.32, "to you": -0.41, "today": 1.61, "today if": 0.71, "today itself": 0.69, "today of": 0.46, "tomorrow": 1.48, "tomorrow if": 0.36, "tomorrow morning": 1.08, "tonight": 1.05, "tonight in": 0.69, "touch": -0.46, "touch and": -0.36, "track": 0.45, "track the": 0.48, "trial": -0.48, "trial day": -0.41, "twice": -0.35, "two days": 0.46, "two other": 0.87, "understand i": 0.68, "understood": -0.54, "understood a": -0.54, "until": 0.87, "until i": 1.07, "up": 0.42, "up for": 0.49, "up on": -0.33, "up so": 0.66, "up this": 0.45, "up your": 0.68, "update me": 0.58, "update on": -0.39, "verdict": 0.85, "verdict on": 0.85, "wait": 0.49, "wait around": 0.68, "wait to": -0.36, "waiting for": 0.75, "walsh": -0.32, "want me": 0.55, "wanted": -0.54, "wanted to": -0.32, "wanted you": -0.5, "warm": -0.33, "warm regards": -0.32, "warmly": -0.31, "way": 0.38, "way it's": 0.39, "way to": 0.39, "we speed": 0.45, "wednesday": 0.64, "wednesday my": 0.47, "wednesday otherwise": 0.4, "week": 0.54, "week and": -0.3, "week on": 0.55, "week so": 0.84, "weekend": 0.73, "weekends": -0.45, "weeks": -0.36, "well it": 0.57, "were": -0.33, "what": -0.63, "what the": -0.39, "what's": 0.34, "what's the": 0.35, "when convenient": -0.43, "when exactly": 0.51, "when po": 0.42, "when you": -0.72, "where i": 1.04, "where things": -0.43, "whether": 1.17, "whether a": 0.5, "whether i": 0.47, "whether i'm": 1.16, "whether i've": 0.57, "whether it's": 0.49, "whether the": -0.88, "whether you're": 0.66, "which is": -0.32, "which way": 0.39, "who": -0.37, "who i'll": -0.35, "will": 0.6, "will be": -0.45, "will call": 0.46, "will i": 1.31, "will phone": 0.82, "wishes": -0.34, "with a": -0.33, "within": 1.01, "within 0": 0.86, "within the": 0.46, "without": -0.35, "worrying": 0.49, "would help": -0.38, "would i": -0.57, "would need": 0.63, "would really": 1.2, "would the": -0.43, "written": 0.46, "written so": 0.49, "year": -0.43, "years": -0.31, "yes": 1.77, "yes or": 1.57, "yes so": 0.49, "yet": 2.65, "yet i": 0.35, "yet if": 0.78, "yet which": 0.39, "you a": 0.35, "you aren't": 0.47, "you by": 0.4, "you confirm": -0.72, "you could": 1.46, "you decide": 0.84, "you expect": -0.62, "you going": 0.52, "you hoped": -0.43, "you i": -0.5, "you let": 0.34, "you lot": 0.32, "you may": 0.5, "you mentioned": -0.47, "you need": -1.02, "you no": 0.94, "you nudge": 0.45, "you picked": 0.69, "you reached": 0.85, "you tell": -0.82, "you understand": 0.68, "you'd": -0.51, "you'd know": -0.33, "you'll": 0.6, "you'll need": 1.03, "you're interviewing": -0.33, "you're offering": 0.66, "you've": 0.99, "you've decided": 0.69, "you've made": 0.68, "your answer": 1.42, "your call": 0.72, "your decision": 0.59, "your end": 1.37, "your final": 0.63, "your interest": 0.33, "your mind": 0.68, "your office": 0.99, "your time": -0.31, "your timeline": -0.44, "yours": -0.64, "yours faithfully": -0.32 } }, { "flag": "silence-complaint", "code": "AV508", "bias": -6.7437, "weights": { "0 0": -0.48, "0 hours": -0.33, "<q>": -0.54, "a bit": 2.24, "a black": 0.63, "a decision": -0.36, "a little": 0.69, "a minute": 0.46, "a one": 0.62, "a peep": 0.46, "a quick": 0.51, "a record": -0.41, "a reply": 0.73, "a shame": 0.73, "a short": 0.56, "acknowledgement": 0.48, "acknowledgement by": 0.48, "admit": 0.4, "admit i": 0.4, "after": 0.87, "after everything": 0.41, "after four": 0.34, "after i": 0.83, "after my": 0.74, "after the": 0.38, "again": -0.32, "aisha": -0.33, "ako": 0.37, "ako no": 0.4, "am quite": 0.58, "an": 0.51, "an acknowledgement": 0.48, "an automated": 0.35, "an organisation": 0.91, "and frankly": 0.69, "and heard": 0.48, "and not": 0.73, "and still": 0.85, "another": -0.41, "answer": -0.38, "any communication": 0.3, "any information": 0.5, "any news": -0.5, "any word": 0.57, "anything": 0.51, "anything has": 0.45, "anything in": 0.59, "applicants": 0.51, "application": 0.68, "application has": 0.63, "appreciated given": 0.32, "are": -0.35, "as": -0.36, "ask for": 0.69, "assessment day": 0.31, "assume": -0.47, "at least": 1.1, "attached": -0.41, "automated": 0.33, "automated reply": 0.35, "back": 0.99, "back after": 0.48, "back and": 0.62, "back which": 0.48, "be a": -0.46, "be honest": 0.38, "be kept": 0.54, "be left": 0.69, "been": 1.41, "been appreciated": 0.32, "been checking": 0.71, "been courteous": 1.14, "been disappointing": 0.36, "been hard": 1.03, "been in": 0.49, "been pretty": 0.39, "been really": 0.71, "being": 0.7, "being kept": 0.54, "being left": 0.64, "best": -0.62, "better": 0.77, "better communication": 0.91, "bit": 2.08, "bit forgotten": 0.45, "bit gutted": 0.49, "bit hurt": 0.48, "bit hurtful": 0.3, "bit much": 0.32, "bit rough": 0.46, "bit rude": 0.31, "black": 0.61, "black hole": 0.63, "bothered": 0.63, "bothered to": 0.63, "busy but": 0.54, "but being": 0.54, "by now": 1.73, "calls": 0.32, "candidates": 0.93, "candidates know": 0.57, "candidates waiting": 0.3, "care": -0.31, "checked": 0.35, "checked my": 0.38, "checking": 0.49, "checking my": 0.67, "cheers": -0.8, "com": -0.43, "come": -0.32, "communication": 1.11, "communication from": 0.91, "confidence": 0.64, "could spare": 0.46, "courteous": 1.14, "courteous even": 0.43, "courteous to": 0.72, "courtesy": 0.86, "courtesy of": 0.69, "current": -0.53, "dark": 0.68, "dark for": 0.44, "day": 0.32, "day and": 0.7, "dear": -0.56, "dear mr": -0.36, "dear ms": -0.36, "decided": -0.33, "decision": -0.41, "demoralising": 0.43, "disappointed": 0.55, "disappointed that": 0.59, "disappointing": 2.11, "disappointing ma": 0.36, "disappointing that": 0.54, "discouraging": 0.82, "discouraging to": 0.48, "disheartening": 0.83, "disheartening to": 0.44, "do": -0.3, "down": 0.57, "down by": 0.45, "down from": 0.48, "down not": 0.35, "dr": -0.32, "drove": 0.4, "drove three": 0.46, "email wasn't": 0.72, "emailed": 0.48, "emailed twice": 0.48, "emails": 0.48, "emails before": 0.58, "employer": -0.31, "even": 0.79, "even a": 0.32, "even an": 0.35, "even for": -0.41, "even if": 0.43, "even to": 0.58, "every day": 1.2, "everything i": 0.37, "exactly": -0.46, "example": -0.32, "expected": 0.97, "expected better": 0.91, "eze": -0.41, "faithfully": -0.41, "fallen": 0.63, "fallen into": 0.63, "feel": 1.02, "feel a": 0.44, "feel ignored": 0.95, "feeling": 0.34, "feeling rather": 0.45, "feels": 0.82, "feels a": 0.33, "feels like": 0.52, "felt a": 0.4, "final": 0.38, "final round": 0.64, "find it": 0.37, "first": -0.32, "followed": 0.34, "followed up": 0.37, "for a": -0.3, "for at": 0.69, "for hr": -0.41, "for this": 0.44, "for weeks": 0.54, "forgotten": 0.78, "forgotten after": 0.4, "forgotten i've": 0.38, "four hour": 0.31, "frankly": 0.61, "frankly it's": 0.69, "from an": 0.86, "from hr": 1.11, "from preston": 0.48, "from you": -0.36, "get any": 0.48, "get even": 0.35, "given the": 0.32, "go quiet": 0.31, "good": -0.55, "got back": 0.34, "grace": -0.34, "gutted": 0.49, "gutted nobody's": 0.49, "had the": 0.41, "hanging": 0.79, "hanging after": 0.64, "hanging when": 0.3, "hannah": -0.43, "hard": 1.02, "hard on": 0.75, "hard to": 0.33, "has": 1.94, "has been": 1.08, "has bothered": 0.63, "has fallen": 0.63, "has followed": 0.37, "has got": 0.34, "has had": 0.46, "has left": 0.45, "have a": -0.35, "have been": 0.4, "have thought": 0.72, "have to": 0.33, "haven't": 0.57, "haven't heard": 0.57, "hear": 0.37, "hear back": 0.45, "hear by": 0.33, "hear last": 0.3, "hear nothing": 0.39, "heard": 0.88, "heard anything": 0.59, "heard nothing": 0.48, "hearing a": 0.46, "hearing anything": 0.57, "hello": -0.34, "hi": -0.75, "hole": 0.63, "honest": 0.38, "honestly": 0.84, "honestly disappointed": 0.59, "honestly feel": 0.38, "hoping": 0.6, "hoping for": 1.03, "hour assessment": 0.31, "hours for": 0.46, "hr": 0.64, "hr has": 0.63, "hr side": 0.5, "hurt": 0.48, "hurt not": 0.48, "hurtful": 0.3, "hurtful to": 0.3, "i drove": 0.4, "i felt": 0.37, "i find": 0.37, "i haven't": 0.57, "i know": -0.31, "i made": 0.46, "i must": 0.31, "i put": 0.72, "i was": 0.96, "i'd expected": 0.91, "i'd have": 0.72, "i'd hear": 0.84, "i'll": -0.55, "i'm a": 0.49, "i'm honestly": 0.59, "i'm starting": 0.95, "i'm still": 0.35, "i'm sure": -0.39, "i've checked": 0.38, "i've emailed": 0.48, "if": -0.34, "if i": -0.35, "if not": -0.31, "ignored": 0.97, "ignored after": 0.95, "in limbo": 0.54, "in over": 0.59, "inbox": 0.36, "information": 0.38, "information from": 0.5, "interview has": 0.71, "into that": 0.41, "is disappointing": 0.64, "is hard": 0.54, "is pretty": 0.41, "is quite": 0.7, "is the": -0.42, "is very": 0.41, "it disappointing": 0.37, "it feels": 0.93, "it is": 1.04, "it would": 0.46, "it's": 1.44, "it's a": 0.56, "it's disappointing": 0.69, "it's now": 0.53, "it's quite": 0.67, "its been": 0.38, "job": -0.32, "just": -0.56, "just a": -0.49, "keen": -0.31, "keep candidates": 0.3, "kept": 0.76, "kept in": 0.78, "kind": -0.38, "kind regards": -0.39, "kinda": 0.4, "kinda sad": 0.4, "knocked": 0.64, "knocked my": 0.64, "know where": 0.63, "last two": 0.58, "lead": -0.35, "least": 1.06, "least a": 0.82, "least an": 0.48, "left": 1.11, "left hanging": 0.79, "left in": 0.43, "left me": 0.45, "lesson is": 0.41, "let candidates": 0.57, "let down": 0.79, "like my": 0.62, "like yours": 0.87, "limbo": 0.54, "limbo for": 0.54, "line": 0.5, "line email": 0.72, "little": 0.64, "little forgotten": 0.4, "little let": 0.35, "long": 1.42, "long silence": 0.36, "long without": 0.79, "looking": -0.32, "lot": -0.34, "lovely": -0.32, "made the": 0.34, "manager": -0.31, "marcus": -0.43, "may": -0.38, "may not": -0.38, "me feeling": 0.45, "messages": 0.56, "might": -0.32, "minute": 0.43, "minute to": 0.46, "monday and": 0.39, "mr": -0.44, "ms": -0.42, "much to": 0.83, "must be": -0.41, "must say": 0.36, "my application": 0.45, "my calls": 0.35, "my confidence": 0.64, "my current": -0.52, "my inbox": 0.38, "my phone": 0.71, "my references": -0.33, "my two": 0.55, "na": 0.35, "na ako": 0.4, "na parang": 0.4, "nakalimutan": 0.4, "nakalimutan na": 0.4, "need": -0.38, "news at": 0.42, "news has": 0.45, "nice to": 0.3, "no": 0.97, "no news": 0.85, "no one": 0.77, "no rush": -0.31, "no update": 0.68, "no word": 0.4, "nobody": 1.72, "nobody could": 0.46, "nobody from": 0.63, "nobody has": 0.38, "nobody replied": 0.58, "nobody's": 0.49, "nobody's been": 0.49, "not": 0.65, "not a": 0.43, "not have": -0.38, "not hearing": 1.25, "not nice": 0.3, "not to": 1.02, "note by": 0.49, "nothing": 1.46, "nothing back": 0.48, "nothing for": 0.39, "now": 1.02, "now and": 0.48, "now so": 0.49, "now thursday": 0.42, "of radio": 0.35, "on applicants": 0.54, "one": 0.41, "one has": 0.77, "one line": 0.72, "only": -0.4, "or": -0.35, "organisation": 0.85, "organisation like": 0.91, "our chat": 0.43, "our interview": 0.36, "over three": 0.59, "painful": 0.74, "painful to": 0.74, "parang": 0.38, "parang nakalimutan": 0.4, "peep": 0.46, "peep after": 0.46, "phone": 0.51, "phone every": 0.88, "please": -0.39, "po na": 0.4, "preston": 0.48, "pretty": 0.64, "pretty discouraging": 0.39, "pretty disheartening": 0.41, "price": -0.32, "priya": -0.36, "put": 0.35, "put into": 0.72, "quick": 0.44, "quick reply": 0.43, "quiet after": 0.31, "quite": 1.74, "quite disheartening": 0.44, "quite sad": 0.58, "quite upsetting": 0.32, "radio": 0.35, "radio silence": 0.35, "rather let": 0.45, "read": -0.48, "really hoping": 0.58, "really knocked": 0.64, "record": -0.41, "record even": -0.41, "references": -0.34, "regards": -0.65, "replied": 0.58, "replied even": 0.58, "reply": 1.57, "reply by": 0.48, "reply would": 0.75, "resending": -0.45, "resending my": -0.31, "respectfully": -0.53, "rn": -0.41, "rough": 0.42, "rough not": 0.46, "round really": 0.64, "rude": 0.31, "rude to": 0.31, "rush": -0.32, "sad": 1.22, "sad po": 0.4, "sad that": 0.58, "said i'd": 0.3, "salary": -0.3, "sam": -0.36, "say the": 0.36, "school": -0.34, "shame": 0.73, "shame nobody": 0.73, "short": 0.37, "short reply": 0.58, "silence": 1.47, "silence has": 0.49, "silence since": 0.9, "since": 0.34, "since it": -0.38, "since our": 0.84, "since the": 0.58, "since two": 0.4, "sincerely": -0.75, "sir it": 0.5, "so long": 0.5, "so the": 0.37, "soon": -0.38, "spare": 0.36, "spare a": 0.46, "stand": 0.32, "start": -0.31, "started": -0.38, "starting": 0.8, "starting to": 0.95, "still nothing": 0.88, "still waiting": 0.51, "sure": -0.5, "sure you've": -0.33, "ta": -0.31, "than": -0.33, "thanks": -0.35, "that lesson": 0.41, "that no": 0.54, "that nobody": 0.58, "the courtesy": 0.86, "the dark": 0.68, "the final": 0.44, "the silence": 0.85, "the trip": 0.48, "there": -0.31, "things stand": 0.44, "this long": 0.91, "thought": 0.65, "thought a": 0.72, "three": 0.8, "three hours": 0.46, "three weeks": 1.11, "thursday with": 0.42, "to admit": 0.4, "to ask": 0.4, "to be": 0.4, "to feel": 0.95, "to get": 0.59, "to me": 0.35, "to my": 0.41, "to update": 0.9, "to wait": 0.43, "told i'd": 0.42, "too": 0.36, "too much": 0.72, "touch since": 0.49, "trip": 0.48, "trip down": 0.48, "twice now": 0.48, "two": 0.41, "two emails": 0.53, "two messages": 0.81, "understand you're": 0.54, "up since": 0.37, "update": 0.9, "update me": 0.82, "update since": 0.4, "upsetting": 0.57, "upsetting to": 0.32, "very painful": 0.5, "wait": 0.45, "wait so": 0.5, "waiting": 1.01, "waiting this": 0.49, "waiting to": 0.53, "walsh": -0.32, "warm": -0.33, "warm regards": -0.3, "warmly": -0.31, "was hoping": 0.62, "was really": 0.54, "was told": 0.55, "wasn't": 0.64, "wasn't too": 0.72, "weekend": -0.42, "weeks": 1.14, "weeks and": 0.36, "weeks is": 0.54, "weeks must": -0.41, "weeks with": 0.37, "where things": 0.44, "which": 0.69, "which is": 0.87, "whole process": 0.38, "will": -0.4, "wishes": -0.38, "with no": 1.34, "without": 0.93, "without any": 0.86, "word": 1.19, "word after": 0.43, "word back": 0.48, "would have": 1.44, "wow": -0.41, "wow three": -0.41, "years": -0.31, "yesterday": -0.41, "yet": -0.45, "you're busy": 0.54, "you've": -0.41, "yours faithfully": -0.41, "yours sincerely": -0.35 } }, { "flag": "passive-aggressive", "code": "AV508", "bias": -6.7132, "weights": { "0 0": -0.49, "0 staff": 0.59, "1st": 0.53, "3rd": 0.51, "3rd which": 0.38, "a chance": 0.43, "a decision": -0.41, "a polite": 1.02, "a quick": -0.3, "a record": 0.96, "a response": 0.53, "a sign": 0.66, "a valid": -0.31, "about designing": -0.32, "accounts": -0.47, "accounts payable": -0.47, "actually": 2.13, "actually gets": 0.67, "actually reaches": 1.11, "actually read": 0.49, "actually received": 0.65, "address": -0.32, "address from": -0.32, "adeyemi": -0.32, "advance": 1.06, "advance for": 1.14, "after": -0.53, "again": 0.58, "again for": -0.32, "again i": 0.44, "again on": 0.53, "again since": 0.55, "again to": 0.64, "aisha": -0.33, "all": -0.43, "already": 1.57, "already answered": 0.67, "already attached": 0.34, "already explained": 0.62, "already have": 0.56, "am available": 0.33, "am cpa": 0.55, "am following": 0.7, "am still": 0.38, "an": -0.41, "and again": 0.56, "and frankly": -0.34, "answer": 0.3, "answer the": 0.64, "answered": 0.67, "answered this": 0.67, "answers": -0.31, "any day": 0.46, "apparently": 0.61, "apparently the": 0.61, "application": 0.65, "application i": -0.31, "application this": 0.65, "appreciate": -0.5, "are already": 0.34, "aren't being": 0.32, "as": 0.59, "as i": 1.67, "as i've": 1.27, "as promised": -0.38, "as requested": -0.46, "as stated": 1.02, "as we": 0.39, "asked about": 0.54, "asked for": -0.31, "assume": 1.03, "assume got": 0.38, "assume the": 0.49, "assume you're": 0.37, "at my": -0.45, "at your": 0.62, "attached": -0.45, "attached the": -0.37, "attaching": 0.61, "attaching my": 0.61, "attachment": 0.58, "attachment didn't": 0.61, "available": 2.07, "available any": 0.56, "available for": 0.31, "available from": 0.48, "available immediately": 0.52, "back": 0.49, "back and": -0.34, "back to": 0.91, "be a": 0.62, "be clear": 0.64, "because i": 0.45, "been following": -0.35, "been too": 0.47, "been waiting": 0.79, "before i": 0.95, "being read": 0.32, "below i": 0.67, "best": -0.62, "both from": -0.31, "both know": 0.5, "bumping": 0.39, "bumping this": 0.39, "buried": 0.38, "buried i": 0.38, "busy": 1.1, "busy since": 0.42, "busy so": 0.4, "busy to": 0.71, "but": 0.33, "but i'll": 0.62, "can start": 0.47, "care": -0.4, "case": 0.62, "case it": 0.88, "case it's": 0.61, "case my": 0.49, "case study": -0.36, "case the": -0.33, "certificates were": 0.48, "changed": -0.33, "changed last": -0.32, "check": -0.5, "check in": -0.34, "checking you": 0.65, "cheers": -0.79, "clarity": 0.62, "clear": 0.53, "clear i": 0.64, "clearly": 0.77, "clearly aren't": 0.32, "clearly in": 0.52, "clinic": -0.42, "clinic check": -0.33, "coastal": -0.35, "coastal path": -0.35, "com": -0.46, "communication": 0.49, "communication works": 0.69, "confusion": 0.48, "conversation": -0.35, "could": -0.3, "course": 0.64, "course i've": 0.79, "cover": 0.37, "cover letter": 0.54, "cpa": 0.55, "cpa qualified": 0.55, "cv": 1.22, "cv for": 0.61, "cv i": -0.47, "cv in": 0.81, "danielasante": -0.33, "danielasante design": -0.33, "day this": 0.54, "days": -0.3, "dear": -0.56, "dear mr": -0.36, "dear ms": -0.36, "decided": -0.38, "deciding": 0.31, "deciding same": 0.33, "decision": -0.38, "design kiosk": -0.33, "designing": -0.32, "designing for": -0.32, "did": 0.49, "did answer": 0.64, "did mention": 0.62, "didn't": 0.57, "didn't get": 0.61, "disappointing": -0.63, "do": -0.4, "dr": -0.33, "during my": -0.3, "during the": 0.53, "earlier": 1.04, "earlier email": 0.47, "earlier messages": 0.47, "email": 1.73, "email because": 0.47, "email changed": -0.32, "email i'm": 0.55, "email of": 0.38, "email reached": 0.47, "email will": 0.57, "emails": 1.26, "emails clearly": 0.32, "emails i": 0.54, "employer": -0.47, "ended": 0.5, "ended up": 0.65, "even": 0.33, "even for": 0.94, "example": -0.31, "experience": -0.35, "experience in": -0.47, "explained": 1.24, "explained more": 0.66, "explained twice": 0.62, "extremely": 0.4, "extremely busy": 0.4, "eze": -0.42, "faithfully": -0.33, "feel": -0.41, "finally": 1.14, "finally getting": 1.14, "find the": 0.47, "first attachment": 0.61, "floating": 0.58, "floating this": 0.58, "folder": 0.64, "follow": 0.99, "follow up": 1.07, "following": 1.32, "following the": -0.35, "following up": 1.69, "for 0": 0.47, "for a": -0.39, "for both": -0.31, "for clarity": 0.62, "for finally": 1.14, "for hr": 0.96, "for older": -0.33, "forklift": -0.38, "forklift licence": -0.33, "four": -0.36, "four years": -0.55, "frankly": -0.38, "frankly it's": -0.34, "from last": 0.97, "from now": -0.32, "gap": 0.57, "gap in": 0.63, "get opened": 0.61, "gets": 0.61, "gets a": 0.7, "getting": 0.89, "getting back": 1.14, "give": -0.33, "going back": 0.38, "gone": 0.6, "gone missing": 0.61, "good": -0.43, "got buried": 0.38, "grace": -0.34, "had asked": 0.38, "hannah": -0.45, "has": -0.69, "has been": -0.53, "have already": 0.65, "have four": -0.47, "have now": 0.48, "have vanished": 0.38, "heaps": -0.31, "hear back": -0.46, "heard back": 0.47, "hello": -0.31, "here": 0.52, "here is": -0.33, "here it": 0.81, "hi": -0.76, "hold a": -0.32, "hold the": 0.62, "honestly": -0.43, "hope this": 0.96, "hopefully": 1.04, "hopefully this": 1.18, "how communication": 0.69, "hr": 0.71, "https": -0.4, "https danielasante": -0.33, "i already": 0.56, "i assume": 1.43, "i did": 0.92, "i explained": 0.86, "i know": -0.35, "i mentioned": 0.54, "i never": 0.47, "i remain": 0.44, "i said": 1.13, "i told": 0.54, "i will": -0.54, "i'll": 0.52, "i'll keep": 0.44, "i'll repeat": 0.62, "i'll take": 0.89, "i'm available": 1.24, "i'm not": -0.32, "i'm resending": 0.47, "i'm still": 0.59, "i'm sure": 0.41, "i've already": 0.44, "i've attached": -0.43, "i've been": -0.41, "i've now": 0.89, "i've only": 0.77, "i've run": 0.55, "if my": 0.96, "immediately": 0.43, "in accounts": -0.47, "in advance": 1.14, "in case": 1.21, "in kiosk": -0.33, "in my": 0.53, "in writing": 0.48, "in your": 0.38, "inbox": 0.81, "inbox again": 0.96, "interview but": 0.62, "interview i": 0.81, "interview i've": 0.57, "interview this": -0.32, "is again": 0.36, "is once": 0.47, "is the": -0.47, "it for": 0.57, "it is": 0.39, "it seems": 0.58, "it's disappointing": -0.34, "it's gone": 0.61, "jen": 0.52, "jen on": 0.56, "job": -0.37, "just": 1.16, "just a": 0.72, "just checking": 0.37, "just floating": 0.58, "just to": 0.68, "keen": -0.4, "keep sinking": 0.39, "keep this": 0.71, "kind": -0.44, "kind regards": -0.37, "kindly refer": 0.67, "kiosk": -0.33, "kiosk i": -0.33, "know from": 0.5, "last": 0.78, "last email": 0.73, "last employer": -0.33, "last note": 0.58, "last one": 0.57, "last time": 0.4, "last two": 1.15, "last week": 0.36, "left": -0.33, "letter which": 0.54, "licence you": 0.62, "like i": 1.03, "like last": 0.4, "linkedin": -0.32, "long": -0.31, "longer emails": 0.32, "looking": -0.34, "lost": 0.88, "lost again": 0.81, "mail": 0.42, "mail below": 0.67, "managers": -0.32, "march": 0.36, "marcus": -0.44, "may not": 0.34, "mean you're": 0.33, "mention": 0.57, "mention this": 0.62, "mentioned": 0.39, "mentioned in": 0.54, "mentioned twice": 1.1, "mentioned when": -0.33, "message": 0.35, "messages": 1.03, "messages ended": 0.67, "missing": 0.55, "missing again": 0.61, "monday": 0.5, "monday i": 0.88, "month": -0.33, "more for": -0.3, "more than": 0.66, "morning": -0.38, "mr": -0.45, "mrs": -0.3, "ms": -0.43, "must": 0.86, "must be": 0.96, "my answers": -0.31, "my application": 0.74, "my certificates": 0.31, "my cover": 0.54, "my cv": 1.32, "my earlier": 1.23, "my follow": 0.97, "my last": 0.87, "my longer": 0.32, "my phone": -0.46, "my previous": 1.27, "my references": 0.65, "my voicemail": 0.91, "my white": 0.56, "need": -0.38, "never heard": 0.47, "next": -0.31, "no confusion": 0.48, "no rush": 0.68, "nobody": -0.34, "not have": 0.41, "not sure": 0.93, "note": 0.48, "note i'm": 0.6, "note went": 0.42, "notes": 0.42, "notes slipped": 0.49, "now mentioned": 0.56, "now on": -0.32, "now pointed": 0.48, "now said": 0.34, "nurses": -0.32, "of course": 0.79, "of experience": -0.46, "of how": 0.5, "of your": 0.65, "old": -0.32, "older": -0.33, "older users": -0.33, "on monday": 1.01, "on whether": -0.3, "once": 0.78, "once during": 0.66, "one": 0.31, "one actually": 1.79, "only been": 0.79, "opened": 0.58, "our": -0.45, "out twice": 0.41, "panel had": 0.52, "past": 0.52, "past you": 0.49, "path": -0.31, "path project": -0.35, "payable": -0.47, "payroll": 0.52, "payroll for": 0.58, "per": 0.61, "per my": 0.85, "perhaps": 0.67, "perhaps my": 0.67, "person": 0.45, "person unlike": 0.57, "phone": 0.33, "phone and": 0.54, "phone in": 0.48, "please": -0.59, "please use": -0.32, "po": -0.49, "pointed": 0.53, "pointed out": 0.53, "polite": 1.02, "polite reminder": 1.02, "portal on": 0.48, "position": -0.32, "previous": 1.33, "previous email": 0.55, "previous messages": 0.67, "previous note": 0.6, "price": -0.31, "priya": -0.33, "project since": -0.35, "promised": -0.38, "promised here": -0.33, "qualified": 0.45, "question about": 0.31, "quick": -0.33, "quite clearly": 0.52, "reach": 0.42, "reach the": 0.57, "reached": 0.63, "reached you": 0.74, "reaches": 1.07, "reaches you": 1.11, "read": 1.42, "read it": 0.49, "reattaching": 0.81, "reattaching my": 0.81, "received": 0.42, "received my": 0.6, "record": 0.72, "record even": 0.96, "refer": 0.67, "refer to": 0.67, "references are": 0.38, "references since": 0.61, "references you": -0.3, "regards": -0.65, "remain": 0.43, "remain available": 0.78, "reminder": 0.99, "reminder that": 1.01, "repeat": 1.31, "repeat it": 0.62, "repeat what": 0.76, "reply to": 0.36, "requested": -0.46, "resending": 1.94, "resending my": 1.24, "resending this": 0.78, "respectfully": -0.48, "response": 0.32, "right": 0.38, "right person": 0.57, "rn": -0.41, "room": -0.31, "run payroll": 0.66, "rush": 0.52, "rush of": 0.78, "said": 1.27, "said on": 0.55, "said quite": 0.52, "said twice": 0.34, "sam": -0.36, "same as": 0.33, "say": -0.32, "second round": 0.35, "seems": 0.72, "seems to": 0.55, "sent on": 0.58, "shift": -0.31, "short": 0.46, "short like": 0.4, "short since": 0.32, "sign": 0.59, "sign of": 0.69, "silence": 0.71, "silence as": 0.69, "silence to": 0.33, "simply": 0.47, "simply been": 0.47, "since": 0.95, "since apparently": 0.61, "since it": 0.86, "since march": 0.79, "since my": 1.01, "since we": -0.4, "sincerely": -0.75, "sinking": 0.39, "sir": -0.38, "slipped": 0.49, "slipped past": 0.49, "so here": 0.81, "so i'll": 0.4, "so there's": 0.48, "someone": 0.38, "someone will": 0.49, "soon": -0.46, "spam": 0.78, "spam folder": 0.67, "speak": -0.34, "spoke": -0.4, "start date": 0.35, "start on": 0.6, "stated": 1.02, "stated twice": 1.02, "status": 0.62, "status of": 0.7, "still": 0.33, "still deciding": 0.33, "still interested": 0.54, "still waiting": 0.81, "study": -0.37, "study for": -0.33, "sure": 1.07, "sure i": -0.3, "sure if": 0.96, "sure you're": 0.4, "sure you've": 0.42, "ta": -0.32, "take the": 0.95, "than once": 0.66, "thanks": -0.31, "thanks again": -0.71, "thanks in": 1.14, "that i'm": 0.99, "the 1st": 0.53, "the 3rd": 0.61, "the answer": 0.49, "the case": -0.35, "the clinic": -0.35, "the coastal": -0.35, "the follow": 0.58, "the gap": 0.61, "the last": 0.66, "the licence": 0.62, "the phone": 0.93, "the references": -0.31, "the right": 0.55, "the second": 0.3, "the silence": 0.83, "the start": 0.36, "the status": 0.7, "the third": 0.41, "the top": 0.87, "the trailing": 0.67, "the updates": -0.35, "there's no": 0.45, "third": 0.41, "third time": 0.43, "this": 0.74, "this address": -0.32, "this email": 0.57, "this in": 1.17, "this is": -0.38, "this job": -0.39, "this one": 1.56, "this question": 0.67, "this short": 0.71, "this time": 1.48, "this to": 0.96, "three weeks": 0.56, "time in": 0.61, "time so": 0.48, "time someone": 0.49, "to have": 0.33, "to me": 0.52, "to mean": 0.33, "to my": 0.3, "to read": 0.6, "to repeat": 0.76, "to reply": 0.33, "to speak": -0.33, "today": -0.38, "told": 0.38, "told jen": 0.56, "too": 0.53, "too busy": 0.71, "top": 0.71, "top of": 0.78, "trailing": 0.67, "trailing mail": 0.67, "tuesday i": 0.56, "twice": 2.69, "twice before": 0.93, "twice during": 0.48, "twice i": 0.62, "twice i'm": 0.56, "twice my": 0.81, "two emails": 0.59, "two managers": -0.31, "two notes": 0.49, "two times": 0.42, "unanswered": 0.42, "understand": -0.31, "unlike my": -0.39, "unlike the": 0.54, "up": 0.32, "up for": -0.3, "up from": 0.95, "up i": 0.58, "up in": 0.63, "up on": 1.5, "updated": -0.34, "updates": -0.35, "updates on": -0.35, "uploaded on": 0.48, "use this": -0.32, "users": -0.32, "users https": -0.33, "valid": -0.31, "valid forklift": -0.31, "vanished": 0.38, "very busy": 0.41, "voicemail": 0.91, "voicemail on": 0.91, "waiting": 1.14, "waiting since": 0.79, "waiting to": 0.67, "walsh": -0.32, "warm": -0.34, "warm regards": -0.31, "warmly": -0.31, "was a": -0.36, "was lost": 0.81, "we both": 0.5, "we spoke": -0.4, "week please": -0.32, "weeks must": 0.96, "well": -0.44, "went unanswered": 0.42, "were uploaded": 0.48, "what i": 0.45, "when": -0.43, "when you": -0.37, "where": -0.31, "whether": -0.38, "which i": 0.93, "white": 0.53, "white card": 0.53, "will actually": 0.49, "will reach": 0.57, "wishes": -0.34, "works": 0.56, "works at": 0.69, "wow": 0.96, "wow three": 0.96, "writing this": 0.48, "years": -0.32, "years of": -0.3, "you once": -0.31, "you well": -0.38, "you'll": 0.39, "you'll find": 0.54, "you're": 0.56, "you're extremely": 0.4, "you're still": 0.33, "you're very": 0.42, "you've simply": 0.47, "your company": 0.64, "your inbox": 0.96, "your spam": 0.78, "yours": -0.63, "yours faithfully": -0.33 } }, { "flag": "badmouth", "code": "AV510", "bias": -6.6267, "weights": { "0": -0.32, "0 0": -0.47, "<q>": -0.43, "a bigger": -0.5, "a bit": -0.42, "a boss": 0.39, "a breath": 0.5, "a bully": 0.8, "a change": 0.58, "a circus": 0.6, "a clueless": 0.63, "a crook": 0.48, "a gm": 0.43, "a great": -0.63, "a joke": 0.34, "a lead": -0.39, "a nightmare": 1.34, "a relief": 1, "a roster": 0.47, "a shambles": 1.34, "a similar": -0.35, "a truck": 0.49, "a unit": 0.42, "about billable": 0.53, "about tests": 0.39, "actually": 0.85, "actually runs": 0.49, "actually seem": 0.63, "after four": 0.61, "after three": 0.4, "after years": 0.39, "again": -0.31, "agency": 0.9, "agency i": 0.86, "air": 0.46, "aisha": -0.35, "all day": 1.44, "am is": 0.79, "and dishonest": 0.51, "and everyone": 0.58, "and get": 0.88, "and has": 0.49, "and left": 0.49, "and nobody": 0.81, "and shout": 0.45, "and taught": -0.37, "answers": -0.42, "answers were": -0.32, "any modern": 0.5, "appealed": 0.57, "appealed to": 0.57, "applying": 0.67, "approach": 0.56, "approach was": 0.63, "are": 0.45, "are completely": 0.61, "are cowboys": 0.55, "are lazy": 0.5, "as": -0.34, "at all": -0.35, "at everyone": 0.39, "at had": 0.49, "at my": 1.2, "at now": 1.21, "at staff": 0.45, "at was": 0.6, "attached": -0.56, "away": 0.34, "away from": 0.51, "awful": 0.49, "awful leadership": 0.49, "back": -0.31, "backed": 0.43, "backed us": 0.49, "backward": 0.5, "backward and": 0.5, "badly": 0.84, "badly run": 0.89, "be honest": 0.49, "because the": -0.39, "because their": 0.51, "been": -0.31, "been a": 0.65, "been very": -0.39, "belittles": 0.95, "belittles the": 0.95, "best": -0.68, "bigger": -0.5, "bigger team": -0.5, "billable": 0.53, "billable hours": 0.53, "bit": -0.5, "boss": 2.18, "boss at": -0.36, "boss has": 0.58, "boss na": 0.46, "boss took": 0.42, "boss who": 0.39, "bottom": 0.45, "brake": 0.49, "brake jobs": 0.49, "breath": 0.5, "breath of": 0.5, "broke": 0.4, "broke down": 0.49, "bully": 0.8, "bully and": 0.77, "cafe": 0.73, "cafe i": 0.33, "cafe was": 0.37, "calm": 0.58, "calm style": 0.39, "can inform": -0.37, "can see": 0.47, "can't wait": 0.32, "care": 0.48, "care about": 0.37, "care less": 0.62, "cared": 0.53, "cared about": 0.53, "cares": 0.35, "cares about": 0.39, "carrying them": 0.3, "change": 0.5, "check": -0.51, "cheers": -0.82, "circus": 0.6, "circus to": 0.6, "clinic just": 0.58, "closing": -0.32, "closing in": -0.31, "club": -0.33, "clueless": 0.66, "clueless director": 0.63, "coast": 0.35, "code": 0.3, "code and": 0.39, "colleagues": 0.79, "colleagues gossip": 0.88, "com": -0.4, "company": 0.92, "company is": 0.48, "company only": 0.53, "company was": 0.8, "completely": 0.68, "completely out": 0.61, "completely useless": 0.45, "constantly": 0.95, "constantly belittles": 0.95, "corner": 0.32, "corner going": 0.39, "corners": 0.76, "corners everywhere": 0.48, "couldn't": 1.8, "couldn't care": 0.62, "couldn't organise": 0.84, "couldn't write": 0.42, "cover for": 0.49, "covering": 0.63, "covering for": 0.63, "cowboys": 0.55, "cowboys who": 0.49, "credit": 0.46, "credit for": 1.16, "crew at": 0.38, "crook": 0.48, "crook who": 0.48, "culture": 0.34, "culture was": 0.54, "current": 1.38, "current employer": 0.34, "current job": -0.6, "current manager": 1.26, "current site": 0.55, "current supervisor": 0.49, "current team": 1.09, "cut": 0.46, "cut corners": 0.76, "cut every": 0.39, "day and": 0.81, "dear": -0.59, "dear mr": -0.37, "dear ms": -0.37, "department": 0.59, "department is": 1.09, "depot treats": 0.34, "desperate": 0.77, "desperate to": 0.84, "developers": 0.42, "developers on": 0.42, "did": -0.34, "director": 0.61, "director your": 0.63, "dirt": 0.84, "dirt so": 0.54, "dishonest": 0.51, "do": -0.48, "doing": 0.31, "don't": 0.5, "don't know": 0.46, "don't pay": 0.45, "done": 0.45, "down on": 0.49, "dr": -0.35, "email": -0.35, "employer": 1.18, "employer has": 0.69, "employer treated": 0.86, "employer was": -0.49, "employer you": 0.63, "every corner": 0.39, "every worksheet": 0.52, "everyone": 0.67, "everyone knows": 0.58, "everyone your": 0.39, "everything": 0.76, "everything and": 0.49, "everything i": 0.4, "everywhere": 0.48, "example": -0.36, "eze": -0.43, "faithfully": -0.33, "favourites": 0.43, "favourites your": 0.43, "felt": 0.35, "felt like": 0.42, "final": -0.39, "final result": -0.37, "firm was": 0.57, "fixed": 0.45, "fixed a": 0.49, "floor actually": 0.49, "foods": 0.32, "foods because": 0.51, "for everything": 0.87, "for him": 0.49, "for them": 0.36, "for treats": 0.75, "for which": 0.37, "four years": 0.47, "frankly": 0.96, "frankly the": 0.66, "frankly useless": 0.35, "free": -0.3, "fresh": 0.43, "fresh air": 0.5, "from top": 0.47, "front of": 0.33, "furniture": 0.68, "garbage": 0.39, "garbage code": 0.39, "get away": 0.55, "get nothing": 0.88, "girls": 0.58, "girls at": 0.58, "gm": 0.47, "gm who": 0.43, "going and": 0.39, "good": -0.54, "gossip": 0.88, "gossip all": 0.88, "gossiped": 0.58, "gossiped all": 0.58, "got": -0.38, "grace": -0.36, "grateful": -0.41, "great": -0.57, "great place": -0.54, "had awful": 0.49, "half": 0.33, "half the": 0.45, "hannah": -0.44, "happy": -0.37, "happy to": -0.36, "has": 0.4, "has no": 0.92, "has zero": 0.58, "haulage": 0.47, "haulage never": 0.49, "head": 1.12, "head never": 0.49, "head of": 0.8, "hello": -0.32, "her": 0.31, "her life": 0.38, "hi": -0.78, "highlight": -0.33, "him": 0.49, "his": 0.35, "his life": 0.5, "home": -0.3, "honest": 0.49, "honestly": 0.94, "honestly my": 0.97, "honestly the": 0.85, "hope": -0.37, "hospital": 0.34, "hospital i'm": 0.68, "i built": 0.3, "i can": -0.45, "i can't": 0.35, "i know": -0.31, "i only": 0.51, "i ran": -0.45, "i taught": 0.44, "i temp": 0.75, "i walked": 0.36, "i was": -0.34, "i work": 1.41, "i worked": 0.8, "i'll": -0.32, "i'm applying": 0.67, "i'm at": 0.4, "i'm desperate": 0.79, "i'm grateful": -0.46, "i'm in": 0.66, "i'm keen": 0.55, "i'm leaving": 0.68, "i'm now": -0.49, "i'm sick": 0.39, "i'm tired": 0.55, "i'm with": 0.97, "i've": -0.55, "idea": 0.6, "idea how": 0.88, "in front": 0.33, "in march": -0.31, "in my": -0.36, "in now": 0.68, "in your": -0.33, "including": -0.4, "incompetent": 1.16, "incompetent and": 0.51, "incompetent which": 0.67, "inform": -0.36, "inform my": -0.37, "interstate": 0.49, "interstate so": 0.49, "into": -0.33, "into a": -0.31, "is a": 1.17, "is badly": 0.44, "is closing": -0.31, "is completely": 0.45, "is frankly": 0.35, "is incompetent": 0.67, "is very": 0.33, "is why": 1.02, "it broke": 0.49, "it's": -0.34, "its": 0.61, "its workers": 0.75, "itself": -0.38, "itself so": -0.37, "job": -0.34, "job because": -0.38, "job i": -0.32, "job the": 0.48, "jobs": 0.43, "joke": 0.34, "joke nobody": 0.34, "juniors": 0.33, "juniors in": 0.33, "just": 0.33, "just coast": 0.35, "just gossiped": 0.58, "keen for": 0.58, "kids": 0.47, "kind": -0.44, "kind regards": -0.38, "kindly": -0.5, "kindly share": -0.37, "knew": 0.31, "knew what": 0.34, "know any": 0.5, "knows": 0.58, "knows it": 0.58, "lab": -0.32, "laging": 0.46, "laging sumisigaw": 0.46, "last": 0.45, "last company": 0.8, "last employer": 0.62, "last practice": 0.6, "lazy": 1.34, "lazy and": 1.12, "lead is": 0.67, "lead role": -0.39, "leadership": 1.15, "leadership and": 0.49, "leadership skills": 0.58, "learn": -0.44, "learn i'm": -0.49, "learned": -0.36, "leave": 0.41, "leaving": 0.68, "leaving my": -0.31, "leaving she": 0.52, "left": 0.48, "left the": 0.44, "left zenith": 0.51, "less": 0.6, "less about": 0.62, "life": 0.83, "like": 0.36, "like a": 0.8, "like dirt": 0.84, "like furniture": 0.68, "like numbers": 0.71, "listens": 0.42, "listens to": 0.42, "lives": 0.34, "lot i'm": 0.87, "management": 1.94, "management at": 0.54, "management was": 0.51, "management where": 0.79, "manager": 0.92, "manager couldn't": 0.47, "manager is": 0.8, "manager where": 0.31, "managers": 0.6, "managers are": 0.66, "marcus": -0.45, "me how": -0.36, "me to": -0.41, "micromanages": 0.52, "micromanages every": 0.52, "midwest": 0.47, "midwest haulage": 0.47, "modern": 0.5, "modern tools": 0.5, "morning": -0.33, "most of": 0.39, "move into": -0.39, "mr": -0.45, "mrs": -0.31, "ms": -0.44, "my answers": -0.34, "my boss": 0.86, "my colleagues": 0.88, "my current": 1.53, "my department": 0.58, "my head": 0.48, "my last": 0.52, "my move": -0.39, "my old": 1.82, "my present": 1.09, "my references": -0.32, "my school": 0.62, "my supervisor": 1.9, "my team": 0.65, "na": 0.36, "na laging": 0.46, "never": 0.85, "never backed": 0.49, "never fixed": 0.49, "new starters": 0.87, "night": -0.3, "nightmare": 1.34, "nightmare to": 1.07, "no idea": 1.01, "nobody": 0.82, "nobody listens": 0.42, "nobody there": 0.73, "not": -0.37, "nothing": 0.58, "nothing done": 0.88, "now": 1.43, "now are": 0.74, "now couldn't": 0.31, "now cut": 0.39, "now don't": 0.45, "now is": 0.44, "now ready": -0.49, "now the": 0.61, "now treats": 0.76, "now yells": 0.33, "numbers": 0.64, "nurses": 1.11, "nurses like": 0.68, "of a": 0.37, "of carrying": 0.3, "of covering": 0.63, "of customers": 0.33, "of fresh": 0.5, "of touch": 0.61, "of us": 0.49, "off pensioners": 0.49, "old": 1.21, "old boss": 0.83, "old cafe": 0.46, "old clinic": 0.58, "old company": 0.47, "on brake": 0.49, "on time": 0.44, "one": -0.45, "only": 0.72, "only cared": 0.53, "only left": 0.51, "organise": 0.84, "organise a": 0.84, "out of": 0.49, "over": -0.39, "own": -0.32, "owner": 1.07, "owner at": 0.69, "owner was": 0.47, "owners": 0.97, "owners of": 0.73, "pay on": 0.44, "pensioners": 0.49, "pensioners on": 0.49, "people on": 0.3, "place felt": 0.43, "place i'm": 0.42, "place to": -0.54, "played": 0.43, "played favourites": 0.43, "please": -0.38, "po": -0.47, "practice": 0.47, "practice i": 0.6, "present": 1.02, "present company": 0.78, "present employer": 0.34, "previous firm": 0.57, "price": -0.32, "priya": -0.35, "programme": 0.55, "programme really": 0.57, "quick": -0.31, "ran": -0.45, "ready": -0.48, "ready for": -0.48, "really appealed": 0.57, "reason": 0.45, "reason i'm": 0.52, "references": -0.31, "refreshing": 0.49, "regards": -0.67, "relief": 1, "respectfully": -0.5, "restaurant": 0.39, "restaurant i": 0.45, "result": -0.38, "result today": -0.37, "right": -0.48, "rip": 0.49, "rip off": 0.49, "rn": -0.42, "roster": 0.44, "roster to": 0.47, "rota to": 0.32, "run": 1.04, "run a": 0.33, "run and": 0.41, "run from": 0.47, "run like": 0.6, "rush": -0.31, "sam": -0.37, "save": 1.06, "save her": 0.31, "save his": 0.5, "save their": 0.43, "school": 0.49, "school couldn't": 0.62, "see why": 0.47, "seem": 0.59, "seem to": 0.59, "seemed": 0.46, "seemed to": 0.4, "seniors": 0.67, "seniors there": 0.5, "shambles": 1.54, "shambles so": 0.57, "share": -0.41, "share the": -0.39, "she": 0.32, "she micromanages": 0.52, "shift": -0.31, "ships": 0.38, "ships garbage": 0.39, "shout": 0.45, "shout at": 0.45, "shouts": 0.39, "shouts at": 0.39, "sick": 0.38, "sick of": 0.39, "similar": -0.5, "since": -0.3, "sincerely": -0.74, "sir": -0.33, "site is": -0.31, "skills": 0.46, "skills so": 0.58, "so i'm": 0.71, "so that": -0.37, "so you": 0.45, "so your": 1.18, "sorry": -0.43, "staff": 0.61, "staff like": 0.85, "starters": 0.87, "still": -0.42, "structured": 0.57, "structured training": 0.57, "style": 0.39, "style was": 0.39, "sumisigaw": 0.46, "sumisigaw you": 0.46, "supervisor": 1.77, "supervisor at": 0.4, "supervisor constantly": 0.95, "supervisor takes": 0.49, "supervisor there": 0.49, "supportive of": -0.39, "sure": -0.34, "ta": -0.33, "take": -0.39, "takes": 0.62, "takes credit": 0.76, "taught": -0.37, "taught at": 0.49, "taught me": -0.65, "teachers": 0.62, "teachers at": 0.62, "team are": 0.3, "team couldn't": 0.42, "team lead": 0.58, "team seemed": 0.4, "team ships": 0.38, "team there": 0.34, "team's": 0.6, "team's approach": 0.63, "temp": 0.75, "temp for": 0.75, "terribly": 0.72, "test to": 0.42, "tests": 0.39, "thanks": -0.35, "that i": -0.34, "the agency": 0.8, "the cafe": 0.33, "the company": -0.38, "the developers": 0.42, "the final": -0.37, "the floor": 0.35, "the girls": 0.58, "the head": 1.06, "the hospital": 0.61, "the interstate": 0.49, "the juniors": 0.33, "the kids": 0.53, "the last": 1.04, "the lot": 0.87, "the management": 0.79, "the managers": 0.66, "the new": 0.37, "the nurses": 0.36, "the owner": 1.09, "the owners": 1, "the people": 0.49, "the reason": 0.52, "the restaurant": 0.45, "the seniors": 0.67, "the site": -0.37, "the teachers": 0.62, "the toxic": 0.55, "their": 0.86, "their lives": 0.43, "their management": 0.51, "them": 0.46, "there": 0.33, "there cares": 0.39, "there don't": 0.5, "there just": 0.35, "there knew": 0.34, "there was": 0.43, "they were": 0.34, "this": -0.33, "three years": 0.31, "tired": 0.55, "tired of": 0.55, "to bottom": 0.47, "to care": 0.33, "to cover": 0.49, "to learn": -0.45, "to leave": 0.72, "to run": 0.42, "to save": 1.19, "today": -0.35, "today itself": -0.38, "took credit": 0.42, "tools": 0.36, "top": 0.4, "top to": 0.47, "toxic": 0.55, "toxic crew": 0.55, "training programme": 0.57, "treated": 1.13, "treated staff": 0.54, "treated us": 0.33, "treats": 1.78, "treats its": 0.75, "treats nurses": 0.68, "treats us": 0.34, "truck": 0.4, "truck until": 0.49, "twice": -0.46, "two": -0.44, "under a": 0.59, "unit test": 0.42, "unlike": 1.53, "unlike my": 1.41, "until it": 0.49, "us": 1.4, "us like": 0.66, "us to": 0.49, "us up": 0.49, "useless": 0.8, "useless and": 0.35, "useless so": 0.45, "very backward": 0.5, "very calm": 0.46, "wait to": 0.34, "walked": 0.32, "walked out": 0.37, "walsh": -0.33, "ward manager": 0.31, "warm": -0.35, "warm regards": -0.32, "warmly": -0.33, "was badly": 0.47, "was incompetent": 0.51, "was lazy": 0.65, "was refreshing": 0.64, "was run": 0.6, "week": -0.44, "were": 0.31, "were doing": 0.34, "were very": 0.46, "what they": 0.34, "where i": 0.9, "which is": 0.71, "who": 0.51, "who cut": 0.76, "who played": 0.43, "who rip": 0.49, "who shouts": 0.39, "why": 1.19, "why i": 0.37, "why i'm": 1.14, "wishes": -0.34, "with now": 1.15, "work at": 0.33, "work for": 0.86, "work now": 0.61, "worked": 0.7, "worked at": 0.6, "workers": 0.97, "workers terribly": 0.75, "worksheet": 0.52, "write a": 0.42, "year": -0.41, "years of": 0.44, "years under": 0.63, "yells": 0.33, "yells at": 0.33, "you actually": 0.68, "you are": -0.32, "you can": 0.42, "you were": 0.42, "your calm": 0.39, "your culture": 0.54, "your place": 0.43, "your staff": 0.32, "your structured": 0.57, "your team's": 0.63, "yours": -0.65, "yours faithfully": -0.33, "zenith": 0.49, "zenith foods": 0.51, "zero": 0.52, "zero leadership": 0.58 } }, { "flag": "pay-perks", "code": "AV505", "bias": -6.5016, "weights": { "0 0": -0.6, "0 a": 0.63, "0 days": 0.4, "0 if": 0.43, "13th": 0.66, "13th month": 0.72, "401k": 0.61, "401k match": 0.61, "<q>": 3.16, "a bonus": 0.62, "a car": 0.33, "a company": 0.67, "a decision": -0.48, "a differential": 0.41, "a discount": 0.49, "a half": 0.68, "a holiday": 0.49, "a month": 0.53, "a no": -0.42, "a raise": 0.41, "a relocation": 0.37, "a signing": 0.5, "a yes": -0.67, "above": 0.43, "above award": 0.43, "accommodation": 0.31, "accommodation for": 0.31, "advance": 0.32, "after": 0.37, "after pf": 0.43, "after probation": 0.41, "afternoon": -0.46, "aisha": -0.35, "allowance": 1.62, "allowance if": 0.34, "allowance or": 0.33, "already": 0.34, "already booked": 0.49, "also": 2.58, "also do": 0.36, "also hoping": 0.51, "also inform": 0.35, "also let": 0.48, "also like": 0.8, "also wondering": 0.7, "amount": 0.51, "an": -0.38, "and a": 0.88, "and bonuses": 0.38, "and do": 0.52, "and flights": 0.58, "and gratuity": 0.35, "and health": 1.05, "and is": 0.31, "and may": 0.3, "and study": 0.4, "and van": 0.36, "and whether": 0.97, "ang": 0.3, "ang sahod": 0.3, "annual": 0.93, "annual leave": 0.64, "any bonus": 0.98, "any news": -0.54, "any room": 0.31, "any update": -0.55, "any way": -0.37, "anything": -0.54, "anything else": -0.37, "apprentices'": 0.32, "apprentices' tools": 0.36, "are": 0.84, "are included": 0.35, "are paid": 0.42, "are pay": 0.38, "are there": 0.59, "as i've": 0.4, "as well": 0.41, "ask": 0.51, "ask about": 1.34, "ask what": -0.39, "assessment": -0.47, "assessment will": -0.46, "at christmas": 0.98, "at least": 0.67, "at my": -0.31, "at time": 0.68, "attached": -0.51, "august": 0.47, "august off": 0.49, "award or": 0.43, "ba": 0.3, "bali": 0.43, "bali in": 0.43, "band": 0.44, "band this": 0.42, "base": 0.54, "base negotiable": 0.54, "be able": 0.31, "be any": 1.27, "be eligible": 0.31, "be for": 0.67, "be given": 0.35, "be part": -0.34, "be possible": -0.39, "been": -0.44, "before": -0.31, "before deciding": 0.65, "before going": 0.7, "before i": -0.59, "before the": -0.6, "before you": -0.51, "begins": -0.5, "begins on": -0.5, "best": -0.68, "best wishes": -0.31, "biweekly": 0.47, "biweekly paychecks": 0.47, "bonus": 2.9, "bonus amount": 0.51, "bonus at": 1.15, "bonus for": 0.63, "bonus is": 0.48, "bonuses": 0.38, "bonuses given": 0.38, "booked": 0.4, "booked a": 0.49, "breakup": 0.51, "breakup and": 0.51, "but": -0.32, "by": -0.41, "by tomorrow": -0.45, "call duty": 0.5, "call to": -0.35, "can i": 0.31, "can you": 0.79, "car": 1.37, "car allowance": 0.33, "car loan": 0.59, "card with": 0.31, "care": -0.42, "carry": 0.4, "carry a": 0.41, "chance the": 0.48, "chance you": -0.32, "check how": 0.3, "cheers": -0.85, "children": 0.3, "christmas": 1.02, "code": -0.41, "code for": -0.43, "com": -0.44, "comes": 1.2, "comes with": 1.38, "company": 0.39, "company car": 0.7, "company cover": 0.33, "confirm": 0.31, "confirm whether": 0.56, "contribution": 0.57, "contribution is": 0.57, "could go": 0.48, "could i": 0.75, "could tell": -0.32, "cover": 0.98, "cover my": 0.72, "coverage": 0.48, "covered": 0.58, "covers": 0.42, "covers my": 0.46, "ctc": 1.15, "ctc and": 0.67, "ctc breakup": 0.51, "date": -0.65, "date in": -0.5, "day one": -0.47, "days": 1.13, "days holiday": 0.48, "days of": 0.75, "dear": -0.62, "dear mr": -0.38, "dear ms": -0.38, "decide": -0.5, "deciding": 0.45, "decision": -0.55, "decision before": -0.37, "deduction": 0.43, "details": 0.53, "details of": 0.61, "did": -0.44, "diem": 0.65, "diem for": 0.65, "differential": 0.66, "differential and": 0.41, "discount": 0.61, "discount on": 0.49, "discounts": 0.59, "discounts on": 0.59, "do": 0.92, "do night": 0.41, "do staff": 1.01, "do weekly": 0.47, "do you": 0.44, "does": 1.69, "does the": 1.64, "don't": -0.53, "don't know": -0.43, "dr": -0.34, "dress": -0.42, "dress code": -0.43, "duty": 0.5, "duty allowance": 0.5, "eligible": 0.31, "eligible for": 0.31, "else": -0.46, "end": -0.48, "enugu": 0.33, "enugu including": 0.33, "equity": 0.8, "equity part": 0.86, "exactly": -0.38, "exam": 0.38, "exam fees": 0.4, "example": -0.34, "expect in": 0.68, "expect to": -0.48, "extra": 0.42, "eze": -0.44, "faithfully": -0.34, "fees": 0.39, "fees and": 0.4, "fifo": 0.55, "fifo roster": 0.58, "firm cover": 0.4, "first pay": 0.76, "first year": 0.56, "flights": 0.5, "flights covered": 0.58, "for nurses": 0.47, "for staff": 0.71, "for this": 1.15, "free": 1.47, "free accommodation": 0.31, "free meal": 0.3, "free meals": 0.4, "free tuition": 0.45, "fridays": 0.82, "from enugu": 0.33, "from home": 1.27, "from me": -0.3, "from sydney": 0.34, "fuel": 0.49, "fuel card": 0.5, "further": 0.46, "further i'd": 0.7, "get": 1.12, "get a": 0.62, "get free": 0.44, "get in": 0.55, "get to": 0.37, "give free": 0.75, "give me": -0.46, "given": 0.54, "go": 0.32, "go up": 0.48, "going further": 0.7, "good": -0.48, "got": -0.31, "got it": -0.34, "grace": -0.36, "gratuity": 0.35, "gratuity will": 0.35, "guys": 0.38, "guys do": 0.47, "gym": 0.66, "gym membership": 0.54, "half": 0.47, "hand salary": 0.43, "hannah": -0.45, "has": -0.47, "has the": -0.41, "have": -0.38, "have a": -0.33, "have the": 0.49, "have you": -0.53, "health": 0.6, "health insurance": 0.86, "health plan": 0.6, "healthcare": 0.52, "hello": -0.33, "hi": -0.8, "hmo": 0.48, "hmo coverage": 0.48, "holdup": -0.6, "holdup on": -0.6, "holiday": 1.06, "holiday could": 0.48, "holiday the": 0.3, "home": 1.8, "home at": 0.42, "home on": 1, "honestly": -0.38, "hope": -0.31, "hoping": 0.54, "hoping to": 0.66, "hospital give": 0.31, "hourly": 1.02, "hourly pay": 0.47, "hourly rate": 0.42, "hourly wage": 0.31, "how": 0.31, "how many": 0.9, "how much": 1.19, "how often": 0.38, "how the": -0.36, "i be": 0.39, "i bring": 0.48, "i can": -0.4, "i expect": 0.32, "i get": 1.19, "i got": -0.41, "i move": 0.34, "i need": -0.35, "i sign": -0.5, "i start": 0.43, "i want": -0.36, "i wanted": 0.31, "i was": 0.44, "i work": 0.53, "i'd also": 0.98, "i'd land": 0.51, "i'd like": 0.56, "i'd love": -0.36, "i'd really": -0.31, "i'd want": 1.33, "i'll": -0.6, "i'll be": -0.33, "i'm": -0.4, "i've already": 0.46, "idea": -0.44, "if i": 0.46, "if it's": -0.35, "in august": 0.49, "in bali": 0.43, "in hand": 0.43, "in july": 0.42, "in june": 0.39, "in this": 0.55, "include": 0.56, "include private": 0.52, "included": 0.33, "including the": 0.33, "inform": 0.32, "inform me": 0.35, "insurance": 0.85, "insurance begins": -0.5, "insurance covers": 0.46, "is": 0.37, "is any": -0.3, "is for": 0.47, "is likely": -0.31, "is matched": 0.57, "is mine": -0.58, "is overtime": 0.75, "is possible": 0.32, "is that": 0.58, "is the": 1.4, "is there": 0.78, "it a": -0.35, "it be": -0.39, "it's": -0.54, "it's a": -0.41, "job is": -0.58, "join": -0.3, "joining": 0.49, "joining bonus": 0.82, "july": 0.32, "july if": 0.43, "just award": 0.43, "kind regards": -0.46, "kindly": 0.58, "kindly also": 0.82, "know about": 0.6, "know how": 0.58, "know the": 1.71, "know what": -0.49, "know yet": -0.44, "land": 0.51, "land on": 0.51, "last": -0.37, "least": 0.64, "least r45": 0.7, "leave": 1.23, "leave comes": 0.63, "leave would": 0.48, "leeds": -0.51, "leeds office": -0.46, "left": -0.35, "leftover": 0.35, "leftover loaves": 0.42, "likely": -0.34, "likely to": -0.31, "loan": 0.49, "loan scheme": 0.69, "loaves": 0.42, "loaves home": 0.42, "longer": -0.56, "longer before": -0.51, "love": -0.41, "love to": -0.37, "ma'am": -0.44, "make": -0.45, "many": 0.55, "many days": 0.78, "marcus": -0.47, "master's": 0.51, "match": 0.56, "matched": 0.55, "may": 0.4, "may free": 0.3, "may i": 0.34, "me before": -0.31, "me by": -0.32, "me what": 0.88, "me which": 0.4, "meal": 0.3, "meal po": 0.3, "meals": 0.4, "meals on": 0.4, "membership": 0.54, "mine": -0.57, "monday": -0.33, "month": 0.53, "month pay": 0.72, "monthly": 0.46, "monthly take": 0.48, "morning": -0.33, "move the": -0.35, "move up": 0.34, "mr": -0.48, "mrs": -0.31, "ms": -0.45, "much annual": 0.63, "much is": 0.5, "much longer": -0.52, "my exam": 0.4, "my master's": 0.51, "my parents": 0.46, "my relocation": 0.33, "my three": 0.43, "need": -0.46, "need from": -0.3, "need to": -0.36, "negotiable": 1.49, "negotiable at": 0.54, "negotiate": 0.31, "negotiate the": 0.31, "news": -0.5, "news on": -0.43, "next": -0.63, "next step": -0.51, "next steps": -0.3, "night": 0.32, "night shifts": 0.57, "nights are": 0.42, "no": -0.49, "not": -0.55, "now": -0.58, "of holiday": 0.33, "of leave": 0.48, "of salary": 0.68, "of today": -0.38, "of whether": -0.39, "off as": 0.49, "offer and": -0.48, "offer negotiable": 0.86, "office": -0.47, "office or": -0.46, "often": 0.32, "often are": 0.38, "on and": 0.42, "on bonus": 0.44, "on day": -0.5, "on fridays": 0.82, "on plants": 0.59, "on shift": 0.4, "on us": 0.36, "on weekends": 0.64, "on your": -0.59, "one": -0.39, "online": -0.45, "or": 0.94, "or a": -0.32, "or biweekly": 0.47, "or fuel": 0.33, "or is": 0.96, "or just": 0.46, "or not": -0.64, "or online": -0.46, "our": -0.37, "out where": 0.5, "out whether": -0.34, "overtime": 1.2, "overtime paid": 0.55, "overtime rate": 0.54, "own tools": 0.39, "package": 0.71, "package to": 0.7, "paid": 1.06, "paid at": 0.68, "paid extra": 0.42, "panel": -0.36, "parents": 0.46, "parents as": 0.46, "pay": 2.31, "pay and": 1.16, "pay for": 0.51, "pay review": 0.35, "pay reviews": 0.38, "pay rise": 0.66, "paychecks": 0.47, "pension": 1.33, "pension and": 0.88, "pension contribution": 0.57, "per": 0.78, "per day": 0.3, "per diem": 0.65, "pf": 0.77, "pf and": 0.35, "pf deduction": 0.43, "picked": -0.34, "picked someone": -0.33, "plan and": 0.59, "plants": 0.59, "please how": 0.5, "po ang": 0.3, "po ba": 0.3, "port": 0.62, "port runs": 0.65, "position": 0.5, "position include": 0.57, "possible to": -0.39, "post would": 0.42, "practical": -0.47, "practical assessment": -0.46, "price": -0.33, "private": 0.52, "private healthcare": 0.52, "priya": -0.43, "probation": 0.41, "process": -0.32, "q": 0.54, "q is": 0.54, "quick": 0.54, "quick q": 0.54, "r45": 0.7, "r45 0": 0.7, "raise": 0.41, "raise after": 0.41, "range": 0.47, "range is": 0.47, "rate": 1.74, "rate above": 0.43, "rate be": 0.48, "rate on": 0.54, "really": -0.37, "regards": -0.72, "relocation": 0.68, "relocation allowance": 0.34, "relocation from": 0.33, "rent": 0.32, "rent advance": 0.33, "respectfully": -0.51, "review": 0.66, "review would": 0.57, "reviews": 0.37, "reviews and": 0.38, "rise": 0.66, "rise review": 0.38, "rn": -0.43, "role comes": 0.8, "role or": -0.33, "room to": 0.3, "roster": 0.56, "roster and": 0.58, "round": -0.34, "runs": 0.41, "runs before": 0.65, "sahod": 0.3, "sahod per": 0.3, "salary": 1.63, "salary after": 0.43, "salary could": 0.68, "salary range": 0.47, "salary schedule": 0.51, "sam": -0.38, "say": -0.36, "schedule": 0.45, "schedule with": 0.51, "scheme": 0.6, "school give": 0.45, "second": -0.31, "send": 0.42, "send me": 0.61, "share": 0.31, "shifts": 0.83, "shifts carry": 0.41, "sign could": -0.5, "sign on": 0.44, "signing": 0.5, "signing bonus": 0.5, "sincerely": -0.76, "sir kindly": 0.33, "so": -0.33, "someone": -0.47, "someone for": -0.33, "staff": 1.36, "staff children": 0.45, "staff discounts": 0.59, "staff get": 1.25, "start date": -0.49, "start in": 0.41, "starting": 0.72, "starting salary": 0.45, "step": -0.52, "step is": -0.31, "steps": -0.31, "still be": 0.43, "study": 0.31, "study leave": 0.4, "sydney": 0.34, "ta": -0.34, "take": 0.73, "take care": -0.31, "take home": 0.82, "take my": 0.42, "take the": 0.34, "tell me": 0.37, "thanks": -0.41, "thanks again": -0.3, "that on": 0.34, "the 0": 0.4, "the 13th": 0.69, "the 401k": 0.61, "the apprentices'": 0.32, "the base": 0.54, "the car": 0.65, "the ctc": 1.15, "the day": 0.33, "the details": 0.61, "the dress": -0.43, "the equity": 0.86, "the fifo": 0.55, "the firm": 0.38, "the first": 0.82, "the gym": 0.4, "the health": 0.55, "the hmo": 0.48, "the holdup": -0.6, "the hourly": 1.1, "the in": 0.43, "the joining": 0.51, "the leeds": -0.48, "the leftover": 0.35, "the monthly": 0.48, "the new": -0.32, "the next": -0.63, "the offer": 0.62, "the overtime": 0.37, "the package": 0.68, "the panel": -0.42, "the pension": 1.43, "the per": 0.65, "the port": 0.65, "the position": 0.44, "the practical": -0.47, "the process": -0.31, "the rate": 0.3, "the rent": 0.33, "the salary": 0.55, "the school": 0.37, "the second": -0.49, "the start": -0.31, "the starting": 0.68, "the take": 0.36, "the three": 0.35, "the timeline": -0.62, "the trial": -0.45, "the written": -0.5, "their": -0.34, "then": -0.4, "there": 0.94, "there a": 1.2, "there anything": -0.39, "there be": 1.27, "there staff": 0.59, "there's": 0.44, "there's a": 0.61, "this is": -0.35, "this position": 0.72, "this post": 0.42, "this role": 0.87, "three weeks": 0.55, "through": -0.34, "thursday afternoon": -0.34, "time and": 0.31, "timeline": -0.83, "to 0": 0.43, "to ask": 1.13, "to get": -0.56, "to know": 1.05, "to move": -0.33, "to negotiate": 0.31, "to take": 0.63, "to thursday": -0.35, "today": -0.63, "tomorrow": -0.45, "tools": 0.36, "touch": -0.3, "trial": -0.47, "trial day": -0.43, "tuition": 0.45, "tuition for": 0.45, "two": -0.31, "up from": 0.32, "up to": 0.45, "update": -0.53, "update on": -0.54, "van": 0.5, "van or": 0.36, "walsh": -0.34, "want the": 0.55, "wanted to": 0.47, "warm": -0.35, "warm regards": -0.31, "warmly": -0.33, "was a": -0.35, "was also": 0.89, "was hoping": 0.51, "way": -0.43, "way to": -0.37, "we": -0.32, "weekends": 0.42, "weekly or": 0.47, "weeks in": 0.91, "what": 0.54, "what kind": 0.67, "what would": 0.65, "what's": 1.3, "what's the": 1.32, "whats": 0.47, "whats the": 0.47, "when": -0.45, "when can": -0.34, "where i": -0.36, "where i'd": 0.49, "whether": 0.5, "whether i": -0.34, "whether i'm": -0.36, "whether joining": 0.33, "whether nights": 0.42, "whether pf": 0.35, "whether the": 0.45, "whether there's": 0.36, "which band": 0.42, "who": -0.34, "will be": -0.31, "will i": -0.4, "will there": 0.98, "wishes": -0.38, "with a": 0.32, "with my": 0.39, "wondering": 0.67, "wondering if": 0.31, "wondering when": 0.38, "work from": 1, "would i": 2.06, "would it": -0.39, "would start": 0.42, "would the": 1.48, "would there": 0.31, "would you": -0.31, "written": -0.53, "written offer": -0.5, "yes": -0.75, "yes or": -0.37, "yet": -1.06, "yet if": -0.44, "you be": -0.31, "you could": -0.43, "you decide": -0.5, "you guys": 0.39, "you have": -0.3, "you kindly": -0.31, "you know": -0.4, "you let": -0.56, "you pay": 0.58, "you picked": -0.33, "you send": 0.61, "you share": 0.46, "you tell": 1.19, "your end": -0.59, "your timeline": -0.32, "yours": -0.67, "yours faithfully": -0.34 } }, { "flag": "self-putdown", "code": "AV507", "bias": -6.6459, "weights": { "0 0": -0.5, "<q>": -0.37, "a bit": 0.6, "a busy": -0.3, "a change": -0.33, "a colleague": 0.42, "a degree": 0.36, "a go": 0.37, "a hash": 0.77, "a mess": 1.19, "a natural": 0.37, "a nervous": 0.78, "about budgets": 0.69, "about conflict": 0.42, "across": 0.84, "across as": 0.94, "adeyemi": -0.32, "afraid": 0.7, "afraid my": 0.71, "after": -0.46, "afternoon": -0.33, "against": 0.31, "against me": 0.36, "aisha": -0.34, "all as": 0.63, "all over": 0.47, "always": 0.46, "always do": 0.49, "am not": 0.96, "an idiot": 0.46, "and it": 0.46, "and my": 0.33, "and probably": 0.59, "answer on": 0.34, "answers": 1.62, "answers i": 0.61, "answers were": 1.04, "anyway": 0.51, "appreciate": -0.3, "are": -0.35, "as experienced": 0.39, "as fit": 0.46, "as i": -0.33, "as i'm": 0.38, "as the": 0.63, "as you": 0.46, "as your": 0.39, "at all": 0.38, "at first": 0.58, "at interviews": 1.25, "attached": -0.35, "aware": 1.08, "aware i": 0.77, "aware i'm": 0.32, "awkward": 0.6, "awkward i'm": 0.6, "back": -0.34, "bad": 0.34, "bad at": 0.34, "badly": 1.15, "badly in": 1.28, "be honest": 0.4, "be part": -0.32, "be what": 0.45, "been": -0.36, "being so": 0.52, "best": -0.64, "best one": 0.42, "best wishes": -0.33, "better": 0.42, "better people": 0.63, "bit": 0.4, "bit of": 1.13, "blank": 0.93, "blank on": 0.93, "blanked": 1.07, "blanked on": 1.07, "boss": -0.4, "boss has": -0.33, "budget": 0.67, "budget question": 0.69, "budgets": 0.68, "busy": -0.77, "busy so": -0.33, "but": 1.08, "but i": 1.03, "but i'd": 0.99, "calculation": 0.37, "calculation was": 0.37, "call a": 0.38, "came": 0.74, "came across": 0.94, "can": -0.44, "can't": -0.34, "candidate": 0.53, "candidate but": 0.55, "candidates": 0.68, "candidates to": 0.46, "care": -0.38, "case": 0.55, "case study": 0.76, "change": -0.34, "cheers": -0.81, "clueless": 0.53, "coder": 0.38, "coder as": 0.38, "colleague": 0.42, "com": -0.45, "communication": 0.36, "communication was": 0.45, "completely": 0.83, "completely blanked": 0.54, "completely fluffed": 0.33, "completely fumbled": 0.59, "conflict": 0.42, "conflict with": 0.42, "counts heavily": 0.36, "cv is": 0.45, "day": -0.37, "dear": -0.58, "dear mr": -0.37, "dear ms": -0.36, "degree": 0.31, "degree probably": 0.36, "did": 0.38, "did terribly": 0.73, "do justice": 0.45, "do under": 0.49, "don't": 0.56, "don't interview": 0.63, "don't think": 0.65, "doubt": 0.45, "doubt i'm": 0.49, "down": 0.49, "down badly": 1.28, "dr": -0.33, "drug": 0.35, "drug calculation": 0.37, "earlier": -0.44, "email": -0.39, "embarrassing": 1.73, "english": 0.4, "english is": 0.41, "enough": 0.65, "enough for": 0.65, "example": -0.33, "excel": 0.54, "excel is": 0.58, "exercise": 1.06, "experience will": 0.66, "experienced": 0.93, "experienced as": 0.39, "experienced person": 0.32, "extremely": -0.33, "extremely busy": -0.33, "eze": -0.43, "faithfully": -0.33, "feel i": 0.45, "fit or": 0.46, "fluffed": 1, "fluffed the": 1, "for a": -0.39, "for being": 0.41, "for but": 0.49, "for my": 0.38, "for rambling": 1.25, "for this": 0.45, "forgive": 1, "forgive me": 1, "forgot": 0.46, "forgot half": 0.46, "froze": 0.59, "froze on": 0.59, "fumbled": 1, "fumbled the": 1, "get it": 0.66, "get so": 0.42, "give it": 0.38, "good afternoon": -0.31, "good enough": 0.65, "good speaker": 0.61, "got": 0.36, "got much": 0.63, "got the": 0.47, "grace": -0.36, "had": -0.34, "had a": -0.33, "half": 0.67, "half i": 0.49, "half of": 0.46, "hand": 0.33, "hand holding": 0.58, "hannah": -0.44, "has": -0.4, "has zero": -0.33, "hash": 0.77, "hash of": 0.77, "have talked": 0.69, "heavily": 0.36, "heavily against": 0.36, "hello": -0.3, "here": -0.36, "hi": -0.77, "holding": 0.51, "holding at": 0.58, "honest": 0.4, "honestly pretty": 0.58, "hope": -0.31, "hopeless": 0.82, "hopeless in": 0.6, "hoping": -0.41, "hoping to": -0.36, "i always": 0.49, "i came": 0.58, "i completely": 1.02, "i did": 0.72, "i don't": 0.85, "i doubt": 0.49, "i feel": 0.4, "i fluffed": 0.69, "i forgot": 0.46, "i fumbled": 0.42, "i got": 0.39, "i have": -0.35, "i kind": 0.59, "i know": 2.25, "i made": 0.69, "i may": 1.03, "i must": 0.41, "i probably": 1.21, "i realise": 1.69, "i totally": 0.54, "i wanted": 0.33, "i work": 0.44, "i'd give": 0.38, "i'd need": 0.58, "i'll": -0.52, "i'll keep": -0.35, "i'm": 0.92, "i'm afraid": 0.71, "i'm aware": 1.08, "i'm hopeless": 0.82, "i'm in": -0.3, "i'm keen": -0.42, "i'm kicking": 0.55, "i'm not": 1.83, "i'm probably": 1.11, "i'm really": 0.65, "i'm rubbish": 0.62, "i'm sorry": 0.42, "i'm sure": 1.73, "i'm what": 0.49, "i've": -0.34, "idiot": 0.46, "if": -0.41, "if i'm": -0.47, "if my": -0.3, "in interviews": 0.6, "in my": -0.38, "in that": 0.37, "interview well": 0.63, "interviewed": 0.31, "interviews": 1.38, "is honestly": 0.54, "is rather": 0.45, "is very": 0.34, "it a": 0.33, "it over": 0.57, "it probably": 0.78, "it's": -0.33, "just": -0.33, "justice": 0.45, "justice to": 0.45, "keen": -0.44, "keen for": -0.33, "keep": -0.32, "keep this": -0.33, "kicking": 0.55, "kicking myself": 0.55, "kind regards": -0.44, "know": 0.39, "know i": 2.33, "know my": 1.04, "know the": -0.43, "lack": 0.36, "lack of": 0.36, "last": -0.39, "last time": -0.33, "leader but": 0.38, "leadership": -0.33, "leadership skills": -0.33, "least experienced": 0.32, "let me": 0.31, "like an": 0.46, "like last": -0.33, "lined": 0.59, "lined up": 0.59, "live": 0.36, "live exercise": 0.38, "looked": 0.72, "looked clueless": 0.59, "looked like": 0.56, "looking": 0.39, "looking for": 0.85, "lot of": 0.37, "ma'am": -0.32, "made a": 0.71, "marcus": -0.44, "maths": 1.26, "maths let": 1.28, "may": 0.44, "may have": 0.68, "may not": 0.32, "me down": 1.22, "me for": 0.64, "me know": -0.42, "me lined": 0.63, "mess": 1.19, "mess in": 0.49, "mind": 0.52, "mind went": 0.69, "more experience": 0.66, "mr": -0.46, "mrs": -0.31, "ms": -0.43, "much better": 0.63, "much i'm": 0.44, "must": 0.4, "must have": 0.46, "my answers": 0.73, "my boss": -0.34, "my communication": 0.45, "my earlier": -0.43, "my english": 0.41, "my excel": 0.58, "my lack": 0.36, "my last": -0.31, "my maths": 1.28, "my mind": 0.55, "my poor": 0.6, "my presentation": 0.7, "my weak": 0.41, "myself": 1.25, "myself and": 0.45, "myself out": 0.69, "natural": 0.35, "natural leader": 0.38, "need a": 0.49, "need to": -0.31, "nervous": 1.63, "nervous i": 0.46, "nervous wreck": 0.78, "not": 1.12, "not a": 0.51, "not as": 0.82, "not be": 0.41, "not do": 0.43, "not really": 0.38, "not the": 1.15, "not to": -0.38, "not very": 0.37, "noticed": 0.95, "noticed during": 0.38, "now": -0.54, "numbers": 0.64, "numbers wrong": 0.55, "of a": 1.28, "of froze": 0.59, "of hand": 0.58, "of my": -0.3, "one you": 0.85, "or as": 0.46, "or not": -0.38, "other": 0.34, "other candidates": 0.62, "our": -0.31, "out of": 0.5, "over": 0.47, "over me": 0.66, "over the": 0.39, "part and": 0.58, "people": 0.32, "people than": 0.63, "person you": 0.32, "play": 0.72, "play exercise": 0.77, "please": -0.41, "po": -0.46, "poor": 1.74, "poor answers": 0.6, "poor i": 0.37, "poor madam": 0.45, "poor so": 0.41, "presentation": 0.7, "presentation was": 0.71, "pressure": 0.41, "pretty": 1.07, "pretty weak": 1.14, "price": -0.32, "priya": -0.36, "probably": 4.01, "probably counts": 0.36, "probably looked": 0.69, "probably not": 0.82, "probably noticed": 0.63, "probably showed": 0.78, "probably the": 0.32, "probably wasn't": 0.85, "question": 0.93, "question about": 0.53, "question so": 0.69, "question which": 0.54, "questions": 0.54, "rambling": 1.25, "rambling i'm": 0.84, "rambling so": 0.44, "rather thin": 0.45, "read": -0.34, "realise": 1.69, "realise i": 0.69, "realise my": 0.8, "really bad": 0.34, "really good": 0.59, "really what": 0.38, "regards": -0.69, "reply": -0.41, "respectfully": -0.49, "rn": -0.41, "role but": 0.65, "role play": 0.77, "room": -0.32, "rubbish": 0.62, "rubbish at": 0.62, "safeguarding": 0.59, "safeguarding scenario": 0.59, "safety": 0.46, "safety question": 0.54, "sam": -0.37, "saw": 0.61, "saw today": 0.44, "say": 0.49, "say i": 0.45, "say thanks": 0.44, "scenario": 0.5, "second half": 0.49, "sent": -0.32, "sharpest": 0.55, "sharpest candidate": 0.55, "shift": -0.3, "short": -0.39, "short like": -0.33, "showed": 0.31, "since": -0.39, "sincerely": -0.73, "sir": -0.36, "sizing case": 0.33, "skills": -0.34, "skills so": -0.33, "so all": 0.47, "so awkward": 0.6, "so embarrassing": 0.69, "so forgive": 0.41, "so i'd": 0.5, "so i'll": -0.33, "so i'm": -0.34, "so nervous": 0.87, "someone": 0.56, "someone with": 0.66, "soon": -0.31, "sorry": 2.12, "sorry again": 0.62, "sorry for": 1.22, "sorry my": 0.47, "speaker": 0.61, "sql": 0.54, "sql part": 0.59, "still": -0.32, "strong": 0.37, "strong in": 0.37, "strongest": 0.81, "strongest coder": 0.38, "strongest one": 0.44, "study": 0.71, "study and": 0.55, "study which": 0.54, "sure": 1.38, "sure i": 1.27, "sure if": -0.3, "sure someone": 0.66, "sure you're": -0.33, "ta": -0.32, "talked": 0.82, "talked myself": 0.69, "talked to": 0.42, "technical": 0.65, "technical questions": 0.73, "terribly": 0.68, "terribly on": 0.73, "test": 0.44, "than": 0.34, "than me": 0.63, "thanks": -0.3, "thanks again": -0.32, "thanks anyway": 0.49, "that area": 0.37, "the budget": 0.69, "the case": 0.71, "the drug": 0.37, "the job": 0.35, "the least": 0.32, "the live": 0.38, "the numbers": 0.53, "the place": 0.37, "the question": 0.59, "the safeguarding": 0.59, "the safety": 0.54, "the second": 0.31, "the sharpest": 0.55, "the sql": 0.59, "the strongest": 0.81, "the technical": 0.65, "the test": 0.68, "the younger": 0.47, "thin": 0.44, "thin and": 0.45, "think i'm": 0.65, "this job": -0.31, "this role": 0.43, "this short": -0.33, "three": -0.47, "to get": -0.37, "to i": 0.42, "to myself": 0.45, "to say": 0.63, "to try": 0.65, "totally": 0.85, "totally blanked": 0.54, "try": 0.62, "two": -0.32, "under pressure": 0.44, "understand": -0.6, "very poor": 0.85, "very strong": 0.37, "walsh": -0.32, "warm": -0.32, "warm regards": -0.31, "warmly": -0.32, "was embarrassing": 1.07, "was poor": 0.37, "wasn't": 0.69, "wasn't the": 0.85, "weak": 1.53, "weak answers": 0.41, "weak so": 0.58, "week": -0.4, "weekend": -0.31, "weeks": -0.3, "well at": 0.63, "went": 0.62, "went blank": 0.69, "were": 0.62, "were pretty": 0.59, "were so": 0.47, "what you'd": 0.38, "what you're": 0.67, "where": -0.32, "which": 0.33, "which was": 1.07, "will get": 0.66, "wishes": -0.38, "with more": 0.66, "with the": -0.35, "work hard": 0.55, "working": -0.37, "wreck": 0.78, "wreck and": 0.78, "wrong": 0.51, "wrong in": 0.55, "you interviewed": 0.32, "you let": -0.37, "you noticed": 0.38, "you probably": 0.63, "you saw": 0.68, "you talked": 0.39, "you'd": 0.33, "you'd call": 0.38, "you're extremely": -0.33, "you're looking": 0.93, "you've got": 0.63, "younger": 0.47, "your other": 0.46, "yours": -0.64, "yours faithfully": -0.33, "zero": -0.33, "zero leadership": -0.33 } }, { "flag": "begging", "code": "AV509", "bias": -6.8084, "weights": { "0 0": -0.51, "<q>": -0.43, "a shot": 0.49, "accept any": 0.68, "actually": -0.58, "actually received": -0.33, "afford": 0.41, "afford to": 0.41, "after": -0.34, "aisha": -0.31, "all": 0.75, "all i": 1.39, "all just": 0.43, "am begging": 0.65, "am desperate": 0.63, "am on": 0.53, "and my": 0.59, "and this": 0.48, "and would": 0.5, "and you": 0.43, "another no": 0.54, "any pay": 0.43, "any position": 0.68, "any shift": 0.43, "any wage": 0.65, "anything at": 0.42, "appealing": 0.48, "appealing to": 0.48, "application": -0.37, "application this": -0.33, "appreciate": -0.33, "are": 0.38, "are my": 1.32, "as": -0.31, "asap": -0.42, "ask": 0.39, "at all": 1.09, "at home": 0.46, "at my": -0.31, "at this": 0.68, "attached": -0.39, "awa": 0.68, "awa nyo": 0.68, "be working": 0.64, "been at": 0.53, "been jobless": 0.49, "been turned": 0.54, "beg": 0.58, "beg you": 0.58, "begging": 1.32, "begging you": 1.28, "benefit": 0.5, "benefit of": 0.51, "best": -0.63, "big": 0.5, "big time": 0.63, "bills": 0.33, "bills piling": 0.35, "bless": -0.34, "but": -0.41, "can": -0.38, "can't": 0.7, "can't afford": 0.41, "can't take": 0.54, "chance": 1.04, "chance and": 0.48, "chance i": 0.61, "checking": -0.42, "checking you": -0.33, "cheers": -0.77, "com": -0.41, "consider": 1.11, "consider me": 1.11, "could": -0.35, "day": -0.33, "dear": -0.55, "dear mr": -0.35, "dear ms": -0.35, "delighted": -0.32, "delighted to": -0.31, "depends": 0.59, "depends on": 0.59, "desperate": 1.19, "desperate at": 0.68, "desperate for": 0.47, "desperately": 0.65, "desperately need": 0.65, "detailed": -0.34, "detailed feedback": -0.34, "disappoint": 0.46, "disappoint you": 0.46, "do": 0.78, "do not": 0.32, "do whatever": 0.74, "dollar": 0.58, "dollar i'd": 0.63, "dollars": 0.48, "dollars and": 0.48, "don't": 0.82, "don't get": 0.74, "don't know": 0.74, "don't pass": 0.68, "doubt": 0.49, "down": 0.64, "down so": 0.54, "down to": 0.37, "dr": -0.3, "due": 0.55, "either": -0.46, "either way": -0.46, "else to": 0.79, "email": -0.42, "everything": 0.32, "everything to": 0.45, "eze": -0.4, "faithfully": -0.31, "family": 0.84, "family depends": 0.59, "feedback": -0.39, "feel": -0.34, "few": 0.42, "few dollars": 0.48, "find": -0.37, "finished": 0.46, "finished school": 0.53, "folded": 0.35, "folded hands": 0.35, "for two": 0.4, "from me": -0.45, "further": -0.32, "get this": 0.74, "give": 1.31, "give me": 1.77, "god bless": -0.34, "god do": 0.58, "good": -0.47, "got": -0.42, "grace": -0.32, "grateful you": -0.39, "had in": 0.65, "hands": 0.35, "hands to": 0.35, "hannah": -0.4, "has": -0.33, "have been": 0.55, "have bills": 0.33, "have no": 0.53, "have nowhere": 0.79, "heart": 0.46, "heart just": 0.48, "help": 0.33, "help me": 0.81, "hesitate": -0.36, "hesitate to": -0.36, "hi": -0.73, "hire": 0.69, "hire me": 0.69, "home for": 0.48, "honestly": 0.74, "honestly don't": 0.74, "honestly i'm": 0.55, "hope right": 1.35, "hope this": -0.31, "humbly": 0.35, "humbly request": 0.35, "i ask": 0.7, "i beg": 0.58, "i can": -0.37, "i finished": 0.53, "i have": 0.49, "i honestly": 0.74, "i humbly": 0.35, "i promise": 0.32, "i really": 0.95, "i will": 0.35, "i won't": 0.63, "i'd owe": 0.63, "i'd take": 0.6, "i'll": 0.69, "i'll do": 1.23, "i'll take": 0.35, "i'm appealing": 0.48, "i'm at": 0.47, "i'm begging": 0.73, "i'm desperate": 0.6, "i'm down": 0.48, "i'm grateful": -0.37, "i'm on": 1.16, "i'm pleading": 1.44, "i'm sure": -0.35, "i've had": 0.57, "if i": 0.3, "if you": 0.53, "in months": 0.66, "interview i've": 0.64, "is all": 0.77, "is due": 0.59, "is the": -0.32, "it takes": 0.97, "it's": -0.33, "job": 0.52, "job i": 0.59, "job means": 0.45, "job po": 0.49, "job would": 0.74, "jobless": 0.49, "jobless since": 0.47, "just": 0.84, "just checking": -0.34, "just desperately": 0.65, "just give": 0.48, "just hire": 0.74, "just one": 0.5, "just please": 0.73, "keep": -0.33, "kids": 0.61, "kind heart": 0.48, "kind regards": -0.44, "kindly consider": 0.53, "knees": 0.8, "knees kindly": 0.53, "know asap": -0.4, "know this": -0.4, "know what": 0.67, "last dollar": 0.63, "last few": 0.48, "last month": 0.54, "let me": -0.51, "let this": 0.58, "lose": 0.41, "lose this": 0.41, "ma": 0.4, "ma help": 0.53, "ma'am i'm": 0.48, "many times": 0.54, "marcus": -0.41, "mate": 0.51, "mate i'm": 0.63, "me a": 0.43, "me by": 0.52, "me i": 1.35, "me if": -0.44, "me know": -0.48, "me my": 0.57, "me one": 0.48, "me over": 1.07, "me such": -0.38, "me this": 1.01, "me you're": 0.66, "mean": 0.39, "mean the": 0.56, "means": 0.45, "means everything": 0.45, "month of": 0.55, "months": 0.64, "more": -0.43, "morning": -0.43, "mr": -0.43, "ms": -0.41, "my application": -0.38, "my family": 0.98, "my kids": 0.68, "my knees": 0.8, "my last": 0.56, "my only": 1.35, "my rent": 0.59, "my rope": 0.55, "na": 0.49, "na po": 0.62, "name": 0.5, "name of": 0.57, "need": 0.5, "need anything": -0.38, "need this": 1.91, "no other": 0.53, "no please": 0.54, "no rush": -0.33, "not let": 0.58, "not to": 0.43, "nowhere": 0.79, "nowhere else": 0.79, "nyo": 0.68, "nyo na": 0.68, "of god": 0.58, "of savings": 0.56, "on it": 0.5, "on my": 1, "one": 0.3, "one chance": 1.33, "one shot": 0.5, "only": 1.31, "only hope": 1.35, "only interview": 0.66, "opportunity": 0.39, "opportunity pass": 0.58, "option": 0.5, "or": -0.3, "other option": 0.53, "our": -0.31, "over": 0.4, "over this": 0.47, "owe": 0.61, "owe you": 0.61, "parang": 0.59, "parang awa": 0.68, "pass": 1.09, "pass me": 1.68, "pay anything": 0.43, "pick": 1.03, "pick me": 1.21, "piling": 0.35, "piling up": 0.35, "pleading": 1.44, "pleading with": 1.44, "please": 1.58, "please do": -0.4, "please don't": 0.75, "please find": -0.34, "please give": 0.76, "please help": 0.49, "please i": 0.94, "please let": -0.56, "please ma": 0.53, "please pick": 0.57, "please please": 0.32, "please say": 0.43, "pls": 1.12, "pls pick": 0.66, "pls pls": 0.66, "pls sir": 0.47, "po i": 0.64, "po please": 0.49, "point": 0.44, "point and": 0.68, "position at": 0.52, "priya": -0.33, "promise": 0.32, "promise you": 0.32, "really can't": 0.93, "really need": 1.06, "really really": 0.85, "really want": -0.35, "received": -0.34, "received my": -0.34, "references": -0.35, "regards": -0.64, "regret": 0.79, "regret it": 0.79, "rent": 0.58, "rent is": 0.59, "request you": 0.35, "respectfully": -0.46, "right": 1.04, "right now": 1.35, "rn": -0.39, "role i": 0.69, "rope": 0.52, "rope please": 0.55, "rush": -0.33, "salamat": -0.31, "sam": -0.34, "save": 0.63, "save me": 0.74, "savings": 0.46, "savings so": 0.56, "say": 0.42, "say yes": 0.43, "select": 0.35, "select me": 0.35, "shift any": 0.35, "shot": 0.88, "shot is": 0.5, "since 0": 0.47, "since i": 0.4, "sincerely": -0.69, "sir i": 0.95, "so many": 0.54, "so please": -0.57, "so this": 0.54, "soon": -0.32, "such": -0.38, "such detailed": -0.34, "sure": -0.39, "ta": -0.31, "take": 0.54, "take another": 0.54, "take any": 1.06, "takes": 0.83, "takes if": 0.74, "tell": -0.33, "tell me": -0.34, "thanks": -0.36, "the benefit": 0.51, "the doubt": 0.51, "the name": 0.53, "the only": 0.66, "the world": 0.56, "things": -0.38, "this": 0.67, "this chance": 0.38, "this job": 1.98, "this morning": -0.32, "this one": 0.5, "this opportunity": 0.66, "this point": 0.68, "this week": -0.54, "this work": 0.68, "this would": 0.56, "time if": 0.63, "time to": -0.31, "times": 0.39, "times that": 0.54, "to accept": -0.31, "to consider": 0.6, "to give": 0.55, "to know": -0.4, "to lose": 0.41, "to my": 0.53, "to pass": 0.46, "to select": 0.35, "to turn": 0.79, "to work": -0.3, "took me": 0.59, "took the": -0.34, "turn": 0.79, "turn and": 0.59, "turned": 0.35, "turned down": 0.54, "two years": 0.38, "wage": 0.63, "wage at": 0.65, "want": -0.4, "want this": -0.46, "warm": -0.33, "way": -0.36, "way so": -0.41, "week": -0.42, "week either": -0.41, "well": -0.48, "what i'll": 0.76, "whatever": 0.56, "whatever it": 0.72, "will do": 0.74, "wishes": -0.34, "with folded": 0.35, "with you": 0.58, "won't": 1.35, "won't disappoint": 0.46, "won't regret": 0.79, "work for": 0.59, "world": 0.56, "world please": 0.56, "would accept": 0.68, "would mean": 0.44, "would save": 0.74, "years since": 0.53, "you actually": -0.34, "you are": 1.06, "you big": 0.63, "you in": 0.5, "you just": 1.19, "you need": -0.68, "you not": 0.47, "you to": 1.08, "you with": 0.35, "you won't": 0.79, "you're the": 0.66, "your kind": 0.36, "yours": -0.61, "yours faithfully": -0.31 } }] };
  var MODEL_TOKEN = /[a-z0-9']+/g;
  var modelMemory = /* @__PURE__ */ new Map();
  var LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
  var BYTE_ORDER_MARK = "\uFEFF";
  var CAPITALS_WORD = /^[^a-z]*[A-Z][^a-z]*$/;
  var NAME_SEPARATORS = /[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000.,]+/;
  var DIVERGENT = /[A-Z\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
  function standIn(ch) {
    if (ch === "\r") return "\f";
    return ch <= "Z" ? String.fromCharCode(ch.charCodeAt(0) + 32) : "℩";
  }
  function searchable(text3) {
    return text3.replace(DIVERGENT, standIn);
  }
  var compiled2 = /* @__PURE__ */ new Map();
  function compile(pattern, flags) {
    var key = flags + "/" + pattern;
    var regex = compiled2.get(key);
    if (!regex) {
      regex = new RegExp(pattern, flags);
      compiled2.set(key, regex);
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
    var regex = new RegExp(pattern, "dgmu");
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
    return points.length <= EXCERPT_LENGTH ? flat : points.slice(0, EXCERPT_LENGTH - 3).join("") + "...";
  }
  function checkedPart(text3) {
    if (text3.length <= MAX_CHECKED_CHARACTERS || text.length(text3) <= MAX_CHECKED_CHARACTERS) return text3;
    var head = Array.from(text3).slice(0, MAX_CHECKED_CHARACTERS).join("");
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
    var body = text3.charAt(0) === BYTE_ORDER_MARK ? text3.slice(1) : text3;
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
    name.toLowerCase().split(NAME_SEPARATORS).forEach(function(word) {
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
    name.toLowerCase().split(NAME_SEPARATORS).forEach(function(word) {
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
    return (word.match(/[A-Z]/g) || []).length;
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
        if (CAPITALS_WORD.test(tokens[i])) {
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
      for (var i = 0; i < rule.patterns.length; i++) {
        var match = search(rule.patterns[i], sentence.text);
        if (match) {
          results.push(finding(sentence.line, excerpt(match.text || sentence.text)));
          return;
        }
      }
      if (modelCodes(sentence.text).indexOf(rule.code) >= 0) results.push(finding(sentence.line, excerpt(sentence.text)));
    });
    return results;
  }
  function modelFeatures(text3) {
    var lower = text3.replace(/[A-Z\u2019]/g, function(c) {
      return c === "’" ? "'" : c.toLowerCase();
    });
    var words2 = (lower.match(MODEL_TOKEN) || []).map(function(word) {
      return /^[0-9]+$/.test(word) ? "0" : word;
    });
    var found = new Set(words2);
    for (var i = 0; i + 1 < words2.length; i++) found.add(words2[i] + " " + words2[i + 1]);
    if (text3.indexOf("?") >= 0) found.add("<q>");
    return Array.from(found).sort();
  }
  function flaggedCodes(text3) {
    if (modelMemory.has(text3)) return modelMemory.get(text3);
    if (modelMemory.size >= 4096) modelMemory.clear();
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
  function scoredCodes(text3) {
    var found = modelFeatures(text3);
    var codes = [];
    SENTENCE_MODEL.categories.forEach(function(category) {
      var total = category.bias;
      found.forEach(function(feature) {
        if (text.own(category.weights, feature)) total += category.weights[feature];
      });
      if (total > SENTENCE_MODEL.min_score && codes.indexOf(category.code) < 0) codes.push(category.code);
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
    return text3.replace(/[A-Z]/g, function(ch) {
      return String.fromCharCode(ch.charCodeAt(0) + 32);
    });
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
    if (!name || !/[A-Za-z]/.test(name)) return [];
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
    shown.forEach(function(name) {
      var field = S.fieldInfo(ctx.data, name);
      if (name === "sender_email" && names.indexOf(name) < 0) field = Object.assign({}, field, { optional: true });
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
  var MOMENT_FIELDS = ["highlight", "clarification"];
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
    var perspective = perspectiveIssues;
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
      var issue = value.trim() && MOMENT_FIELDS.indexOf(name) >= 0 && perspective ? (perspective(value, company) || [])[0] || null : null;
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
