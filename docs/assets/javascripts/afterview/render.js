/* Afterview: the one rendering algorithm, a port of afterview/render.py (the parity tests compare them).
 * Afterview.text holds Python's string behaviours (str.strip, str.split, len) shared with checker.js.
 *
 * API for the composer (each gives exactly what the Python side gives):
 *   Afterview.render(template, values, recipientIndex, today) -> {subjects, body}
 *     today (optional): the day the note is written, "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM" so that an
 *     interview earlier that day reads "this morning" before noon. values.interview_date may be an ISO
 *     date from a date input ("2026-12-01": "yesterday", "this morning"/"today", "on Tuesday",
 *     "on March 3") or the sender's own words ("last week", "Thursday": "on Thursday").
 *   Afterview.fieldFrame(template, name) -> the sentence around a field with ___ for it, e.g.
 *     "Our discussion of ___ has stayed with me since the call." (null when the template does not use it).
 *   Afterview.unfilledFields(template, values, recipientIndex) -> required fields still shown as [markers].
 *   AFTERVIEW_DATA.fields[i].optional: the sender may leave it blank (its line or clause disappears);
 *   AFTERVIEW_DATA.fields[i].shape: "name", "contact", "phrase", "organization", "role", "date" or
 *     "sentence" (a phrase or full sentences: both read right).
 * Template language: {field}; [[text {field}]] shown only when its fields are filled;
 * [[phrase frame || sentence frame]] chosen by the shape of the sentence-shaped field inside.
 */
