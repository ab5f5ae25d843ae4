/* Afterview: the draft checker, a port of afterview/checker.py (the parity tests compare them).
 * Needs render.js (Afterview.text) and reads its rules from the exported data (data.js). */
import * as Afterview from "./render.js";
import {exported} from "./data.js";

// The checker's patterns and tables come from AFTERVIEW_DATA.checker (checker.checker_data, converted by
// export.py) and the sentence model's weights from AFTERVIEW_DATA.sentence_model: one source with Python.
// What stays here is how JavaScript stands in for Python's string methods and pattern flags.
var modelMemory = new Map();
var sentenceFinds = {byRule: new WeakMap(), count: 0};
var modelWeights = new WeakMap();
// Python's str.isalnum() for one character.
var LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/* Python compiles the registry patterns with IGNORECASE | MULTILINE | ASCII. afterview/export.py hands
 * them over for flags "mu" (JavaScript's "i" would fold ſ into s, the Kelvin sign into k, and so on),
 * with lower-case letters, so the text is searched with A-Z lower-cased. The other differences are
 * in the text too: JavaScript's \s takes in Unicode spaces and its ^ $ . see CR, U+2028 and U+2029 as
 * line ends. Each such character is searched as a same-length stand-in JavaScript treats the way
 * Python treats the original: CR as FF (a space that ends no line), the rest as U+2129 (a plain
 * symbol). Positions stay valid in the original text, which is what results quote. */
var DIVERGENT = /[A-Z\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

function standIn(ch) {
  if (ch === "\r") return "\f";
  return ch <= "Z" ? String.fromCharCode(ch.charCodeAt(0) + 32) : "\u2129";
}

// Rules search the same text with one pattern after another: the last stand-in text is kept.
var lastSearched = {text: null, searchable: null};

function searchable(text) {
  if (lastSearched.text !== text) lastSearched = {text: text, searchable: text.replace(DIVERGENT, standIn)};
  return lastSearched.searchable;
}

var compiled = new Map();

function compile(pattern, flags) {
  var byPattern = compiled.get(flags);
  if (!byPattern) {
    byPattern = new Map();
    compiled.set(flags, byPattern);
  }
  var regex = byPattern.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern, flags);
    byPattern.set(pattern, regex);
  }
  return regex;
}

/** The first match of a pattern: {start, end, text} in the original string, or null. */
function search(pattern, text) {
  var match = compile(pattern, "mu").exec(searchable(text));
  if (!match) return null;
  var end = match.index + match[0].length;
  return {start: match.index, end: end, text: text.slice(match.index, end)};
}

/** Like search, with group 1 as well (flag "d" gives its position). */
function searchGroup(pattern, text) {
  var match = compile(pattern, "dmu").exec(searchable(text));
  if (!match) return null;
  var end = match.index + match[0].length;
  var group = match.indices[1];
  return {start: match.index, end: end, text: text.slice(match.index, end),
          group: group ? text.slice(group[0], group[1]) : null};
}

/** Every non-overlapping match, like Python's finditer (a fresh global regex: no shared lastIndex), with
 * group 1 and where it starts when the pattern has one (flag "d" gives its position). */
function searchAll(pattern, text) {
  var regex = compile(pattern, "dgmu");
  regex.lastIndex = 0;
  var haystack = searchable(text);
  var found = [];
  var match;
  while ((match = regex.exec(haystack)) !== null) {
    if (match[0] === "") {
      regex.lastIndex += haystack.codePointAt(regex.lastIndex) > 0xffff ? 2 : 1;
    }
    var group = match.indices[1];
    found.push({start: match.index, end: match.index + match[0].length, groupStart: group ? group[0] : -1,
                group: group ? text.slice(group[0], group[1]) : null});
  }
  return found;
}

function data() {
  return exported || {};
}

/** The checker's table NAME, as afterview/checker.py's checker_data exports it. */
function constant(name) {
  return ((data().checker || {}).constants || {})[name];
}

