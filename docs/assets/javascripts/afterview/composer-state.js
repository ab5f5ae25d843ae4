/* Afterview composer state: what the reader chose, typed and edited, and the notes derived from it. No DOM. */

var STORAGE_KEY = "afterview.composer.v1";
var NEAR_IDENTICAL = 0.9;
var PANEL_START = 2;
var BLANK = /\[[^\]\n]{1,40}\]/g;
var STAGE_NAMES = {"after-interview": "After an interview or a talk", "networking": "Meeting people",
  "waiting": "Waiting to hear", "after-decision": "After a decision"};
/* Checklist items that cannot be judged while a field they depend on is still a blank. */
var DEPENDS_ON = {"generic-greeting": ["recipient_name"], "greeting-name": ["recipient_name"],
  "right-company": ["company"], "email-signature": ["sender_name"], "signature": ["sender_name"]};
var OPTIONAL_SIGNATURE_PARTS = {"LinkedIn link": "sender_linkedin"};
var FIELD_PATTERN = /\{([a-z_]+)\}/g;

/* ---------- catalog look-ups ---------- */

function channels(data) {
  return data.channels.map(function (id) { return {id: id, label: data.channelNames[id] || id}; });
}

function fieldInfo(data, name) {
  var all = data.fields.concat(data.addressFields || []);
  for (var i = 0; i < all.length; i++) if (all[i].name === name) return all[i];
  return {name: name, label: name, hint: "", group: "interview", autocomplete: "off", multiline: false};
}

function marker(data, name) {
  return "[" + fieldInfo(data, name).label + "]";
}

/* What happened, as the composer offers it: every situation the catalog has a template for, in journey
   order, grouped by the stage of the job search its first template belongs to. */
function choices(data) {
  return data.composer.situations.map(function (situation) {
    var first = data.templates.filter(function (t) { return t.situation === situation.id; })[0];
    var stage = first ? first.stage : "";
    return {id: situation.id, label: situation.label, stage: stage, stageLabel: STAGE_NAMES[stage] || "Other"};
  });
}

function choiceFor(template) {
  return template ? template.situation : null;
}

function inChoice(template, choiceId) {
  return template.situation === choiceId;
}

function findTemplate(data, id) {
  for (var i = 0; i < data.templates.length; i++) {
    if (data.templates[i].id === id) return data.templates[i];
  }
  return null;
}

/* The channels that have at least one template for a choice. */
function channelsFor(data, choiceId) {
  return channels(data).filter(function (channel) {
    return data.templates.some(function (t) { return t.channel === channel.id && inChoice(t, choiceId); });
  });
}

function templatesFor(data, choiceId, channel) {
  return data.templates.filter(function (t) { return t.channel === channel && inChoice(t, choiceId); });
}

/* The same note in other tones (formal, warm, brief): templates with a tone for the same situation,
   channel and kind; none when there is only one. */
function toneFamily(data, template) {
  if (!template.tone) return [];
  var members = data.templates.filter(function (t) {
    return t.tone && t.situation === template.situation && t.channel === template.channel && t.kind === template.kind;
  });
  return members.length > 1 ? members : [];
}

function isPanel(template) {
  return Boolean(template && template.variants && template.variants.length);
}

/* The {field} names in some texts, in order of first use. */
function fieldsIn(texts) {
  var names = [];
  texts.join("\n").replace(FIELD_PATTERN, function (whole, name) {
    if (names.indexOf(name) < 0) names.push(name);
    return whole;
  });
  return names;
}

/* Every field the template uses: its declared `fields` list, else what its parts, variants and subjects use. */
function usedFields(template) {
  if (Array.isArray(template.fields) && template.fields.length) return template.fields.slice();
  var texts = Object.keys(template.parts).map(function (part) { return template.parts[part]; });
  (template.variants || []).forEach(function (variant) {
    Object.keys(variant).forEach(function (part) { texts.push(variant[part]); });
  });
  return fieldsIn(texts.concat(template.subjects || []));
}

/* The fields one element's part of the template uses (any variant). */
function elementFields(template, element) {
  return fieldsIn([template.parts[element] || ""].concat((template.variants || []).map(function (variant) {
    return variant[element] || "";
  })));
}

/* The person fields the composer asks for: those the template uses, plus their email for an email. */
function personFields(data, template) {
  var used = usedFields(template);
  return data.personFields.filter(function (name) {
    return used.indexOf(name) >= 0 || (name === "recipient_email" && template.channel === "email");
  });
}

function sharedFields(data, template) {
  return usedFields(template).filter(function (name) { return data.personFields.indexOf(name) < 0; });
}

/* ---------- changes ---------- */

