/* Afterview: the draft checker, a port of afterview/checker.py (the parity tests compare them).
 * Needs render.js (Afterview.text) and reads its rules from window.AFTERVIEW_DATA. */
(function (global) {
  "use strict";
  var Afterview = global.Afterview = global.Afterview || {};
  var EXCERPT_LENGTH = 40;

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

  function searchable(text) {
    return text.replace(DIVERGENT, standIn);
  }

  var compiled = new Map();

  function compile(pattern, flags) {
    var key = flags + "/" + pattern;
    var regex = compiled.get(key);
    if (!regex) {
      regex = new RegExp(pattern, flags);
      compiled.set(key, regex);
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

  /** Every non-overlapping match, like Python's finditer (a fresh global regex: no shared lastIndex). */
  function searchAll(pattern, text) {
    var regex = new RegExp(pattern, "gmu");
    var haystack = searchable(text);
    var found = [];
    var match;
    while ((match = regex.exec(haystack)) !== null) {
      if (match[0] === "") {
        regex.lastIndex += haystack.codePointAt(regex.lastIndex) > 0xffff ? 2 : 1;
      }
      found.push({start: match.index, end: match.index + match[0].length});
    }
    return found;
  }

  function data() {
    return global.AFTERVIEW_DATA || {};
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
    return points.length <= EXCERPT_LENGTH ? flat : points.slice(0, EXCERPT_LENGTH - 3).join("") + "...";
  }

  /** Normalise line ends, take the subject out of an email draft, and blank the last sign-off line. */
  function prepare(text, channel, context) {
    var body = text.replace(/\r\n/g, "\n").replace(/\r/g, "\n");
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
    return {body: body, subject: subject, subjectLine: subjectLine, elementText: elementText};
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
    name.toLowerCase().split(/[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000.,]+/)
      .forEach(function (word) {
        if (word && titles.indexOf(word) < 0) tokens.add(word);
      });
    return tokens;
  }

  function countWords(text) {
    return searchAll(shared("word"), text).length;
  }

  /** One finding per line on which a forbidden pattern matches (the subject counts as a line). */
  function forbid(rule, draft, finding) {
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
  function vagueSubject(rule, draft, finding) {
    if (!draft.subject) return [];
    var words = countWords(draft.subject);
    var generic = anySearch(rule.patterns, draft.subject);
    return generic || words < rule.limits.min_words ? [finding(draft.subjectLine, excerpt(draft.subject))] : [];
  }

  /** A subject too long to read in an inbox list. */
  function longSubject(rule, draft, finding) {
    var length = Afterview.text.length(draft.subject || "");
    return length > rule.limits.max_chars ? [finding(draft.subjectLine, length + " characters")] : [];
  }

  /** The greeting names nobody the note is meant for. */
  function greetingMismatch(rule, draft, context, finding) {
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
  function signatureContact(rule, draft, elements, finding) {
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

  /** Run one rule on a prepared draft. */
  function evaluate(rule, draft, channel, context, elements) {
    function finding(line, detail) {
      var message = rule.message + (detail ? " (found \"" + detail + "\")" : "");
      return {code: rule.code, severity: rule.severity, message: message, line: line};
    }
    switch (rule.check) {
      case "element":
        return Afterview.text.own(elements, rule.element || "") && elements[rule.element] ? [] : [finding(null)];
      case "forbid":
        return forbid(rule, draft, finding);
      case "require":
        return anySearch(rule.patterns, draft.body) ? [] : [finding(null)];
      case "max-words": {
        var limit = Afterview.text.own(rule.limits, channel) ? rule.limits[channel] : null;
        var count = countWords(draft.body);
        return limit && count > limit ? [finding(null, count + " words, over " + limit)] : [];
      }
      case "subject-missing":
        return draft.subject ? [] : [finding(null)];
      case "subject-vague":
        return vagueSubject(rule, draft, finding);
      case "subject-long":
        return longSubject(rule, draft, finding);
      case "greeting-mismatch":
        return greetingMismatch(rule, draft, context, finding);
      case "signature-contact":
        return signatureContact(rule, draft, elements, finding);
      default:
        throw new Error(rule.code + ": unknown check '" + rule.check + "'");
    }
  }

  /** Check a draft note: the four elements found, and every rule's findings in registry order. */
  function check(text, channel, context, rules) {
    var channels = data().channels || [];
    if (channels.indexOf(channel) < 0) {
      throw new Error("unknown channel '" + channel + "'; use one of " + channels.join(", "));
    }
    context = context || {};
    rules = rules || data().rules || [];
    var draft = prepare(text, channel, context);
    var elements = detectElements(draft, rules);
    var findings = [];
    rules.forEach(function (rule) {
      if (rule.target === "draft" && applies(rule, channel, context)) {
        findings.push.apply(findings, evaluate(rule, draft, channel, context, elements));
      }
    });
    return {elements: elements, findings: findings};
  }

  Afterview.check = check;
  Afterview.checker = {searchable: searchable, excerpt: excerpt, nameTokens: nameTokens, prepare: prepare};
})(window);
