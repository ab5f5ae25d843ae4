/* Afterview composer state: what the reader chose and typed, and the notes derived from it. No DOM. */
(function (Afterview) {
  "use strict";

  var STORAGE_KEY = "afterview.composer.v1";
  var NEAR_IDENTICAL = 0.9;
  var PERSON_FIELDS = ["recipient_name", "recipient_title", "highlight", "recipient_email"];
  var CHANNELS = [
    {id: "email", label: "Email"},
    {id: "linkedin", label: "LinkedIn message"},
    {id: "handwritten", label: "Handwritten card"},
  ];
  var CHOICES = [
    {id: "phone-screen", label: "Phone screen", situations: ["phone-screen"]},
    {id: "video", label: "Video interview", situations: ["video-interview"]},
    {id: "on-site", label: "On-site interview", situations: ["on-site"]},
    {id: "panel", label: "Panel interview (several interviewers)", situations: ["panel"]},
    {id: "group", label: "Group interview (several candidates)", situations: ["group"]},
    {id: "final-round", label: "Final round", situations: ["final-round"]},
    {id: "no-reply", label: "No reply yet", situations: ["no-reply", "competing-offer", "post-interview-update"]},
    {id: "decision", label: "Decision received",
      situations: ["offer-accepted", "offer-declined", "rejection", "withdrawal"]},
    {id: "other", label: "Something else", situations: []},
  ];
  var ELEMENT_LABELS = {
    gratitude: "Thanks them for their time",
    highlight: "Mentions a specific moment",
    interest: "Says you are still interested",
    signature: "Ends with a sign-off and your name",
  };

  function coveredSituations() {
    var covered = {};
    CHOICES.forEach(function (choice) {
      choice.situations.forEach(function (situation) { covered[situation] = true; });
    });
    return covered;
  }

  function choiceFor(template) {
    for (var i = 0; i < CHOICES.length; i++) {
      if (CHOICES[i].situations.indexOf(template.situation) >= 0) return CHOICES[i].id;
    }
    return "other";
  }

  function inChoice(template, choiceId) {
    return choiceId === "other" ? !coveredSituations()[template.situation] || choiceFor(template) === "other"
      : choiceFor(template) === choiceId;
  }

  function findTemplate(data, id) {
    for (var i = 0; i < data.templates.length; i++) {
      if (data.templates[i].id === id) return data.templates[i];
    }
    return null;
  }

  /* The channels that have at least one template for a choice. */
  function channelsFor(data, choiceId) {
    return CHANNELS.filter(function (channel) {
      return data.templates.some(function (t) { return t.channel === channel.id && inChoice(t, choiceId); });
    });
  }

  function templatesFor(data, choiceId, channel) {
    return data.templates.filter(function (t) { return t.channel === channel && inChoice(t, choiceId); });
  }

  function isPanel(template) {
    return Boolean(template && template.variants && template.variants.length);
  }

  function emptyPerson() {
    return {recipient_name: "", recipient_title: "", highlight: "", recipient_email: ""};
  }

  function initial(data, templateId) {
    var template = findTemplate(data, templateId) || findTemplate(data, "thank-you-phone-screen") || data.templates[0];
    var state = {
      choice: null, channel: null, templateId: null, values: {}, people: [emptyPerson()],
      interviewDate: "", interviewTime: "", decisionDate: "", subjectIndex: 0, remember: false, auto: {},
    };
    selectTemplate(state, data, template.id);
    return state;
  }

  function selectTemplate(state, data, id) {
    var template = findTemplate(data, id);
    if (!template) return state;
    state.templateId = template.id;
    state.choice = choiceFor(template);
    state.channel = template.channel;
    state.subjectIndex = 0;
    if (isPanel(template)) {
      while (state.people.length < 3) state.people.push(emptyPerson());
    }
    return state;
  }

  /* A new choice keeps the channel if it can; then the first matching template. */
  function selectChoice(state, data, choiceId) {
    var channels = channelsFor(data, choiceId).map(function (c) { return c.id; });
    var channel = channels.indexOf(state.channel) >= 0 ? state.channel : channels[0];
    var list = templatesFor(data, choiceId, channel);
    if (list.length) selectTemplate(state, data, list[0].id);
    state.choice = choiceId;
    return state;
  }

  function selectChannel(state, data, channel) {
    var list = templatesFor(data, state.choice, channel);
    if (list.length) selectTemplate(state, data, list[0].id);
    state.choice = state.choice || choiceFor(list[0]);
    return state;
  }

  function addPerson(state) {
    state.people.push(emptyPerson());
    return state;
  }

  function removePerson(state, index) {
    if (state.people.length > 1) state.people.splice(index, 1);
    return state;
  }

  /* The values for the note to the n-th person: shared fields, then that person's own. */
  function valuesFor(state, index) {
    var values = {};
    Object.keys(state.values).forEach(function (name) { values[name] = state.values[name]; });
    var person = state.people[index] || state.people[0];
    PERSON_FIELDS.forEach(function (name) { values[name] = person[name] || ""; });
    return values;
  }

  function appliesTo(rule, channel, kind) {
    return rule.channels.indexOf(channel) >= 0 && (!rule.kinds.length || rule.kinds.indexOf(kind) >= 0);
  }

  function ruleLabel(rule) {
    if (rule.check === "element" && ELEMENT_LABELS[rule.element]) return ELEMENT_LABELS[rule.element];
    var words = rule.name.replace(/-/g, " ");
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  /* One checklist entry per draft rule that applies: passed, or its findings. */
  function checklist(data, result, channel, kind) {
    return data.rules.filter(function (rule) {
      return rule.target === "draft" && appliesTo(rule, channel, kind);
    }).map(function (rule) {
      var findings = result.findings.filter(function (f) { return f.code === rule.code; });
      var passed = rule.check === "element" ? Boolean(result.elements[rule.element]) : findings.length === 0;
      return {code: rule.code, label: ruleLabel(rule), element: rule.check === "element" ? rule.element : null,
        severity: rule.severity, passed: passed, message: rule.message, fix: rule.fix, point: rule.point,
        findings: findings};
    });
  }

  /* Every note the reader is writing: one, or one per interviewer in panel mode. */
  function notes(state, data, api) {
    var template = findTemplate(data, state.templateId);
    var count = isPanel(template) ? state.people.length : 1;
    var result = [];
    for (var index = 0; index < count; index++) {
      var values = valuesFor(state, index);
      var rendered = api.render(template, values, index);
      var subjects = rendered.subjects || [];
      var subject = subjects.length ? subjects[Math.min(state.subjectIndex, subjects.length - 1)] : null;
      var context = {kind: template.kind, recipients: values.recipient_name ? [values.recipient_name] : []};
      if (subject !== null) context.subject = subject;
      var check = api.check(rendered.body, template.channel, context);
      var items = checklist(data, check, template.channel, template.kind);
      result.push({
        index: index, recipientName: values.recipient_name, to: values.recipient_email, subjects: subjects,
        subject: subject, body: rendered.body, check: check, checklist: items,
        elementsComplete: data.elements.every(function (name) { return check.elements[name]; }),
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

  /* Pairs of panel notes that say nearly the same thing once the names are taken out (point 14):
     either the whole notes or the moments recalled are at least 90 % the same words. */
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
        var moments = [state.people[i].highlight, state.people[j].highlight];
        var momentScore = moments[0].trim() && moments[1].trim() ? wordSimilarity(moments[0], moments[1], names) : 0;
        var noteScore = wordSimilarity(noteList[i].body, noteList[j].body, names);
        var score = Math.max(momentScore, noteScore);
        if (score >= NEAR_IDENTICAL) pairs.push({first: i, second: j, score: score});
      }
    }
    return pairs;
  }

  /* The one-note alternative for a panel: the group template in the same channel, or any group one. */
  function coordinatorTemplate(data, channel) {
    var group = data.templates.filter(function (t) { return t.situation === "group"; });
    return group.filter(function (t) { return t.channel === channel; })[0] || group[0] || null;
  }

  function serialize(state) {
    return JSON.stringify({
      templateId: state.templateId, values: state.values, people: state.people,
      interviewDate: state.interviewDate, interviewTime: state.interviewTime, decisionDate: state.decisionDate,
      subjectIndex: state.subjectIndex, auto: state.auto,
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
        var clean = emptyPerson();
        PERSON_FIELDS.forEach(function (name) { clean[name] = text(person && person[name]); });
        return clean;
      });
    }
    state.interviewDate = text(saved.interviewDate);
    state.interviewTime = text(saved.interviewTime);
    state.decisionDate = text(saved.decisionDate);
    state.subjectIndex = typeof saved.subjectIndex === "number" ? saved.subjectIndex : 0;
    state.auto = saved.auto && typeof saved.auto === "object" ? saved.auto : {};
    state.remember = true;
    return state;
  }

  Afterview.composerState = {
    STORAGE_KEY: STORAGE_KEY,
    CHOICES: CHOICES,
    CHANNELS: CHANNELS,
    PERSON_FIELDS: PERSON_FIELDS,
    findTemplate: findTemplate,
    channelsFor: channelsFor,
    templatesFor: templatesFor,
    isPanel: isPanel,
    initial: initial,
    selectTemplate: selectTemplate,
    selectChoice: selectChoice,
    selectChannel: selectChannel,
    addPerson: addPerson,
    removePerson: removePerson,
    valuesFor: valuesFor,
    notes: notes,
    wordSimilarity: wordSimilarity,
    nearIdentical: nearIdentical,
    coordinatorTemplate: coordinatorTemplate,
    serialize: serialize,
    restore: restore,
  };
})(window.Afterview = window.Afterview || {});