function emptyPerson(data) {
  var person = {};
  data.personFields.forEach(function (name) { person[name] = ""; });
  return person;
}

/* A fresh state: the template asked for, or none at all until the reader says what happened. */
function initial(data, templateId) {
  var state = {
    choice: null, channel: null, templateId: null, values: {}, people: [emptyPerson(data)], edits: [null],
    interviewDate: "", interviewTime: "", decisionDate: "", subjectIndex: 0, remember: false, auto: {},
  };
  if (findTemplate(data, templateId)) selectTemplate(state, data, templateId);
  return state;
}

/* Whether the reader has written anything yet: a field, a date or their own wording. */
function hasWork(state) {
  var typed = function (values) {
    return Object.keys(values).some(function (name) { return String(values[name] || "").trim(); });
  };
  return typed(state.values) || state.people.some(typed) || Boolean(state.interviewDate || state.decisionDate)
    || hasEdits(state);
}

function hasEdits(state) {
  return state.edits.some(Boolean);
}

function selectTemplate(state, data, id) {
  var template = findTemplate(data, id);
  if (!template) return state;
  state.templateId = template.id;
  state.choice = choiceFor(template);
  state.channel = template.channel;
  state.subjectIndex = 0;
  if (isPanel(template)) {
    while (state.people.length < PANEL_START) addPerson(state, data);
  }
  return state;
}

/* A new choice keeps the channel if it can; then the first matching template. */
function selectChoice(state, data, choiceId) {
  var ids = channelsFor(data, choiceId).map(function (c) { return c.id; });
  var channel = ids.indexOf(state.channel) >= 0 ? state.channel : ids[0];
  var list = templatesFor(data, choiceId, channel);
  if (list.length) selectTemplate(state, data, list[0].id);
  state.choice = choiceId;
  return state;
}

function selectChannel(state, data, channel) {
  var list = templatesFor(data, state.choice, channel);
  if (list.length) selectTemplate(state, data, list[0].id);
  return state;
}

/* The same situation's LinkedIn connection-request note, for a LinkedIn note too long to send as one. */
function connectionTemplate(data, template) {
  if (template.kind === "connection-request") return null;
  return data.templates.filter(function (t) {
    return t.situation === template.situation && t.channel === "linkedin" && t.kind === "connection-request";
  })[0] || null;
}