/** The checker's own pattern NAME as Python compiled it; `extraFlags` adds "g" (match all). */
function checkerPattern(name, extraFlags) {
  var pattern = data().checker.patterns[name];
  var regex = compile(pattern.source, pattern.flags + (extraFlags || ""));
  regex.lastIndex = 0;
  return regex;
}

/** Python's fullmatch of the checker's own pattern NAME. */
function fullMatch(name, text) {
  var pattern = data().checker.patterns[name];
  return compile("^(?:" + pattern.source + ")$", pattern.flags).test(text);
}

var translations = new Map();

/** Python's str.translate(str.maketrans(pair[0], pair[1])) for a table exported as that pair. */
function translate(text, pair) {
  var table = translations.get(pair[0]);
  if (!table) {
    var from = Array.from(pair[0]);
    var to = Array.from(pair[1]);
    var map = new Map(from.map(function (ch, index) { return [ch, to[index]]; }));
    var escaped = from.map(function (ch) { return "\\u{" + ch.codePointAt(0).toString(16) + "}"; });
    table = {regex: new RegExp("[" + escaped.join("") + "]", "gu"), map: map};
    translations.set(pair[0], table);
  }
  return text.replace(table.regex, function (ch) { return table.map.get(ch); });
}

function shared(name) {
  return data().patterns[name];
}

function lineOf(text, index) {
  return text.slice(0, index).split("\n").length;
}

function spaces(text) {
  return " ".repeat(Afterview.text.length(text));
}

/** A short, single-line quotation of what a rule matched. */
function excerpt(matched) {
  var flat = Afterview.text.split(matched).join(" ");
  var points = Array.from(flat);
  var limit = constant("EXCERPT_LENGTH");
  return points.length <= limit ? flat : points.slice(0, limit - 3).join("") + "...";
}

/** The text, or for a text longer than a note, its whole lines within MAX_CHECKED_CHARACTERS. */
function checkedPart(text) {
  var limit = constant("MAX_CHECKED_CHARACTERS");
  if (text.length <= limit || Afterview.text.length(text) <= limit) return text;
  var head = Array.from(text).slice(0, limit).join("");
  var cut = head.lastIndexOf("\n");
  return cut > 0 ? head.slice(0, cut) : head;
}

/** The sentences of a text, each on one line (a line break ends a sentence), stripped, in order. */
function splitSentences(body) {
  var found = [];
  searchAll(shared("sentence"), body).forEach(function (match) {
    var text = Afterview.text.strip(body.slice(match.start, match.end));
    if (text) found.push({text: text, line: lineOf(body, match.start)});
  });
  return found;
}

