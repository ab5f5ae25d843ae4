(() => {
  // docs/assets/javascripts/afterview/data.js
  var exported = null;
  var folder = null;
  var loading = {};
  function useData(data2, base) {
    exported = data2;
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
    var model2 = names ? loadScript("model", "afterview-data/" + names.model).then(function(part) {
      exported.sentence_model = part;
    }) : null;
    return Promise.all([engineReady(), model2]).then(function() {
      return exported;
    });
  }

  // docs/assets/javascripts/afterview/render.js
  var PY_SPACE = "\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  var SPACE_CHAR = new RegExp("^[" + PY_SPACE + "]$");
  var SPACE_RUNS = new RegExp("[" + PY_SPACE + "]+");
  function isSpace(ch) {
    return SPACE_CHAR.test(ch);
  }
  function strip(text2) {
    var start2 = 0;
    var end = text2.length;
    while (start2 < end && isSpace(text2.charAt(start2))) start2++;
    while (end > start2 && isSpace(text2.charAt(end - 1))) end--;
    return text2.slice(start2, end);
  }
  function split(text2) {
    var stripped = strip(text2);
    return stripped ? stripped.split(SPACE_RUNS) : [];
  }
  function length(text2) {
    return Array.from(text2).length;
  }
  function own2(object, key) {
    return object != null && Object.prototype.hasOwnProperty.call(object, key);
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
  function searchable(text2) {
    if (lastSearched.text !== text2) lastSearched = { text: text2, searchable: text2.replace(DIVERGENT, standIn) };
    return lastSearched.searchable;
  }
  var compiled = /* @__PURE__ */ new Map();
  function compile(pattern, flags) {
    var byPattern = compiled.get(flags);
    if (!byPattern) {
      byPattern = /* @__PURE__ */ new Map();
      compiled.set(flags, byPattern);
    }
    var regex = byPattern.get(pattern);
    if (!regex) {
      regex = new RegExp(pattern, flags);
      byPattern.set(pattern, regex);
    }
    return regex;
  }
  function search(pattern, text2) {
    var match = compile(pattern, "mu").exec(searchable(text2));
    if (!match) return null;
    var end = match.index + match[0].length;
    return { start: match.index, end, text: text2.slice(match.index, end) };
  }
  function searchGroup(pattern, text2) {
    var match = compile(pattern, "dmu").exec(searchable(text2));
    if (!match) return null;
    var end = match.index + match[0].length;
    var group = match.indices[1];
    return {
      start: match.index,
      end,
      text: text2.slice(match.index, end),
      group: group ? text2.slice(group[0], group[1]) : null
    };
  }
  function searchAll(pattern, text2) {
    var regex = compile(pattern, "dgmu");
    regex.lastIndex = 0;
    var haystack = searchable(text2);
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
        group: group ? text2.slice(group[0], group[1]) : null
      });
    }
    return found;
  }
  function data() {
    return exported || {};
  }
  function constant(name) {
    return ((data().checker || {}).constants || {})[name];
  }
  function checkerPattern(name, extraFlags) {
    var pattern = data().checker.patterns[name];
    var regex = compile(pattern.source, pattern.flags + (extraFlags || ""));
    regex.lastIndex = 0;
    return regex;
  }
  function fullMatch(name, text2) {
    var pattern = data().checker.patterns[name];
    return compile("^(?:" + pattern.source + ")$", pattern.flags).test(text2);
  }
  var translations = /* @__PURE__ */ new Map();
  function translate(text2, pair) {
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
    return text2.replace(table.regex, function(ch) {
      return table.map.get(ch);
    });
  }
  function shared(name) {
    return data().patterns[name];
  }
  function lineOf(text2, index) {
    return text2.slice(0, index).split("\n").length;
  }
  function spaces(text2) {
    return " ".repeat(text.length(text2));
  }
  function excerpt(matched) {
    var flat = text.split(matched).join(" ");
    var points = Array.from(flat);
    var limit = constant("EXCERPT_LENGTH");
    return points.length <= limit ? flat : points.slice(0, limit - 3).join("") + "...";
  }
  function checkedPart(text2) {
    var limit = constant("MAX_CHECKED_CHARACTERS");
    if (text2.length <= limit || text.length(text2) <= limit) return text2;
    var head = Array.from(text2).slice(0, limit).join("");
    var cut = head.lastIndexOf("\n");
    return cut > 0 ? head.slice(0, cut) : head;
  }
  function splitSentences(body) {
    var found = [];
    searchAll(shared("sentence"), body).forEach(function(match) {
      var text2 = text.strip(body.slice(match.start, match.end));
      if (text2) found.push({ text: text2, line: lineOf(body, match.start) });
    });
    return found;
  }
  function prepare(text2, channel, context) {
    var body = text2.charAt(0) === constant("BYTE_ORDER_MARK") ? text2.slice(1) : text2;
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
  function anySearch(patterns, text2) {
    return patterns.some(function(pattern) {
      return search(pattern, text2) !== null;
    });
  }
  function detectElements(draft, rules) {
    var found = {};
    (data().elements || []).forEach(function(name) {
      found[name] = false;
    });
    rules.forEach(function(rule) {
      if (rule.check === "element" && text.own(found, rule.element)) {
        var text2 = rule.element === "signature" ? draft.body : draft.elementText;
        found[rule.element] = anySearch(rule.patterns, text2);
      }
    });
    return found;
  }
  function nameTokens(name) {
    var titles = data().nameTitles || [];
    var tokens = /* @__PURE__ */ new Set();
    name.toLowerCase().split(checkerPattern("NAME_SEPARATORS")).forEach(function(word) {
      if (word && titles.indexOf(word) < 0) tokens.add(word);
    });
    return tokens;
  }
  function countWords(text2) {
    return searchAll(shared("word"), text2).length;
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
    var words = countWords(draft.subject);
    var generic = anySearch(rule.patterns, draft.subject);
    return generic || words < rule.limits.min_words ? [finding(draft.subjectLine, excerpt(draft.subject))] : [];
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
    var greeted = Array.from(nameTokens(match.group));
    if (greeted.some(function(token) {
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
  function companyName(words) {
    var joiners = data().companyJoiners || [];
    var notNames = data().companyNotNames || [];
    var kept = [];
    var parts = text.split(words);
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
    var suffixes = data().companySuffixes || [];
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
  function companiesNamed(cue, text2) {
    var regex = new RegExp(cue, "dgmu");
    var haystack = searchable(text2);
    var found = [];
    var match;
    while ((match = regex.exec(haystack)) !== null) {
      var group = match.indices[1];
      var name = group ? companyName(text2.slice(group[0], group[1])) : "";
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
  function forbiddenIn(rule, text2) {
    if (sentenceFinds.count >= constant("SENTENCE_FINDS_REMEMBERED")) sentenceFinds = { byRule: /* @__PURE__ */ new WeakMap(), count: 0 };
    var memory = sentenceFinds.byRule.get(rule);
    if (memory === void 0) {
      memory = /* @__PURE__ */ new Map();
      sentenceFinds.byRule.set(rule, memory);
    }
    if (memory.has(text2)) return memory.get(text2);
    var found = null;
    for (var i = 0; i < rule.patterns.length && found === null; i++) {
      var match = search(rule.patterns[i], text2);
      if (match) found = match.text || text2;
    }
    if (found === null && modelCodes(text2).indexOf(rule.code) >= 0) found = text2;
    memory.set(text2, found);
    sentenceFinds.count += 1;
    return found;
  }
  function modelFeatures(text2) {
    var lower = translate(text2, constant("MODEL_FOLD"));
    var words = (lower.match(checkerPattern("MODEL_TOKEN", "g")) || []).map(function(word) {
      return /^[0-9]+$/.test(word) ? "0" : word;
    });
    var found = new Set(words);
    for (var i = 0; i + 1 < words.length; i++) found.add(words[i] + " " + words[i + 1]);
    if (text2.indexOf("?") >= 0) found.add(constant("QUESTION_FEATURE"));
    return Array.from(found).sort();
  }
  function flaggedCodes(text2) {
    if (modelMemory.has(text2)) return modelMemory.get(text2);
    if (modelMemory.size >= constant("FLAGGED_CODES_REMEMBERED")) modelMemory.clear();
    var codes = scoredCodes(text2);
    modelMemory.set(text2, codes);
    return codes;
  }
  function modelCodes(text2) {
    return flaggedCodes(text2).filter(function(code) {
      var courtesy = shared("courtesy_" + code);
      return courtesy === void 0 || search(courtesy, text2) === null;
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
  function scoredCodes(text2) {
    var found = modelFeatures(text2);
    var model2 = data().sentence_model;
    var codes = [];
    model2.categories.forEach(function(category) {
      var weights = weightsOf(category);
      var total = category.bias;
      found.forEach(function(feature) {
        var weight = weights.get(feature);
        if (weight !== void 0) total += weight;
      });
      if (total > model2.min_score && codes.indexOf(category.code) < 0) codes.push(category.code);
    });
    return codes;
  }
  function titleFullName(rule, draft, channel, context, elements, finding) {
    var match = searchGroup(rule.patterns[0], draft.body);
    if (!match) return [];
    var words = text.split(match.group);
    var titles = data().nameTitles || [];
    if (!words.length || titles.indexOf(words[0].toLowerCase().replace(/\.+$/, "")) < 0) return [];
    var names = 0;
    for (var i = 1; i < words.length; i++) {
      if (search(shared("surname_particle"), words[i]) !== null) continue;
      if (!isCapital(Array.from(words[i])[0] || "")) break;
      names += 1;
      var bare = words[i].replace(/[.!?]+$/, "");
      if (Array.from(bare).length > 1 && bare !== words[i]) break;
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
  function asciiLower(text2) {
    return translate(text2, constant("ASCII_LOWER_LETTERS"));
  }
  function writtenInLowerCase(name, text2) {
    var wanted = asciiLower(name);
    var haystack = asciiLower(text2);
    var start2 = haystack.indexOf(wanted);
    while (start2 >= 0) {
      var end = start2 + wanted.length;
      var found = text2.slice(start2, end);
      var whole = !(start2 && LETTER_OR_DIGIT.test(haystack.charAt(start2 - 1))) && !(end < text2.length && LETTER_OR_DIGIT.test(haystack.charAt(end)));
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
      var words = text.split(guess);
      if (guess === asciiLower(guess) && words.length && (data().companyNotNames || []).indexOf(words[0]) < 0) {
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
  function check(text2, channel, context, rules) {
    var channels = data().channels || [];
    if (channels.indexOf(channel) < 0) {
      throw new Error("unknown channel '" + channel + "'; use one of " + channels.join(", "));
    }
    context = context || {};
    rules = rules || data().rules || [];
    var draft = prepare(checkedPart(text2), channel, context);
    var elements = detectElements(draft, rules);
    var findings = [];
    rules.forEach(function(rule) {
      if (rule.target === "draft" && applies(rule, channel, context)) {
        findings.push.apply(findings, evaluate(rule, draft, channel, context, elements));
      }
    });
    return { elements, findings };
  }

  // docs/assets/javascripts/afterview/draft-checker.js
  var DEBOUNCE_MS = 150;
  var FALLBACK_RULES_PAGE = "../../reference/rules/";
  var CHECKING = "Checking…";
  var NOT_LOADED = "The checker could not load its rules. Check your connection, then reload the page.";
  var EMPTY = "Your draft is empty. Paste or type your note above: the results appear here as you type.";
  var FOUND = / \(found "([\s\S]*)"\)$/;
  var MEASURES = ["max-words", "length-limit", "subject-long", "signature-contact"];
  var LINKEDIN_FORMATS = { "linkedin-connection": "connection" };
  function parseNames(value) {
    return value.split(/[,;\n]/).map(function(name) {
      return text.strip(name);
    }).filter(Boolean);
  }
  function plural(count, one, many) {
    return count + " " + (count === 1 ? one : many);
  }
  function checkInput(state) {
    var context = { recipients: parseNames(state.names) };
    var company = text.strip(state.company || "");
    if (company) context.company = company;
    if (state.kind) context.kind = state.kind;
    var format = text.own(LINKEDIN_FORMATS, state.channel) ? LINKEDIN_FORMATS[state.channel] : null;
    if (format) context.linkedin_format = format;
    return { channel: format ? "linkedin" : state.channel, context };
  }
  function waiting(state) {
    var typed = Boolean(text.strip(state.text));
    return { result: null, summary: typed ? CHECKING : EMPTY, pending: typed };
  }
  function model(state, labels) {
    if (!text.strip(state.text)) {
      return { result: null, summary: EMPTY };
    }
    try {
      var input = checkInput(state);
      var result = check(state.text, input.channel, input.context);
      return { result, summary: summaryText(result, labels) };
    } catch (error) {
      return { result: null, summary: "The checker could not check this draft (" + error.message + "). Your text is still in the box above." };
    }
  }
  function summaryText(result, labels) {
    var errors = result.findings.filter(function(f) {
      return f.severity === "error";
    }).length;
    var warnings = result.findings.length - errors;
    var missing = Object.keys(result.elements).filter(function(name) {
      return !result.elements[name];
    });
    var counts = (errors ? plural(errors, "thing", "things") + " to fix" : "Nothing to fix") + ", " + (warnings ? plural(warnings, "suggestion", "suggestions") : "no suggestions") + ".";
    var elements = missing.length ? " Missing: " + missing.map(function(name) {
      return labels[name] || name;
    }).join(", ") + "." : " All four elements found.";
    return counts + elements;
  }
  function ruleFor(code) {
    var rules = (exported || {}).rules || [];
    for (var i = 0; i < rules.length; i++) if (rules[i].code === code) return rules[i];
    return null;
  }
  function element(tag, className, text2) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text2 !== void 0) node.textContent = text2;
    return node;
  }
  function selectLine(textarea, line) {
    var lines = textarea.value.split("\n");
    var start2 = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) start2 += lines[i].length + 1;
    var end = start2 + (lines[line - 1] || "").length;
    textarea.focus();
    textarea.setSelectionRange(start2, end);
  }
  function rulesPage() {
    var link = document.getElementById("av-checker-rules-link");
    return link ? link.getAttribute("href").split("#")[0] : FALLBACK_RULES_PAGE;
  }
  function plainFinding(finding, rule) {
    var match = FOUND.exec(finding.message);
    var says = match ? finding.message.slice(0, match.index) : finding.message;
    var found = "";
    if (match) {
      found = rule && MEASURES.indexOf(rule.check) >= 0 ? "Found: " + match[1] + "." : "You wrote: “" + match[1] + "”";
    }
    return { message: "Your note " + says + ".", found, fix: rule && rule.fix ? "Instead: " + rule.fix : "" };
  }
  function findingItem(finding, textarea) {
    var rule = ruleFor(finding.code);
    var item = element("li", "av-finding av-finding--" + finding.severity);
    item.setAttribute("data-code", finding.code);
    item.setAttribute("data-line", finding.line === null ? "" : String(finding.line));
    var where = element("p", "av-finding__where");
    if (finding.line === null) {
      where.appendChild(element("span", "av-finding__line", "Whole note"));
    } else {
      var button = element("button", "av-finding__line", "Line " + finding.line);
      button.type = "button";
      button.setAttribute("aria-label", "Line " + finding.line + ": select it in your draft");
      button.addEventListener("click", function() {
        selectLine(textarea, finding.line);
      });
      where.appendChild(button);
    }
    where.appendChild(element(
      "span",
      "av-finding__severity",
      finding.severity === "error" ? "Fix this" : "Suggestion"
    ));
    var link = element("a", "av-finding__rule", "Why?");
    link.href = rulesPage() + "#" + finding.code.toLowerCase();
    link.setAttribute("aria-label", "Why this matters, and how to fix it");
    where.appendChild(link);
    item.appendChild(where);
    var words = plainFinding(finding, rule);
    item.appendChild(element("p", "av-finding__message", words.message));
    if (words.found) item.appendChild(element("p", "av-finding__quote", words.found));
    if (words.fix) item.appendChild(element("p", "av-finding__fix", words.fix));
    return item;
  }
  function paint(view, shown, textarea) {
    var result = shown.result;
    view.elements.forEach(function(item) {
      var name = item.getAttribute("data-element");
      var state = item.querySelector(".av-checker__state");
      var found = result ? Boolean(result.elements[name]) : null;
      item.setAttribute("data-found", found === null ? "" : String(found));
      state.textContent = found === null ? "not checked yet" : found ? "found" : "missing";
    });
    var list = document.createDocumentFragment();
    (result ? result.findings : []).forEach(function(finding) {
      list.appendChild(findingItem(finding, textarea));
    });
    view.findings.replaceChildren(list);
    view.clear.hidden = !result || result.findings.length > 0;
    if (view.summary.textContent !== shown.summary) view.summary.textContent = shown.summary;
    view.results.setAttribute("aria-busy", "false");
  }
  function start(root) {
    var textarea = root.querySelector("#av-draft");
    var names = root.querySelector("#av-recipients");
    var company = root.querySelector("#av-company");
    var kind = root.querySelector("#av-kind");
    var view = {
      results: root.querySelector(".av-checker__results"),
      elements: Array.prototype.slice.call(root.querySelectorAll("[data-element]")),
      findings: root.querySelector(".av-checker__findings"),
      clear: root.querySelector(".av-checker__clear"),
      summary: root.querySelector(".av-checker__summary")
    };
    var labels = {};
    view.elements.forEach(function(item) {
      labels[item.getAttribute("data-element")] = item.querySelector(".av-checker__element-name").textContent;
    });
    var timer = null;
    function state() {
      var chosen = root.querySelector("input[name='av-channel']:checked");
      return {
        text: textarea.value,
        channel: chosen ? chosen.value : "email",
        names: names.value,
        company: company ? company.value : "",
        kind: kind ? kind.value : ""
      };
    }
    function update() {
      if (timer !== null) window.clearTimeout(timer);
      timer = null;
      var shown = checkerReady() ? model(state(), labels) : waiting(state());
      paint(view, shown, textarea);
      if (shown.pending) view.results.setAttribute("aria-busy", "true");
    }
    function later() {
      view.results.setAttribute("aria-busy", "true");
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(update, DEBOUNCE_MS);
    }
    textarea.addEventListener("input", later);
    names.addEventListener("input", later);
    if (company) company.addEventListener("input", later);
    root.addEventListener("change", function(event) {
      if (event.target && (event.target.name === "av-channel" || event.target.id === "av-kind")) update();
    });
    update();
    checkerLoaded().then(update, function() {
      paint(view, { result: null, summary: NOT_LOADED }, textarea);
    });
  }
  function boot() {
    var root = document.getElementById("av-draft-checker");
    if (!root || root.getAttribute("data-ready") || !exported) return;
    root.setAttribute("data-ready", "true");
    start(root);
  }

  // docs/assets/javascripts/afterview/entries/checker.js
  useData(window.AFTERVIEW_DATA, new URL("../", document.currentScript.src));
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
  else boot();
})();