function addPerson(state, data) {
  state.people.push(emptyPerson(data));
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

/* The reader's own wording of a note; `base` is the draft it was edited from. */
function editNote(state, index, text, base) {
  var previous = state.edits[index];
  state.edits[index] = {text: text, base: previous ? previous.base : base};
  return state;
}

/* Back to the draft from the fields; returns the edit it drops, so it can be brought back. */
function resetNote(state, index) {
  var dropped = state.edits[index] || null;
  state.edits[index] = null;
  return dropped;
}

function restoreEdit(state, index, edit) {
  state.edits[index] = edit;
  return state;
}

/* ---------- notes ---------- */

/* The values for the note to the n-th person: shared fields, then that person's own. */
function valuesFor(state, data, index) {
  var values = {};
  Object.keys(state.values).forEach(function (name) { values[name] = state.values[name]; });
  var person = state.people[index] || state.people[0];
  data.personFields.forEach(function (name) { values[name] = person[name] || ""; });
  return values;
}

function appliesTo(rule, channel, kind) {
  return rule.channels.indexOf(channel) >= 0 && (!rule.kinds.length || rule.kinds.indexOf(kind) >= 0);
}

/* Labels of the fields whose [Label] marker is still in the text, in the template's order. */
function blanks(data, template, text) {
  return usedFields(template).concat(data.personFields).filter(function (name, i, all) {
    return all.indexOf(name) === i && text.indexOf(marker(data, name)) >= 0;
  }).map(function (name) { return fieldInfo(data, name).label; });
}

function listWords(items) {
  if (items.length < 2) return items.join("");
  return items.slice(0, -1).join(", ") + " and " + items[items.length - 1];
}

function blankMarkers(text) {
  return String(text).match(BLANK) || [];
}

/* A signature finding that only misses what the reader chose to leave out (an optional field) is no finding. */
function onlyOptionalMissing(finding, values) {
  var missing = /missing ([^"]+)"/.exec(finding.message);
  if (!missing) return false;
  return missing[1].split(", ").every(function (part) {
    var field = OPTIONAL_SIGNATURE_PARTS[part];
    return field && !String(values[field] || "").trim();
  });
}

/* One checklist entry per draft rule that applies, phrased as what is good, judged on the text that will be
   sent. An element whose own words are still a blank is not done, every blank is named, and an item that
   depends on a field still blank (or on a form nothing has been typed into) is "pending": neither ticked
   nor crossed. */
function checklist(data, template, text, result, values, untouched) {
  var missing = blanks(data, template, text);
  return data.rules.filter(function (rule) {
    return rule.target === "draft" && appliesTo(rule, template.channel, template.kind);
  }).map(function (rule) {
    var findings = result.findings.filter(function (f) {
      return f.code === rule.code && !(rule.check === "signature-contact" && onlyOptionalMissing(f, values));
    });
    var severity = findings.some(function (f) { return f.severity === "error"; }) ? "error"
      : findings.length ? findings[0].severity : rule.severity;
    var item = {code: rule.code, label: rule.checklistLabel || rule.message, severity: severity,
      element: rule.check === "element" ? rule.element : null, point: rule.point, passed: true, detail: "",
      pending: false};
    if (item.element) {
      var blank = elementFields(template, item.element).filter(function (name) {
        return text.indexOf(marker(data, name)) >= 0;
      }).map(function (name) { return fieldInfo(data, name).label; });
      item.passed = Boolean(result.elements[item.element]) && !blank.length;
      item.detail = blank.length ? "Still blank: " + listWords(blank) + "."
        : item.passed ? "" : "The note " + rule.message + ". " + rule.fix;
    } else if (rule.check === "forbid" && rule.name === "placeholder") {
      item.passed = !findings.length && !missing.length && !blankMarkers(text).length;
      item.detail = missing.length ? "Still to fill in: " + listWords(missing) + "."
        : findings.length ? "The note " + findings[0].message + ". " + rule.fix
          : item.passed ? "" : "Still to fill in: " + listWords(blankMarkers(text)) + ".";
    } else {
      item.passed = !findings.length;
      item.detail = item.passed ? "" : "The note " + findings[0].message + ". " + rule.fix;
    }
    var waitsFor = (DEPENDS_ON[rule.name] || []).some(function (name) {
      return text.indexOf(marker(data, name)) >= 0;
    });
    if (item.passed && (untouched || waitsFor)) item.pending = true;
    return item;
  });
}

/* The one verdict on the text that will be sent: "ready" only with every element found, nothing blank and
   nothing to fix or look at; "look" when only suggestions remain; "fix" otherwise; "empty" before any typing. */
function verdict(items, untouched) {
  var toFix = items.filter(function (item) { return !item.passed && item.severity === "error"; }).length;
  var toLook = items.filter(function (item) { return !item.passed && item.severity !== "error"; }).length;
  var state = untouched ? "empty" : toFix ? "fix" : toLook ? "look" : "ready";
  return {state: state, toFix: toFix, toLook: toLook, ready: state === "ready"};
}

// The verdict while the checker waits for its data (api.check gave nothing): no tick, no cross, no "ready".
var CHECKING = {state: "checking", toFix: 0, toLook: 0, ready: false};

/* Every note the reader is writing: one, or one per interviewer in panel mode; none before a template is
   chosen. `text` is what the reader sends: their edited wording when they edited it, else the draft from the
   fields. `today` is the day the note is written ("YYYY-MM-DDTHH:MM"), against which typed days are read;
   `readingDay`, when the note waits to be sent (a Friday note scheduled for Monday), the day it will be read:
   dates are phrased from it (a handwritten card is read days after it is written: api.readingDay). */
function notes(state, data, api, today, readingDay) {
  var template = findTemplate(data, state.templateId);
  if (!template) return [];
  var count = isPanel(template) ? state.people.length : 1;
  var untouched = !hasWork(state);
  var result = [];
  for (var index = 0; index < count; index++) {
    var values = valuesFor(state, data, index);
    var readOn = api.readingDay ? api.readingDay(template.channel, today, readingDay) : readingDay;
    var rendered = api.render(template, values, index, today, readOn);
    var subjects = rendered.subjects || [];
    var subject = subjects.length ? subjects[Math.min(state.subjectIndex, subjects.length - 1)] : null;
    var edit = state.edits[index] || null;
    var text = edit ? edit.text : rendered.body;
    var context = {kind: template.kind, recipients: values.recipient_name ? [values.recipient_name] : []};
    if (subject !== null) context.subject = subject;
    if ((values.company || "").trim()) context.company = values.company.trim();
    if (template.kind === "connection-request") context.linkedin_format = "connection";
    var check = api.check(text, template.channel, context);
    var items = check ? checklist(data, template, text, check, values, untouched) : [];
    var judged = check ? verdict(items, untouched) : CHECKING;
    result.push({
      index: index, recipientName: values.recipient_name, to: values.recipient_email, subjects: subjects,
      subject: subject, draft: rendered.body, text: text, edited: Boolean(edit),
      stale: Boolean(edit) && edit.base !== rendered.body, check: check, checklist: items, verdict: judged,
      highlight: values.highlight || "", blanks: blankMarkers(text), toDo: judged.toFix,
    });
  }
  return result;
}

function words(text) {
  return (String(text).toLowerCase().match(/[\p{L}\p{N}']+/gu) || []);
}

/* Multiset Jaccard similarity of two texts' words, ignoring the given words (names). */
function wordSimilarity(a, b, ignored) {
  var skip = {};
  (ignored || []).forEach(function (word) { skip[word] = true; });
  function counts(text) {
    var table = {};
    words(text).forEach(function (word) { if (!skip[word]) table[word] = (table[word] || 0) + 1; });
    return table;
  }
  var left = counts(a);
  var right = counts(b);
  var shared = 0;
  var total = 0;
  Object.keys(left).concat(Object.keys(right)).forEach(function (word, i, all) {
    if (all.indexOf(word) !== i) return;
    shared += Math.min(left[word] || 0, right[word] || 0);
    total += Math.max(left[word] || 0, right[word] || 0);
  });
  return total ? shared / total : 1;
}

function without(text, part) {
  var trimmed = part.trim();
  return trimmed ? text.split(trimmed).join(" ") : text;
}

/* Pairs of panel notes that would feel like copies (point 14), and what is alike in each:
   `sameMoment` when the moments recalled are at least 90 % the same words, `wording` (0-1) the share of
   words the rest of the notes have in common once names and moments are taken out, flagged from 90 %. */
function nearIdentical(state, noteList, titles) {
  if (noteList.length < 2) return [];
  var names = [];
  titles = titles || [];
  state.people.forEach(function (person) {
    words(person.recipient_name).forEach(function (word) {
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
        pairs.push({first: i, second: j, sameMoment: sameMoment, sameWording: wording >= NEAR_IDENTICAL,
          wording: wording});
      }
    }
  }
  return pairs;
}

/* The one-note alternative for a panel: the group template in the same channel, or any group one. */
function coordinatorTemplate(data, channel) {
  var group = data.templates.filter(function (t) { return t.situation === "group"; });
  return group.filter(function (t) { return t.channel === channel; })[0] || group[0] || null;
}

/* ---------- storage ---------- */

function serialize(state) {
  return JSON.stringify({
    templateId: state.templateId, values: state.values, people: state.people, edits: state.edits,
    interviewDate: state.interviewDate, interviewTime: state.interviewTime, decisionDate: state.decisionDate,
    subjectIndex: state.subjectIndex, auto: state.auto, remember: state.remember,
  });
}

function text(value) {
  return typeof value === "string" ? value : "";
}

/* A state from stored JSON; anything malformed is dropped rather than trusted. */
function restore(data, json) {
  var saved;
  try { saved = JSON.parse(json); } catch (error) { return null; }
  if (!saved || typeof saved !== "object") return null;
  var state = initial(data, text(saved.templateId));
  var values = saved.values && typeof saved.values === "object" ? saved.values : {};
  Object.keys(values).forEach(function (name) { state.values[name] = text(values[name]); });
  if (Array.isArray(saved.people) && saved.people.length) {
    state.people = saved.people.map(function (person) {
      var clean = emptyPerson(data);
      Object.keys(clean).forEach(function (name) { clean[name] = text(person && person[name]); });
      return clean;
    });
  }
  var edits = Array.isArray(saved.edits) ? saved.edits : [];
  state.edits = state.people.map(function (person, index) {
    var edit = edits[index];
    return edit && typeof edit.text === "string" ? {text: edit.text, base: text(edit.base)} : null;
  });
  state.interviewDate = text(saved.interviewDate);
  state.interviewTime = text(saved.interviewTime);
  state.decisionDate = text(saved.decisionDate);
  state.subjectIndex = typeof saved.subjectIndex === "number" ? saved.subjectIndex : 0;
  state.auto = saved.auto && typeof saved.auto === "object" ? saved.auto : {};
  state.remember = saved.remember === true;
  return state;
}

export {STORAGE_KEY, choices, hasWork, hasEdits, connectionTemplate, verdict, channels, fieldInfo, findTemplate,
  channelsFor, templatesFor, toneFamily, isPanel, usedFields, personFields, sharedFields, initial,
  selectTemplate, selectChoice, selectChannel, addPerson, removePerson, editNote, resetNote, restoreEdit,
  valuesFor, blanks, notes, wordSimilarity, nearIdentical, coordinatorTemplate, serialize, restore};