(function (global) {
  "use strict";
  var Afterview = global.Afterview = global.Afterview || {};

  // The characters Python's str.isspace() accepts (str.strip and str.split use them).
  var PY_SPACE = "\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  var SPACE_CHAR = new RegExp("^[" + PY_SPACE + "]$");
  var SPACE_RUNS = new RegExp("[" + PY_SPACE + "]+");
  var PARAGRAPH_BREAK = "\n\n";
  var CHOICE = "||";
  var BLANK = "___";
  var WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];

  // The patterns of render.py; the ones Python compiles with re.ASCII | re.IGNORECASE carry the flag i here.
  var PLACEHOLDER = /\{([a-z_]+)\}/g;
  var SEGMENT = /\[\[((?:(?!\[\[|\]\])[\s\S])*)\]\]/g;
  var ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?![\s\S])/;
  var ISO_TODAY = /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2})(?::[0-9]{2}){0,2})?(?![\s\S])/;
  var NOT_LETTER_BEFORE = "(?<![A-Za-z0-9_])";
  var NOT_LETTER_AFTER = "(?![A-Za-z0-9_])";
  var ABBREVIATION_END = new RegExp(NOT_LETTER_BEFORE +
    "(?:mr|mrs|ms|mx|dr|prof|st|jr|sr|inc|ltd|co|corp|llc|plc|bros|etc|vs|approx|dept|no|[A-Za-z])\\.(?![\\s\\S])", "i");
  var SENTENCE_START = new RegExp("^(?:(?:i|we|you|they|he|she|it|there)(?:['\\u2019](?:m|ve|d|ll|re|s))?[ ]+" +
    "[A-Za-z]|(?:really|loved|enjoyed|learned|learnt|thanks|glad|also|and|but|as|since|after|during)[ ,])", "i");
  var FINITE_VERB = new RegExp("(?<!that)(?<!which)(?<!who) (?:is|are|was|were|seems|seemed|sounds|sounded|looks|" +
    "looked|felt|feels)" + NOT_LETTER_AFTER, "i");
  var SENTENCE_GAP = /[.!?\u2026]["'\u201d\u2019)]*[ ]+["'\u201c\u2018(]*[A-Za-z0-9\u00c0-\uffff]/gu;
  var ENDS_SENTENCE = /[.!?\u2026]["'\u201d\u2019)]*(?![\s\S])/u;
  var LEADING_WORD = new RegExp("^(the|a|an|my|our|your|their|his|her|its|this|that|these|those|how|what|why|" +
    "when|where|which|who|some|any|each|every|all|one) ", "i");
  var ARTICLE = /^(?:the|a|an) /i;
  var ROLE_PREFIX = /^(?:the )?(?:role|position|job) (?:of|as) /i;
  var ROLE_SUFFIX = / (?:role|position|job|opening)(?![\s\S])/i;
  var RELATIVE_DAY = new RegExp("^(?:yesterday|today|tonight|tomorrow|this|last|earlier|recently|on|at|in|" +
    "during|over|just|the other)" + NOT_LETTER_AFTER, "i");
  var AGO = / ago(?![\s\S])/i;
  var DAY_NAME = new RegExp(NOT_LETTER_BEFORE + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|" +
    "january|february|march|april|june|july|august|september|october|november|december|may(?= [0-9]))" +
    NOT_LETTER_AFTER, "gi");
  var NAME_LIKE = /^(?:\p{L}|[ '\u2019.-])*(?![\s\S])/u;
  var NAME_WORD_START = /(^|[ '\u2019-])([^ '\u2019-])/gu;
  var REPEATED_MARKS = /([!?])[!?]+/g;
  var DOUBLE_STOP = /(?<!\.)\.\.(?!\.)/g;
  var SPACE_BEFORE_MARK = / +([,.;:!?])/g;
  var REPEATED_COMMAS = /,[,;]+/g;
  var COMMA_BEFORE_STOP = /[,;:]+(?=[.!?])/g;
  var DOUBLED_WORD = /(?<![A-Za-z0-9_'])([A-Za-z]+)(?: \1)+(?![A-Za-z0-9_'])/gi;
  var TRAILING_COMMA = /[ ,;:]+(?![\s\S])/;
  var WORD_EDGE = "A-Za-z0-9_'\\u2019/&+-";
  var WORD_BEFORE_SLOT = new RegExp("(?<![" + WORD_EDGE + "])([A-Za-z]+) +(?![\\s\\S])");
  var WORD_AFTER_SLOT = new RegExp("^ +([A-Za-z]+)(?![" + WORD_EDGE + "])");
  var VALUE_FIRST_WORD = /^([A-Za-z]+) /;
  var VALUE_LAST_WORD = / ([A-Za-z]+)(?![\s\S])/;
  var CONTINUES_SENTENCE = /^ *[a-z,;:]/;

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
    return global.AFTERVIEW_DATA || {};
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

  /** The visible stand-in for a field nobody has filled in yet, e.g. [Their name]. */
  function marker(name) {
    var field = fieldInfo(name);
    return "[" + (field ? field.label : name) + "]";
  }

  function placeholders(text) {
    return Array.from(text.matchAll(PLACEHOLDER), function (match) { return match[1]; });
  }

  /** Replace each {field} in one pass, so braces inside a value are never filled again. */
  function fill(text, values) {
    return text.replace(PLACEHOLDER, function (whole, name) {
      var value = strip(valueOf(values, name));
      return value ? value : marker(name);
    });
  }

  /** Whitespace collapsed to single spaces, no space before punctuation, no repeated marks or words. */
  function tidy(text) {
    text = split(text).join(" ");
    text = text.replace(DOUBLED_WORD, "$1");
    text = text.replace(SPACE_BEFORE_MARK, "$1");
    text = text.replace(REPEATED_MARKS, "$1");
    text = text.replace(DOUBLE_STOP, ".");
    text = text.replace(COMMA_BEFORE_STOP, "");
    return text.replace(REPEATED_COMMAS, ",");
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

  /** Whether a typed answer is one or more full sentences rather than a phrase. */
  function isSentence(value) {
    var text = tidy(value);
    if (!text) return false;
    if (SENTENCE_START.test(text) || "!?".indexOf(text.charAt(text.length - 1)) >= 0) return true;
    if (text.charAt(text.length - 1) === "." && FINITE_VERB.test(text) && !ABBREVIATION_END.test(text)) return true;
    return Array.from(text.matchAll(SENTENCE_GAP)).some(function (gap) {
      return !ABBREVIATION_END.test(text.slice(0, gap.index + 1));
    });
  }

  function asSentences(value) {
    var text = upperFirst(tidy(value).replace(TRAILING_COMMA, ""));
    return !text || ENDS_SENTENCE.test(text) ? text : text + ".";
  }

  function asPhrase(value) {
    var text = tidy(value).replace(TRAILING_COMMA, "");
    if (text.slice(-1) === "." && text.slice(-2) !== ".." && !ABBREVIATION_END.test(text)) {
      text = text.slice(0, -1);
    }
    var word = LEADING_WORD.exec(text);
    if (word) text = word[1].toLowerCase() + text.slice(word[1].length);
    return text;
  }

  function asName(value) {
    var text = tidy(value).replace(TRAILING_COMMA, "");
    if (NAME_LIKE.test(text) && text === text.toLowerCase() && text !== text.toUpperCase()) {
      text = text.replace(NAME_WORD_START, function (whole, edge, letter) { return edge + letter.toUpperCase(); });
    }
    return text;
  }

  function asRole(value) {
    return asPhrase(value).replace(ROLE_PREFIX, "").replace(ARTICLE, "").replace(ROLE_SUFFIX, "");
  }

  /** A calendar day as [year, month, day] and its day number, or null when no such day exists. */
  function calendarDay(year, month, day) {
    if (year < 1 || month < 1 || month > 12 || day < 1) return null;
    var date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
    return {year: year, month: month, day: day, number: Math.round(date.getTime() / 86400000),
      weekday: (date.getUTCDay() + 6) % 7};
  }

  /** The day of writing and, when given, the hour: "2026-12-02" or "2026-12-02T09:30". */
  function parseToday(today) {
    var match = ISO_TODAY.exec(today || "");
    if (!match) return null;
    var day = calendarDay(+match[1], +match[2], +match[3]);
    if (!day) return null;
    return {day: day, hour: match[4] !== undefined ? +match[4] : null};
  }

  function relativeDay(day, today) {
    var written = parseToday(today);
    var absolute = "on " + MONTHS[day.month - 1] + " " + day.day;
    if (!written) return absolute;
    var days = written.day.number - day.number;
    if (days === 0) return written.hour !== null && written.hour < 12 ? "this morning" : "today";
    if (days === 1) return "yesterday";
    if (days > 1 && days < 7) return "on " + WEEKDAYS[day.weekday];
    return day.year === written.day.year || (days > 0 && days < 183) ? absolute : absolute + ", " + day.year;
  }

  function asDay(value, today) {
    var text = asPhrase(value);
    var iso = ISO_DATE.exec(text);
    if (iso) {
      var day = calendarDay(+iso[1], +iso[2], +iso[3]);
      if (day) return relativeDay(day, today);
    }
    text = text.replace(DAY_NAME, function (whole, name) {
      return name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
    });
    if (!text) return text;
    if (RELATIVE_DAY.test(text) || AGO.test(text)) return lowerFirst(text);
    return "on " + text;
  }

  /** One value tidied for its field's shape and its place: its own sentence, or inside one. */
  function shaped(name, value, standalone, today) {
    var field = fieldInfo(name);
    var shape = field && field.shape ? field.shape : "phrase";
    if (shape === "sentence") return standalone ? asSentences(value) : asPhrase(value);
    if (shape === "name") return asName(value);
    if (shape === "role") return asRole(value);
    if (shape === "date") return asDay(value, today);
    if (shape === "contact" || shape === "organization") return tidy(value).replace(TRAILING_COMMA, "");
    return asPhrase(value);
  }

  function filled(name, values) {
    return Boolean(tidy(valueOf(values, name)));
  }

  function isSentenceField(name) {
    var field = fieldInfo(name);
    return Boolean(field && field.shape === "sentence");
  }

  /** Each [[...]] segment resolved: kept or dropped (optional), or its phrase or sentence frame (choice). */
  function chooseSegments(text, values) {
    function resolve(whole, inner) {
      var frames = inner.split(CHOICE);
      if (frames.length === 1) {
        var names = placeholders(frames[0]);
        return names.length && names.every(function (name) { return filled(name, values); }) ? frames[0] : "";
      }
      var sentenceFields = placeholders(frames[0]).filter(isSentenceField);
      var answer = sentenceFields.length ? valueOf(values, sentenceFields[0]) : "";
      return isSentence(answer) ? strip(frames[1]) : strip(frames[0]);
    }
    var lines = [];
    text.split("\n").forEach(function (line) {
      if (!new RegExp(SEGMENT.source).test(line)) {
        lines.push(line);
        return;
      }
      var resolved = split(line.replace(SEGMENT, resolve)).join(" ").replace(SPACE_BEFORE_MARK, "$1");
      if (resolved) lines.push(resolved);
    });
    return lines.join("\n");
  }

  function startsSentence(before) {
    var stripped = before.replace(/ +(?![\s\S])/, "");
    return !stripped || ".!?\n\u2026".indexOf(stripped.charAt(stripped.length - 1)) >= 0;
  }

  /** One piece of template text rendered: segments chosen, each value shaped for its place, joined cleanly. */
  function fillText(text, values, today) {
    text = chooseSegments(text, values || {});
    var out = "";
    var last = 0;
    var skipStop = false;
    Array.from(text.matchAll(PLACEHOLDER)).forEach(function (match) {
      var between = text.slice(last, match.index);
      if (skipStop && between.charAt(0) === ".") between = between.slice(1);
      out += between;
      var name = match[1];
      var after = text.slice(match.index + match[0].length);
      var standalone = startsSentence(out) && !CONTINUES_SENTENCE.test(after);
      var raw = valueOf(values, name);
      var value = tidy(raw) ? shaped(name, raw, standalone, today) : "";
      last = match.index + match[0].length;
      if (!value) {
        out += marker(name);
        skipStop = false;
        return;
      }
      var beforeWord = WORD_BEFORE_SLOT.exec(out);
      var valueWord = VALUE_FIRST_WORD.exec(value);
      if (beforeWord && valueWord && beforeWord[1].toLowerCase() === valueWord[1].toLowerCase()) {
        value = value.slice(valueWord[0].length);
      }
      var afterWord = WORD_AFTER_SLOT.exec(after);
      var endWord = VALUE_LAST_WORD.exec(value);
      if (afterWord && endWord && afterWord[1].toLowerCase() === endWord[1].toLowerCase()) {
        value = value.slice(0, endWord.index);
      }
      out += value;
      skipStop = ".!?\u2026".indexOf(value.charAt(value.length - 1)) >= 0;
    });
    var tail = text.slice(last);
    if (skipStop && tail.charAt(0) === ".") tail = tail.slice(1);
    return out + tail;
  }

  /** The template's parts in reading order, with the variant for the n-th recipient applied. */
  function noteParts(parts, variants, recipient) {
    var chosen = Object.assign({}, parts);
    if (recipient > 0 && variants && variants.length) {
      Object.assign(chosen, variants[(recipient - 1) % variants.length]);
    }
    var order = data().partOrder || [];
    return order.filter(function (name) { return own(chosen, name) && chosen[name]; })
      .map(function (name) { return [name, chosen[name]]; });
  }

  /** Subjects and body of a template's raw parts rendered with the given values, written on `today`. */
  function renderText(parts, subjects, variants, values, recipient, today) {
    var body = noteParts(parts, variants, recipient || 0)
      .map(function (part) { return fillText(strip(part[1]), values || {}, today); })
      .filter(Boolean)
      .join(PARAGRAPH_BREAK);
    return {subjects: (subjects || []).map(function (subject) { return fillText(subject, values || {}, today); }),
      body: body};
  }

  /** A template (as exported in AFTERVIEW_DATA.templates) filled for its n-th recipient. */
  function render(template, values, recipientIndex, today) {
    return renderText(template.parts, template.subjects, template.variants, values || {}, recipientIndex || 0, today);
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
    return text.replace(SEGMENT, function (whole, inner) { return strip(inner.split(CHOICE)[0]); });
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
        return fill(line.slice(start, end).split(slot).join(BLANK), {});
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

  Afterview.text = {strip: strip, split: split, length: length, isSpace: isSpace, own: own};
  Afterview.marker = marker;
  Afterview.fill = fill;
  Afterview.fillText = fillText;
  Afterview.noteParts = noteParts;
  Afterview.renderText = renderText;
  Afterview.render = render;
  Afterview.fieldFrame = fieldFrame;
  Afterview.unfilledFields = unfilledFields;
  Afterview.displayText = displayText;
  Afterview.exampleValues = exampleValues;
  Afterview.shapes = {tidy: tidy, isSentence: isSentence, asSentences: asSentences, asPhrase: asPhrase,
    asName: asName, asRole: asRole, asDay: asDay};
})(window);