/** Drop a byte-order mark, normalise line ends, take out an email's subject, blank the last sign-off line. */
function prepare(text, channel, context) {
  var body = text.charAt(0) === constant("BYTE_ORDER_MARK") ? text.slice(1) : text;
  body = body.replace(/\r\n/g, "\n").replace(/\r/g, "\n");
  var subject = context.subject === undefined ? null : context.subject;
  var subjectLine = null;
  if (channel === "email" && subject === null) {
    var match = searchGroup(shared("subject_line"), body);
    if (match) {
      subject = Afterview.text.strip(match.group);
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
  return {body: body, subject: subject, subjectLine: subjectLine, elementText: elementText,
          sentences: splitSentences(body)};
}

function applies(rule, channel, context) {
  var kind = context.kind === undefined ? null : context.kind;
  var kinds = rule.kinds || [];
  return rule.channels.indexOf(channel) >= 0 && (!kinds.length || kind === null || kinds.indexOf(kind) >= 0);
}

function anySearch(patterns, text) {
  return patterns.some(function (pattern) { return search(pattern, text) !== null; });
}

/** Which of the four elements the draft contains. */
function detectElements(draft, rules) {
  var found = {};
  (data().elements || []).forEach(function (name) { found[name] = false; });
  rules.forEach(function (rule) {
    if (rule.check === "element" && Afterview.text.own(found, rule.element)) {
      var text = rule.element === "signature" ? draft.body : draft.elementText;
      found[rule.element] = anySearch(rule.patterns, text);
    }
  });
  return found;
}

/** Lower-case words of a name, without titles such as Ms or Dr. */
function nameTokens(name) {
  var titles = data().nameTitles || [];
  var tokens = new Set();
  name.toLowerCase().split(checkerPattern("NAME_SEPARATORS"))
    .forEach(function (word) {
      if (word && titles.indexOf(word) < 0) tokens.add(word);
    });
  return tokens;
}

function countWords(text) {
  return searchAll(shared("word"), text).length;
}

/** One whole-note finding when the rule's element is missing. */
function elementMissing(rule, draft, channel, context, elements, finding) {
  return Afterview.text.own(elements, rule.element || "") && elements[rule.element] ? [] : [finding(null)];
}

/** One whole-note finding when none of the rule's patterns is in the body. */
function required(rule, draft, channel, context, elements, finding) {
  return anySearch(rule.patterns, draft.body) ? [] : [finding(null)];
}

/** A body longer than the channel's word limit. */
function tooManyWords(rule, draft, channel, context, elements, finding) {
  var limit = Afterview.text.own(rule.limits, channel) ? rule.limits[channel] : null;
  var count = countWords(draft.body);
  return limit && count > limit ? [finding(null, count + " words, over " + limit)] : [];
}

/** An email without a subject line. */
function subjectMissing(rule, draft, channel, context, elements, finding) {
  return draft.subject ? [] : [finding(null)];
}

/** One finding per line on which a forbidden pattern matches (the subject counts as a line). */
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
  draft.body.split("\n").forEach(function (line, index) {
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

/** A subject too short or too generic to say what the email is for. */
function vagueSubject(rule, draft, channel, context, elements, finding) {
  if (!draft.subject) return [];
  var words = countWords(draft.subject);
  var generic = anySearch(rule.patterns, draft.subject);
  return generic || words < rule.limits.min_words ? [finding(draft.subjectLine, excerpt(draft.subject))] : [];
}

/** A subject too long to read in an inbox list. */
function longSubject(rule, draft, channel, context, elements, finding) {
  var length = Afterview.text.length(draft.subject || "");
  return length > rule.limits.max_chars ? [finding(draft.subjectLine, length + " characters")] : [];
}

/** The greeting names nobody the note is meant for. */
function greetingMismatch(rule, draft, channel, context, elements, finding) {
  var known = new Set();
  (context.recipients || []).forEach(function (name) {
    nameTokens(name).forEach(function (token) { known.add(token); });
  });
  if (!known.size) return [];
  var match = searchGroup(rule.patterns[0], draft.body);
  if (!match) return [];
  var greeted = Array.from(nameTokens(match.group));
  if (greeted.some(function (token) { return known.has(token); })) return [];
  return [finding(lineOf(draft.body, match.start), excerpt(match.group))];
}

/** An email signature without a full name, a contact line or a LinkedIn link. */
function signatureContact(rule, draft, channel, context, elements, finding) {
  if (!elements.signature) return [];
  var signoffs = searchAll(shared("signoff_line"), draft.body);
  var block = signoffs.length ? draft.body.slice(signoffs[signoffs.length - 1].end)
    : Array.from(draft.body).slice(-300).join("");
  var lines = block.split("\n").map(Afterview.text.strip).filter(Boolean);
  var fullName = lines.length > 0 && Afterview.text.split(lines[0]).length >= 2;
  var email = search(rule.patterns[0], block);
  var phone = search(rule.patterns[1], block);
  var linkedin = search(rule.patterns[2], block);
  if (fullName && (email || phone) && linkedin) return [];
  var missing = [["full name", fullName], ["email or phone", email || phone], ["LinkedIn link", linkedin]]
    .filter(function (item) { return !item[1]; })
    .map(function (item) { return item[0]; });
  return [finding(null, "missing " + missing.join(", "))];
}

/** A LinkedIn note longer than LinkedIn lets you send (a connection-request note when the context says so). */
function overLengthLimit(rule, draft, channel, context, elements, finding) {
  var length = Afterview.text.length(Afterview.text.strip(draft.body));
  var limits = rule.limits;
  if (context.linkedin_format !== "connection") {
    return length > limits.message ? [finding(null, length + " characters, over " + limits.message)] : [];
  }
  if (length > limits.connection) return [finding(null, length + " characters, over " + limits.connection)];
  if (length > limits.connection_free) {
    return [finding(null, length + " characters, over " + limits.connection_free + " on a free account", "warning")];
  }
  return [];
}

function isCapital(ch) {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The company name at the start of the words after a cue: capitalised words and the words that join them. */
function companyName(words) {
  var joiners = data().companyJoiners || [];
  var notNames = data().companyNotNames || [];
  var kept = [];
  var parts = Afterview.text.split(words);
  for (var i = 0; i < parts.length; i++) {
    var word = parts[i];
    var bare = word;
    if (bare.slice(-2) === "'s" || bare.slice(-2) === "\u2019s") bare = bare.slice(0, -2);
    var first = Array.from(bare)[0] || "";
    if (kept.length && joiners.indexOf(bare.toLowerCase()) >= 0) {
      kept.push(bare);
    } else if ((first && isCapital(first)) || (first >= "0" && first <= "9")) {
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

/** The words that identify a company, in lower case, without suffixes such as Ltd. */
function companyTokens(name) {
  var suffixes = data().companySuffixes || [];
  var tokens = new Set();
  var distinctive = new Set();
  name.toLowerCase().split(checkerPattern("NAME_SEPARATORS")).forEach(function (word) {
    if (!word || suffixes.indexOf(word) >= 0) return;
    tokens.add(word);
    // Words many companies share ("Dental", "Health") do not tell two companies apart.
    if (search(shared("organisation_word"), word) === null) distinctive.add(word);
  });
  return distinctive.size ? distinctive : tokens;
}

function overlaps(left, right) {
  return Array.from(left).some(function (token) { return right.has(token); });
}

/** Each company named after a cue, with where its name starts (words that are not a name may hold the next cue). */
function companiesNamed(cue, text) {
  var regex = new RegExp(cue, "dgmu");
  var haystack = searchable(text);
  var found = [];
  var match;
  while ((match = regex.exec(haystack)) !== null) {
    var group = match.indices[1];
    var name = group ? companyName(text.slice(group[0], group[1])) : "";
    if (name && companyTokens(name).size) {
      found.push({start: group[0], name: name});
    } else {
      regex.lastIndex = Math.max(group ? group[0] : 0, match.index + 1);
    }
  }
  return found;
}

/** A company named as the one the note is for that is not the addressee (or a second such company). */
function companyMismatch(rule, draft, channel, context, elements, finding) {
  var named = [];
  if (draft.subject) {
    companiesNamed(rule.patterns[0], draft.subject).forEach(function (item) {
      named.push({line: draft.subjectLine || 1, name: item.name});
    });
  }
  companiesNamed(rule.patterns[0], draft.body).forEach(function (item) {
    named.push({line: lineOf(draft.body, item.start), name: item.name});
  });
  var known = companyTokens(String(context.company || ""));
  if (known.size) {
    return named.filter(function (item) { return !overlaps(companyTokens(item.name), known); })
      .map(function (item) { return finding(item.line, excerpt(item.name)); });
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

/** One finding per line with a run of words in capitals long enough to be a shouted sentence. */
function shouting(rule, draft, channel, context, elements, finding) {
  var results = [];
  var lines = draft.subject ? [[draft.subjectLine, draft.subject]] : [];
  draft.body.split("\n").forEach(function (line, index) { lines.push([index + 1, line]); });
  lines.forEach(function (item) {
    var line = item[1];
    var tokens = searchAll(shared("word"), line).map(function (m) { return line.slice(m.start, m.end); });
    tokens.push("");
    var run = [];
    for (var i = 0; i < tokens.length; i++) {
      if (fullMatch("CAPITALS_WORD", tokens[i])) {
        run.push(tokens[i]);
        continue;
      }
      var letters = run.reduce(function (sum, word) { return sum + capitalLetters(word); }, 0);
      if (run.length >= rule.limits.min_words && letters >= rule.limits.min_letters) {
        results.push(finding(item[0], excerpt(run.join(" "))));
        break;
      }
      run = [];
    }
  });
  return results;
}

/** One finding per line for its first sentence a pattern matches (the subject counts), quoting what it found. */
function sentenceForbid(rule, draft, channel, context, elements, finding) {
  var subject = draft.subject ? [{text: draft.subject, line: draft.subjectLine || 1}] : [];
  var results = [];
  subject.concat(draft.sentences).forEach(function (sentence) {
    if (results.length && results[results.length - 1].line === sentence.line) return;
    var found = forbiddenIn(rule, sentence.text);
    if (found !== null) results.push(finding(sentence.line, excerpt(found)));
  });
  return results;
}

/** What a sentence-forbid rule quotes from one sentence: the match of its first pattern that matches (the
 * sentence, for an empty match or a red flag only the sentence model sees); null for a clean sentence.
 * Remembered, since a draft is checked again at every keystroke and most of its sentences are unchanged. */
function forbiddenIn(rule, text) {
  if (sentenceFinds.count >= constant("SENTENCE_FINDS_REMEMBERED")) sentenceFinds = {byRule: new WeakMap(), count: 0};
  var memory = sentenceFinds.byRule.get(rule);
  if (memory === undefined) {
    memory = new Map();
    sentenceFinds.byRule.set(rule, memory);
  }
  if (memory.has(text)) return memory.get(text);
  var found = null;
  for (var i = 0; i < rule.patterns.length && found === null; i++) {
    var match = search(rule.patterns[i], text);
    if (match) found = match.text || text;
  }
  if (found === null && modelCodes(text).indexOf(rule.code) >= 0) found = text;
  memory.set(text, found);
  sentenceFinds.count += 1;
  return found;
}

/** A sentence's words and pairs of neighbouring words, sorted, as afterview/sentence_model.py makes them. */
function modelFeatures(text) {
  var lower = translate(text, constant("MODEL_FOLD"));
  var words = (lower.match(checkerPattern("MODEL_TOKEN", "g")) || []).map(function (word) {
    return /^[0-9]+$/.test(word) ? "0" : word;
  });
  var found = new Set(words);
  for (var i = 0; i + 1 < words.length; i++) found.add(words[i] + " " + words[i + 1]);
  if (text.indexOf("?") >= 0) found.add(constant("QUESTION_FEATURE"));
  return Array.from(found).sort();
}

/** The rule codes of the red flags the sentence model sees in one sentence (remembered: every rule asks). */
function flaggedCodes(text) {
  if (modelMemory.has(text)) return modelMemory.get(text);
  if (modelMemory.size >= constant("FLAGGED_CODES_REMEMBERED")) modelMemory.clear();
  var codes = scoredCodes(text);
  modelMemory.set(text, codes);
  return codes;
}

/** The model's red flags for a sentence, less those its courtesy pattern shows to be polite. */
function modelCodes(text) {
  return flaggedCodes(text).filter(function (code) {
    var courtesy = shared("courtesy_" + code);
    return courtesy === undefined || search(courtesy, text) === null;
  });
}

/** A category's word weights as a Map, made once per exported model. */
function weightsOf(category) {
  var weights = modelWeights.get(category);
  if (weights === undefined) {
    weights = new Map(Object.entries(category.weights));
    modelWeights.set(category, weights);
  }
  return weights;
}

function scoredCodes(text) {
  var found = modelFeatures(text);
  var model = data().sentence_model;
  var codes = [];
  model.categories.forEach(function (category) {
    var weights = weightsOf(category);
    var total = category.bias;
    found.forEach(function (feature) {
      var weight = weights.get(feature);
      if (weight !== undefined) total += weight;
    });
    if (total > model.min_score && codes.indexOf(category.code) < 0) codes.push(category.code);
  });
  return codes;
}

/** A greeting with a title before a first name and a surname ("Dear Dr. Wei Chen"; not "Dr. and Mrs. Chen"). */
function titleFullName(rule, draft, channel, context, elements, finding) {
  var match = searchGroup(rule.patterns[0], draft.body);
  if (!match) return [];
  var words = Afterview.text.split(match.group);
  var titles = data().nameTitles || [];
  if (!words.length || titles.indexOf(words[0].toLowerCase().replace(/\.+$/, "")) < 0) return [];
  var names = 0;
  for (var i = 1; i < words.length; i++) {  // the name runs on while its words are capitalised or particles
    if (search(shared("surname_particle"), words[i]) !== null) continue;
    if (!isCapital(Array.from(words[i])[0] || "")) break;
    names += 1;
    var bare = words[i].replace(/[.!?]+$/, "");
    if (Array.from(bare).length > 1 && bare !== words[i]) break;  // "Mr Danjuma. Thank you": the sentence ends
  }
  if (names >= 2) {
    return [finding(lineOf(draft.body, match.start), excerpt(Afterview.text.strip(match.group)))];
  }
  return [];
}

/** A common word capitalised after a lower-case word, unless a capitalised word follows (a name: "The Hobbit"). */
function strayCapitals(rule, draft, channel, context, elements, finding) {
  var results = [];
  draft.body.split("\n").forEach(function (line, index) {
    var matches = searchAll(rule.patterns[0], line);
    for (var i = 0; i < matches.length; i++) {
      var match = matches[i];
      var word = match.group;
      var end = match.groupStart + word.length;
      var following = Afterview.text.split(line.slice(end));
      var gap = line.charAt(end);
      var nextWord = following.length && (gap === " " || gap === "\t") ? following[0] : "";
      var before = line.charAt(match.start);
      var rest = word.slice(1);
      if (before >= "a" && before <= "z" && isCapital(word.charAt(0)) && rest === rest.toLowerCase() &&
          !(nextWord && isCapital(Array.from(nextWord)[0]))) {
        results.push(finding(index + 1, excerpt(Afterview.text.strip(word + " " + nextWord))));
        break;
      }
    }
  });
  return results;
}

/** The text with A-Z in lower case and every other character as it is (so positions stay the same). */
function asciiLower(text) {
  return translate(text, constant("ASCII_LOWER_LETTERS"));
}

/** The first place the text writes the name all in lower case (as a whole word), or null. */
function writtenInLowerCase(name, text) {
  var wanted = asciiLower(name);
  var haystack = asciiLower(text);
  var start = haystack.indexOf(wanted);
  while (start >= 0) {
    var end = start + wanted.length;
    var found = text.slice(start, end);
    var whole = !(start && LETTER_OR_DIGIT.test(haystack.charAt(start - 1))) &&
      !(end < text.length && LETTER_OR_DIGIT.test(haystack.charAt(end)));
    if (whole && found === asciiLower(found)) return found;
    start = haystack.indexOf(wanted, start + 1);
  }
  return null;
}

/** The company the note is for written all in lower case ("acme corp"), in the subject or the body. */
function companyCase(rule, draft, channel, context, elements, finding) {
  var name = Afterview.text.strip(String(context.company || ""));
  if (!name && draft.subject) {
    var match = searchGroup(rule.patterns[0], draft.subject);
    var guess = match ? Afterview.text.strip(match.group) : "";
    var words = Afterview.text.split(guess);
    if (guess === asciiLower(guess) && words.length && (data().companyNotNames || []).indexOf(words[0]) < 0) {
      name = guess;
    }
  }
  if (!name || !checkerPattern("LATIN_LETTER").test(name)) return [];
  var units = draft.subject ? [[draft.subjectLine, draft.subject]] : [];
  draft.body.split("\n").forEach(function (line, index) { units.push([index + 1, line]); });
  var results = [];
  units.forEach(function (unit) {
    var found = writtenInLowerCase(name, unit[1]);
    if (found !== null) results.push(finding(unit[0], excerpt(found)));
  });
  return results;
}

/** More than one sentence that is a stock closing line: one finding, on the second. */
function closingPile(rule, draft, channel, context, elements, finding) {
  var closings = [];
  draft.sentences.forEach(function (sentence) {
    if (closings.length && closings[closings.length - 1].line === sentence.line) {
      return;
    }
    for (var i = 0; i < rule.patterns.length; i++) {
      var match = search(rule.patterns[i], sentence.text);
      if (match) {
        closings.push({line: sentence.line, words: match.text});
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
  "closing-pile": closingPile,
};

function severityFor(rule, kind) {
  var table = rule.severity_by_kind || {};
  return kind !== null && Afterview.text.own(table, kind) ? table[kind] : rule.severity;
}

/** Run one rule on a prepared draft. */
function evaluate(rule, draft, channel, context, elements) {
  var kind = context.kind === undefined ? null : context.kind;
  function finding(line, detail, severity) {
    var message = rule.message + (detail ? " (found \"" + detail + "\")" : "");
    return {code: rule.code, severity: severity || severityFor(rule, kind), message: message, line: line};
  }
  if (!Afterview.text.own(CHECKS, rule.check)) {
    throw new Error(rule.code + ": unknown check '" + rule.check + "'");
  }
  return CHECKS[rule.check](rule, draft, channel, context, elements, finding);
}

/** Check a draft note: the four elements found, and every rule's findings in registry order. */
function check(text, channel, context, rules) {
  var channels = data().channels || [];
  if (channels.indexOf(channel) < 0) {
    throw new Error("unknown channel '" + channel + "'; use one of " + channels.join(", "));
  }
  context = context || {};
  rules = rules || data().rules || [];
  var draft = prepare(checkedPart(text), channel, context);
  var elements = detectElements(draft, rules);
  var findings = [];
  rules.forEach(function (rule) {
    if (rule.target === "draft" && applies(rule, channel, context)) {
      findings.push.apply(findings, evaluate(rule, draft, channel, context, elements));
    }
  });
  return {elements: elements, findings: findings};
}

/** The job one sentence does in a note: the first of SENTENCE_ROLES whose signals it shows. */
function sentenceRole(sentence, rules) {
  rules = rules || data().rules || [];
  var byCode = {};
  var byElement = {};
  rules.forEach(function (rule) {
    byCode[rule.code] = rule;
    if (rule.check === "element" && rule.element) byElement[rule.element] = rule;
  });
  var patterns = data().patterns || {};
  var roles = constant("SENTENCE_ROLES") || [];
  var roleRules = constant("ROLE_RULES") || {};
  var roleElements = constant("ROLE_ELEMENTS") || {};
  for (var i = 0; i < roles.length; i++) {
    var role = roles[i];
    var signals = [];
    if (Afterview.text.own(roleRules, role)) {
      roleRules[role].forEach(function (code) {
        if (Afterview.text.own(byCode, code)) signals = signals.concat(byCode[code].patterns);
      });
    } else if (Afterview.text.own(roleElements, role)) {
      var elementRule = Afterview.text.own(byElement, roleElements[role]) ? byElement[roleElements[role]] : null;
      signals = elementRule ? elementRule.patterns : [];
    } else if (Afterview.text.own(patterns, "role_" + role)) {
      signals = [patterns["role_" + role]];
    }
    if (anySearch(signals, sentence)) return role;
    if (Afterview.text.own(roleRules, role) && roleRules[role].some(function (code) {
      return Afterview.text.own(byCode, code) && modelCodes(sentence).indexOf(code) >= 0;
    })) return role;
  }
  return "other";
}

/** Each sentence of a draft's body with its line and role. */
function sentenceRoles(text, channel, context, rules) {
  var draft = prepare(text, channel, context || {});
  return draft.sentences.map(function (sentence) {
    return {line: sentence.line, text: sentence.text, role: sentenceRole(sentence.text, rules)};
  });
}

var checker = {searchable: searchable, excerpt: excerpt, nameTokens: nameTokens, prepare: prepare,
  sentenceRole: sentenceRole, sentenceRoles: sentenceRoles};

export {check, checker};
