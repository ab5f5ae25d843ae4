/* Afterview composer page: keeps the chooser, the form, the notes, the checklist and the timing in step with
 the state. Every piece of reader text reaches the page through textContent or form values, never as markup. */
import {check} from "./checker.js";
import * as composerForm from "./composer-form.js";
import * as composerNote from "./composer-note.js";
import * as composerState from "./composer-state.js";
import * as dom from "./composer-dom.js";
import {checkerLoaded, checkerReady, engineReady, exported, indexReady, templateReady} from "./data.js";
import {addressHint, greetingOf, linkHint, momentIssues, readingDay, render, strengthHint} from "./render.js";
import * as send from "./send.js";
import * as timing from "./timing.js";

var ROOT_ID = "av-composer";
var STATUS_SHOWN_MS = 6000;
// Fields that describe a moment of the conversation: checked for words about the reader in the third person.
var el = dom.el;
var setText = dom.setText;

function Composer(root, data) {
  this.root = root;
  this.data = data;
  this.S = composerState;
  this.Form = composerForm;
  this.Note = composerNote;
  // Until the sentence model has arrived, a note is not judged: its checklist says "Checking…".
  this.api = {render: render, readingDay: readingDay,
    check: function () { return checkerReady() ? check.apply(null, arguments) : null; }};
  this.now = function () { return new Date(); };
  this.canShare = typeof navigator.share === "function";
  this.noteViews = [];
  this.notes = [];
  this.undo = {};
  this.pending = null;
  this.links = {points: this.linkHref("av-points-link"), templates: this.linkHref("av-templates-link")};
  this.linkedinLimits = (data.rules.filter(function (rule) { return rule.name === "linkedin-length"; })[0]
    || {limits: {}}).limits;
  var requested = new URLSearchParams(window.location.search).get("template");
  var known = Boolean(requested && this.S.findTemplate(data, requested));
  this.state = this.loadSaved() || this.S.initial(data, known ? requested : null);
  if (known && this.state.templateId !== requested) {
    if (this.S.hasEdits(this.state)) this.offerSwitch(requested);
    else this.S.selectTemplate(this.state, data, requested);
  }
  if (this.state.interviewDate) this.onDate("interview-date", this.state.interviewDate);
  this.notice = requested && !known ? "There is no template called \u201c" + requested + "\u201d (the link may "
    + "be old or mistyped). Choose what happened below to find the right note." : "";
  this.build();
}

/* The day the note is written, by the page's clock, as the renderer takes it: "YYYY-MM-DDTHH:MM". */
Composer.prototype.today = function () {
  return stamp(this.now());
};

function stamp(date) {
  var hour = String(date.getHours()).padStart(2, "0") + ":" + String(date.getMinutes()).padStart(2, "0");
  return timing.isoDate(date) + "T" + hour;
}

Composer.prototype.linkHref = function (id) {
  var link = document.getElementById(id);
  return link ? link.getAttribute("href") : null;
};

Composer.prototype.template = function () {
  return this.S.findTemplate(this.data, this.state.templateId);
};

/* ---------- storage: this tab always, this device only with the reader's consent ---------- */

function storages() {
  try {
    return {tab: window.sessionStorage, device: window.localStorage};
  } catch (error) {
    return {tab: null, device: null};
  }
}

/* The tab's own copy first (the latest), else what the reader asked this device to remember. */
Composer.prototype.loadSaved = function () {
  var stores = storages();
  var S = this.S;
  var data = this.data;
  function read(store) {
    try {
      var saved = store && store.getItem(S.STORAGE_KEY);
      return saved ? S.restore(data, saved) : null;
    } catch (error) {
      return null;
    }
  }
  var device = read(stores.device);
  if (device) device.remember = true;
  return read(stores.tab) || device;
};

Composer.prototype.persist = function () {
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

/* ---------- building ---------- */

Composer.prototype.build = function () {
  var root = dom.clear(this.root);
  this.status = el("p", {className: "av-composer__status", role: "status", "aria-live": "polite"});
  this.choose = el("div", {className: "av-composer__choose"});
  this.form = el("form", {className: "av-composer__form", "aria-label": "Your details", novalidate: true});
  this.output = el("section", {className: "av-composer__output", id: "av-output",
    "aria-labelledby": "av-output-title"});
  root.appendChild(this.choose);
  root.appendChild(el("div", {className: "av-composer__layout"}, [this.output, this.form]));
  root.appendChild(this.status);
  this.form.addEventListener("submit", function (event) { event.preventDefault(); });
  root.addEventListener("input", this.onInput.bind(this));
  root.addEventListener("change", this.onChange.bind(this));
  root.addEventListener("click", this.onClick.bind(this));
  window.addEventListener("afterprint", function () {
    document.documentElement.classList.remove("av-printing");
    var sheet = document.getElementById("av-print-sheet");
    if (sheet) sheet.parentNode.removeChild(sheet);
  });
  window.addEventListener("pagehide", this.persist.bind(this));
  this.buildForm();
  this.refresh();
};

Composer.prototype.buildForm = function () {
  var template = this.template();
  var ctx = {S: this.S, data: this.data, state: this.state, template: template, links: this.links,
    notice: this.notice};
  this.Form.buildChooser(this.choose, ctx);
  this.timing = this.Form.build(this.form, ctx);
  var output = dom.clear(this.output);
  var panel = this.S.isPanel(template);
  output.appendChild(el("h2", {id: "av-output-title", tabindex: "-1", text: panel ? "Your notes" : "Your note"}));
  this.switchBox = el("div", {className: "admonition info av-composer__switch", hidden: true});
  output.appendChild(this.switchBox);
  this.warning = el("div", {className: "admonition warning av-composer__warning", hidden: true});
  output.appendChild(this.warning);
  this.notesNode = el("div", {className: "av-composer__notes"});
  output.appendChild(this.notesNode);
  if (!template) {
    this.notesNode.appendChild(el("p", {className: "av-composer__empty", text: "Choose what happened above, and "
      + "your note appears here, ready to make your own."}));
  }
  this.noteViews = [];
  this.notes = [];
  this.showSwitch();
};

/* ---------- keeping the page in step ---------- */

Composer.prototype.refresh = function () {
  var template = this.template();
  if (!template || !template.parts) return;
  this.updateAdvice();
  this.notes = this.S.notes(this.state, this.data, this.api, this.today(), this.readingDay());
  if (this.noteViews.length !== this.notes.length) {
    dom.clear(this.notesNode);
    this.noteViews = this.notes.map(function (note) {
      var view = this.Note.create(template, note.index, this.canShare);
      this.notesNode.appendChild(view.article);
      return view;
    }, this);
  }
  var panel = this.notes.length > 1 || this.S.isPanel(template);
  var connection = template.channel === "linkedin" ? this.S.connectionTemplate(this.data, template) : null;
  this.notes.forEach(function (note, i) {
    var name = note.recipientName && note.recipientName.trim();
    this.Note.update(this.noteViews[i], note, {
      heading: panel ? "Note " + (i + 1) + " of " + this.notes.length + (name ? ": to " + name : "") : template.title,
      subjectIndex: this.state.subjectIndex, undo: this.undo[i], pointsHref: this.links.points,
      limits: this.linkedinLimits, connection: connection,
    });
  }, this);
  this.updateWarning();
  this.updateSuggestions();
  this.updateTiming();
};

/* The day a note waiting for Monday will be read, as the renderer takes it; null when it goes out now. */
Composer.prototype.readingDay = function () {
  var day = this.advice && this.advice.readingDay;
  return day ? stamp(day) : null;
};

/* The engine's advice on what was typed: a moment written about the reader or as a note to self, the
   form of address, a promised link typed without its address, and what the writer brings typed as a bare
   phrase. Shown beside the field, the rewording one tap away; only when the engine offers them. */
Composer.prototype.updateSuggestions = function () {
  var address = addressHint;
  var link = linkHint;
  var strength = strengthHint;
  var company = this.state.values.company || "";
  var greeting = greetingOf(this.template());
  var tone = this.template().tone || "";
  Array.prototype.forEach.call(this.form.querySelectorAll("[data-suggest-for]"), function (box) {
    var field = document.getElementById(box.getAttribute("data-suggest-for"));
    var value = field ? field.value : "";
    var name = field ? field.getAttribute("data-field") : "";
    var issue = value.trim() ? momentIssues(name, value, company)[0] || null : null;
    var hint = !value.trim() ? null
      : name === "recipient_name" && address ? address(value, greeting, tone)
        : name === "documents" && link ? link(value)
          : name === "strength" && strength ? strength(value) : null;
    var key = issue ? "p:" + issue.found + ":" + issue.suggestion : hint ? "a:" + hint : "";
    if (box.getAttribute("data-key") === key) return;
    box.setAttribute("data-key", key);
    dom.clear(box);
    // Advice in the shaded box is in the body colour: the lighter hint colour is too faint on its shade.
    if (hint) box.appendChild(el("p", {className: "av-composer__advice", text: hint}));
    if (!issue) return;
    box.appendChild(el("p", {className: "av-composer__advice", text: "\u201c" + issue.found + "\u201d reads as "
      + "if it were written about them, or as a note to yourself. In the note, try: \u201c" + issue.suggestion
      + "\u201d"}));
    box.appendChild(el("button", {type: "button", className: "md-button av-composer__small",
      "data-action": "use-wording", "data-value": field.id, "data-wording": issue.suggestion,
      text: "Use this wording"}));
  });
};

Composer.prototype.updateWarning = function () {
  var warning = this.warning;
  var pairs = this.S.isPanel(this.template())
    ? this.S.nearIdentical(this.state, this.notes, this.data.nameTitles) : [];
  var key = pairs.map(function (p) { return [p.first, p.second, p.sameMoment, p.sameWording].join(":"); }).join();
  if (warning.getAttribute("data-pairs") === key) return;
  var wasHidden = warning.hidden;
  warning.setAttribute("data-pairs", key);
  dom.clear(warning);
  warning.hidden = !pairs.length;
  if (!pairs.length) return;
  var people = this.state.people;
  function who(index) {
    return (people[index].recipient_name || "").trim() || "interviewer " + (index + 1);
  }
  warning.appendChild(el("p", {className: "admonition-title", text: "Two notes are too much alike"}));
  pairs.forEach(function (pair) {
    var names = who(pair.first) + " and " + who(pair.second);
    var alike = pair.sameMoment && pair.sameWording
      ? "recall the same moment, and the rest is " + Math.round(pair.wording * 100) + "% the same words"
      : pair.sameMoment ? "recall the same moment; the rest of the wording differs"
        : "use " + Math.round(pair.wording * 100) + "% the same words, leaving the names and moments aside";
    warning.appendChild(el("p", {text: "The notes to " + names + " " + alike + "."}));
  });
  warning.appendChild(el("p", {text: "Recall a different moment for each person, so no one feels they got a "
    + "copy. Or, if you cannot, send one note to the person who coordinated the interview."}));
  var group = this.S.coordinatorTemplate(this.data, this.state.channel);
  if (group) {
    warning.appendChild(el("button", {type: "button", className: "md-button", "data-action": "template",
      "data-value": group.id, text: "Write one note to the coordinator instead"}));
  }
  if (wasHidden) this.announce("Warning: two of your notes are too much alike.", warning);
};

Composer.prototype.updateAdvice = function () {
  var T = timing;
  var interview = this.timing.dated ? T.parseLocal(this.state.interviewDate, this.state.interviewTime) : null;
  this.advice = interview ? T.sendAdvice(interview, this.now()) : null;
};

Composer.prototype.updateTiming = function () {
  var T = timing;
  var s = this.state;
  var nodes = this.timing;
  var advice = this.advice;
  setText(nodes.advice, advice ? advice.message
    : "Enter the date (and time) of the conversation to see when to send your note.");
  nodes.advice.setAttribute("data-state", advice ? advice.state : "none");
  var reminder = dom.clear(nodes.reminder);
  if (advice && advice.state !== "late") {
    reminder.appendChild(el("button", {type: "button", className: "md-button", "data-action": "ics",
      "data-value": "send", text: "Add a reminder to write it (.ics)"}));
  }
  var decision = nodes.planned ? T.parseLocal(s.decisionDate, "") : null;
  var plan = dom.clear(nodes.plan);
  this.plan = decision ? T.followUpPlan(decision, this.data.settings.follow_up_business_days) : [];
  if (!decision) {
    plan.appendChild(el("li", {className: "av-composer__plan-empty",
      text: "Enter the date they gave for a decision to plan your follow-ups."}));
  }
  this.plan.forEach(function (step) {
    templateReady(step.template).catch(function () { return null; });
    plan.appendChild(el("li", {"data-step": step.id}, [
      el("strong", {text: step.title + ": " + T.formatDay(step.date) + ". "}), step.text + " ",
      el("button", {type: "button", className: "md-button av-composer__small", "data-action": "ics",
        "data-value": step.id, text: "Reminder (.ics)",
        "aria-label": "Download a calendar reminder for the " + step.title.toLowerCase()}),
    ]));
  });
};

/* ---------- events ---------- */

Composer.prototype.onInput = function (event) {
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

Composer.prototype.onDate = function (role, value) {
  var T = timing;
  var s = this.state;
  if (role === "interview-date") s.interviewDate = value;
  if (role === "interview-time") s.interviewTime = value;
  if (role === "decision-date") s.decisionDate = value;
  var interview = T.parseLocal(s.interviewDate, s.interviewTime);
  var decision = T.parseLocal(s.decisionDate, "");
  // The date as a date: the renderer phrases it from the day the note is read ("yesterday", "on Tuesday").
  s.values.interview_date = interview ? s.interviewDate : "";
  this.autoFill("decision_date", decision ? T.decisionDayText(decision) : "");
};

/* Fill a text field from a date input, unless the reader has written their own words there. */
Composer.prototype.autoFill = function (name, text) {
  var s = this.state;
  var current = s.values[name] || "";
  if (current && current !== s.auto[name]) return;
  s.values[name] = text;
  s.auto[name] = text;
  var input = document.getElementById("av-f-" + name);
  if (input) input.value = text;
};

Composer.prototype.onChange = function (event) {
  var target = event.target;
  var role = target.getAttribute("data-role");
  if (role === "template") {
    this.change(function () { this.S.selectTemplate(this.state, this.data, target.value); }, "av-template");
  } else if (role === "situation") {
    this.change(function () { this.S.selectChoice(this.state, this.data, target.value); }, "av-situation");
  } else if (role === "subject") {
    this.state.subjectIndex = Number(target.value);
    this.persist();
    this.refresh();
  } else if (role === "remember") {
    this.state.remember = target.checked;
    this.persist();
    this.announce(this.state.remember ? "Your details will be remembered on this device until you press "
      + "\u201cForget everything\u201d." : "Your details will be kept only until you close this tab.", target);
  }
};

/* A change of situation, channel, template or tone. With an edited note it is a choice, shown above the note:
   start again from the new template (the fields stay) or keep the edited note; either can be undone. */
Composer.prototype.change = function (apply, focusId) {
  var before = JSON.parse(this.S.serialize(this.state));
  var old = this.template();
  apply.call(this);
  var template = this.template();
  if (!template || (old && old.id === template.id)) {
    this.rebuild("", focusId);
    return;
  }
  if (old && this.S.hasEdits(this.state)) {
    this.pending = {before: before, title: old.title, step: "choose"};
    this.rebuild("You changed the template to \u201c" + template.title + "\u201d. Your edited note is kept "
      + "until you choose what to do with it.", focusId);
    return;
  }
  this.pending = null;
  this.rebuild("Template changed to \u201c" + template.title + "\u201d.", focusId);
};

/* A template chosen from the index comes with its wording first: "Loading" in the note's place meanwhile. */
Composer.prototype.whenLoaded = function (template, then) {
  var id = template.id;
  var notes = dom.clear(this.notesNode);
  this.noteViews = [];
  notes.appendChild(el("p", {className: "av-composer__empty", text: "Loading “" + template.title + "”…"}));
  templateReady(id).then(function () {
    if (this.state.templateId === id) then.call(this);
  }.bind(this), function () {
    if (this.state.templateId !== id) return;
    setText(notes.firstChild, "This template could not load. Check your connection, then choose it again.");
  }.bind(this));
};

/* The whole catalog's index has arrived after first paint: the chooser offers every template from now on. */
Composer.prototype.catalogArrived = function () {
  this.Form.buildChooser(this.choose, {S: this.S, data: this.data, state: this.state, template: this.template(),
    links: this.links, notice: this.notice});
  this.prefetch();
};

/* The other templates of the situation chosen (its channels and tones), fetched ahead so that a switch is instant. */
Composer.prototype.prefetch = function () {
  var S = this.S;
  var data = this.data;
  var choice = this.state.choice;
  if (!choice) return;
  S.channelsFor(data, choice).forEach(function (channel) {
    S.templatesFor(data, choice, channel.id).forEach(function (template) {
      if (!template.parts) templateReady(template.id).catch(function () { return null; });
    });
  });
};

/* A link asked for another template while a note was being edited in this tab: the same choice. */
Composer.prototype.offerSwitch = function (templateId) {
  var before = JSON.parse(this.S.serialize(this.state));
  var title = this.template() ? this.template().title : "";
  this.S.selectTemplate(this.state, this.data, templateId);
  this.pending = {before: before, title: title, step: "choose"};
};

Composer.prototype.showSwitch = function () {
  var box = dom.clear(this.switchBox);
  var pending = this.pending;
  box.hidden = !pending || !this.template();
  if (box.hidden) return;
  var now = this.template().title;
  if (pending.step === "choose") {
    box.appendChild(el("p", {text: "You switched to \u201c" + now + "\u201d, but the note below is still your "
      + "edited wording from \u201c" + pending.title + "\u201d. Which do you want?"}));
    box.appendChild(el("button", {type: "button", className: "md-button md-button--primary",
      "data-action": "switch-fresh", text: "Start again from \u201c" + now + "\u201d (keeps your details)"}));
    box.appendChild(el("button", {type: "button", className: "md-button", "data-action": "switch-keep",
      text: "Keep my edited note"}));
  } else {
    box.appendChild(el("p", {text: pending.step === "fresh" ? "The note starts again from \u201c" + now
      + "\u201d, with your details." : "Your edited note is kept, under \u201c" + now + "\u201d."}));
  }
  box.appendChild(el("button", {type: "button", className: "md-button", "data-action": "switch-undo",
    text: "Undo: back to \u201c" + pending.title + "\u201d and my edited note"}));
};

Composer.prototype.rebuild = function (message, focusId) {
  var template = this.template();
  if (template && !template.parts) {
    // Chosen from the index: once its wording is here, chosen again (a panel note starts with two people), and
    // the focus moved only if the reader has not moved it meanwhile.
    var focused = document.activeElement;
    this.whenLoaded(template, function () {
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

Composer.prototype.onClick = function (event) {
  var button = event.target.closest("[data-action]");
  if (!button || !this.root.contains(button)) return;
  var action = button.getAttribute("data-action");
  var value = button.getAttribute("data-value");
  var index = Number(value);
  var handlers = this.actions();
  if (handlers[action]) {
    if (button.tagName === "A") event.preventDefault();
    handlers[action].call(this, value, index, button);
  }
};

/* The note's send links (email app, Gmail, Outlook): a blank left asks first, like every other way out. */
Composer.prototype.onLink = function (event) {
  var link = event.target.closest("a[data-role]");
  if (!link || !/^(mailto|gmail|outlook)$/.test(link.getAttribute("data-role"))) return;
  var article = link.closest("[data-note]");
  var index = Number(article.getAttribute("data-note"));
  if (!this.notes[index] || !this.notes[index].blanks.length || link.hasAttribute("data-confirmed")) {
    link.removeAttribute("data-confirmed");
    return;
  }
  event.preventDefault();
  event.stopPropagation();
  this.pendingSend = {index: index, link: link};
  this.Note.askFirst(this.noteViews[index], this.notes[index].blanks, "link", "Open " + link.textContent);
};

/* Run a way of sending, asking first when the note still has a blank. */
Composer.prototype.guarded = function (action, index, label, run) {
  var note = this.notes[index];
  if (note && note.blanks.length) {
    this.pendingSend = {index: index, run: run};
    this.Note.askFirst(this.noteViews[index], note.blanks, action, label);
    return;
  }
  run.call(this);
};

Composer.prototype.actions = function () {
  var S = this.S;
  var data = this.data;
  return {
    channel: function (value) {
      this.change(function () { S.selectChannel(this.state, data, value); }, null);
      this.focusToggle("channel", value);
    },
    template: function (value) {
      this.change(function () { S.selectTemplate(this.state, data, value); }, null);
      this.focusToggle("template", value);
    },
    "switch-fresh": function () {
      this.state.edits = this.state.edits.map(function () { return null; });
      this.pending.step = "fresh";
      this.afterSwitch("The note starts again from the new template, with your details.");
    },
    "switch-keep": function () {
      this.pending.step = "kept";
      this.afterSwitch("Your edited note is kept.");
    },
    "switch-undo": function () {
      var saved = this.S.restore(data, JSON.stringify(this.pending.before));
      saved.remember = this.state.remember;
      this.state = saved;
      this.pending = null;
      this.rebuild("Back to your edited note.", "av-template");
    },
    "add-person": function () {
      S.addPerson(this.state, data);
      var last = this.state.people.length - 1;
      this.rebuild("Interviewer " + (last + 1) + " added.", "av-p" + last + "-recipient_name");
    },
    "remove-person": function (value, index) {
      S.removePerson(this.state, index);
      this.rebuild("Interviewer removed.", "av-p0-recipient_name");
    },
    "reset-note": function (value, index) {
      this.undo[index] = S.resetNote(this.state, index);
      this.persist();
      this.refresh();
      this.noteViews[index].edited.querySelector("button").focus();
      this.announce("The note is the draft from the fields again.", this.noteViews[index].edited);
    },
    "undo-reset": function (value, index) {
      S.restoreEdit(this.state, index, this.undo[index]);
      delete this.undo[index];
      this.persist();
      this.refresh();
      this.noteViews[index].text.focus();
      this.announce("Your wording is back.", this.noteViews[index].edited);
    },
    "short-version": function (value, index) {
      var note = this.notes[index];
      S.editNote(this.state, index, send.shortVersion(note.text), note.draft);
      this.persist();
      this.refresh();
      this.noteViews[index].text.focus();
      this.announce("The note is now the short version. Change any word you like.", this.noteViews[index].count);
    },
    "use-wording": function (value, index, button) {
      var field = document.getElementById(value);
      if (!field) return;
      field.value = button.getAttribute("data-wording");
      field.dispatchEvent(new Event("input", {bubbles: true}));
      field.focus();
      this.announce("The moment now uses the suggested wording.", field);
    },
    "to-note": function (value, index) {
      var view = this.noteViews[index] || this.noteViews[0];
      if (!view) return;
      view.article.scrollIntoView({block: "start"});
      view.text.focus({preventScroll: true});
    },
    forget: this.forget,
    copy: function (value, index) {
      this.guarded("copy", index, "Copy", function () { this.copy(this.notes[index].text, index, "Note"); });
    },
    "copy-subject": function (value, index) {
      this.copy(this.notes[index].subject || "", index, "Subject line");
    },
    share: function (value, index) {
      this.guarded("share", index, "Share", function () { this.share(index); });
    },
    eml: function (value, index) {
      this.guarded("eml", index, "Download", function () { this.downloadEml(index); });
    },
    print: function (value, index) {
      this.guarded("print", index, "Print", function () { this.print(index); });
    },
    ics: function (value) {
      this.downloadIcs(value);
    },
    "confirm-copy": this.confirmed, "confirm-share": this.confirmed, "confirm-eml": this.confirmed,
    "confirm-print": this.confirmed, "confirm-link": this.confirmed,
    "confirm-cancel": function (value, index) {
      this.pendingSend = null;
      this.Note.closeAsk(this.noteViews[index]);
      this.noteViews[index].text.focus();
    },
  };
};

Composer.prototype.confirmed = function (value, index) {
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

Composer.prototype.afterSwitch = function (message) {
  this.persist();
  this.refresh();
  this.showSwitch();
  var undo = this.switchBox.querySelector("[data-action=switch-undo]");
  if (undo) undo.focus();
  this.announce(message, this.switchBox);
};

Composer.prototype.focusToggle = function (action, value) {
  var button = this.root.querySelector('[data-action="' + action + '"][data-value="' + value + '"]');
  if (button) button.focus();
};

Composer.prototype.forget = function () {
  var stores = storages();
  [stores.tab, stores.device].forEach(function (store) {
    try { store.removeItem(this.S.STORAGE_KEY); } catch (error) { /* nothing was stored */ }
  }, this);
  this.state = this.S.initial(this.data, this.state.templateId);
  this.pending = null;
  this.notice = "";
  this.undo = {};
  this.buildForm();
  this.refresh();
  var button = this.form.querySelector('[data-action="forget"]');
  if (button) button.focus();
  this.announce("Everything is forgotten: the fields are empty and nothing is stored in this browser.", button);
};

/* A message for everyone: read out by screen readers, shown for a few seconds just below what was used
   (in the flow of the page, so it never covers a button or a field), then gone. */
Composer.prototype.announce = function (message, near) {
  var status = this.status;
  var anchor = near && near.isConnected ? near : null;
  if (anchor && status.previousElementSibling !== anchor) anchor.insertAdjacentElement("afterend", status);
  else if (!anchor && status.parentNode !== this.root) this.root.appendChild(status);
  window.clearTimeout(this.statusTimer);
  status.textContent = "";
  status.removeAttribute("data-fading");
  window.setTimeout(function () { status.textContent = message; }, 50);
  this.statusTimer = window.setTimeout(function () {
    status.setAttribute("data-fading", "true");
    window.setTimeout(function () {
      if (status.textContent === message) status.textContent = "";
      status.removeAttribute("data-fading");
    }, 600);
  }, STATUS_SHOWN_MS);
};

/* ---------- send ---------- */

Composer.prototype.copy = function (text, index, what) {
  var self = this;
  var view = this.noteViews[index];
  function fallback() {
    var box = view.fallback;
    dom.clear(box);
    var id = "av-copy-fallback-" + index;
    var area = el("textarea", {id: id, readonly: true, rows: "6"});
    area.value = text;
    box.appendChild(el("label", {for: id, text: "Press Ctrl+C (Cmd+C on a Mac) to copy the selected text"}));
    box.appendChild(area);
    box.hidden = false;
    area.focus();
    area.select();
    self.announce("Copying was blocked by the browser. The text is selected: press Ctrl+C, or Cmd+C on a Mac.",
      view.actions);
  }
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(text).then(function () {
      view.fallback.hidden = true;
      self.announce(what + " copied to the clipboard.", view.actions);
    }, fallback);
  } else {
    fallback();
  }
};

Composer.prototype.share = function (index) {
  var note = this.notes[index];
  var self = this;
  var payload = {text: note.text};
  if (note.subject) payload.title = note.subject;
  navigator.share(payload).then(function () {
    self.announce("Note shared.");
  }, function (error) {
    if (!error || error.name !== "AbortError") self.announce("Sharing did not work here: copy the note instead.");
  });
};

function download(name, text, type) {
  var url = URL.createObjectURL(new Blob([text], {type: type}));
  var link = el("a", {href: url, download: name, hidden: true});
  document.body.appendChild(link);
  link.click();
  document.body.removeChild(link);
  window.setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
}

Composer.prototype.downloadEml = function (index) {
  var note = this.notes[index];
  var message = send.emlMessage({from: this.state.values.sender_email, to: note.to,
    subject: note.subject || "", body: note.text, date: this.now()});
  download(send.fileName(note.subject || "note", "eml"), message, "message/rfc822");
  this.announce("Email file downloaded: open it to send it from your email app.", this.noteViews[index].actions);
};

/* One card on one sheet: a copy of the card's text, alone on the printed page. */
Composer.prototype.print = function (index) {
  var old = document.getElementById("av-print-sheet");
  if (old) old.parentNode.removeChild(old);
  document.body.appendChild(el("div", {id: "av-print-sheet", className: "av-print-sheet",
    text: this.notes[index].text}));
  document.documentElement.classList.add("av-printing");
  window.print();
};

/* A calendar reminder made in the page. Each draft in it is worded for the day the reminder rings, the day
   it will be read and sent: the send reminder carries the notes, a follow-up reminder the follow-up. */
Composer.prototype.downloadIcs = function (stepId) {
  var T = timing;
  var s = this.state;
  var v = s.values;
  var about = [v.role, v.company].filter(Boolean).join(" at ");
  var names = s.people.map(function (p) { return p.recipient_name; }).filter(Boolean).join(", ");
  var event;
  if (stepId === "send") {
    if (!this.advice) return;
    var interview = T.parseLocal(s.interviewDate, s.interviewTime);
    var start = T.writingReminder(interview, this.advice, this.now());
    var notes = this.S.notes(s, this.data, this.api, this.today(), this.readingDay() || stamp(start));
    var texts = notes.map(function (note) {
      return (note.subject ? "Subject: " + note.subject + "\n\n" : "") + note.text;
    });
    event = {start: start, allDay: false,
      summary: "Write and send your thank-you note" + (about ? " (" + about + ")" : ""),
      description: this.advice.message + (names ? "\nTo: " + names : "") + "\n\nYour draft:\n\n"
        + texts.join("\n\n----------\n\n")};
  } else {
    var step = this.plan.filter(function (p) { return p.id === stepId; })[0];
    if (!step) return;
    var template = this.S.findTemplate(this.data, step.template);
    if (template && !template.parts) {
      templateReady(template.id).then(this.downloadIcs.bind(this, stepId), function () { return null; });
      return;
    }
    var readOn = T.isoDate(step.date) + "T09:00";
    var draft = template && template.parts ? this.api.render(template, this.S.valuesFor(s, this.data, 0), 0, this.today(),
      readingDay(template.channel, this.today(), readOn)).body : "";
    event = {start: step.date, allDay: true, summary: step.title + (about ? " (" + about + ")" : ""),
      description: step.text + (names ? "\nTo: " + names : "") + (draft ? "\n\nA draft:\n\n" + draft : "")};
  }
  event.stamp = new Date();
  event.uid = "afterview-" + stepId + "-" + T.isoDate(event.start) + "-"
    + send.shortHash([v.company, v.role, s.interviewDate].join("|")) + "@afterview.invalid";
  download(send.fileName("afterview " + stepId + " " + T.isoDate(event.start), "ics"), send.icsEvent(event),
    "text/calendar");
  this.announce("Calendar reminder downloaded: open it to add it to your calendar.", this.timing.fieldset);
};

/* The template a saved note of this tab or device was written from, if any. */
function savedTemplateId() {
  var stores = storages();
  var ids = [stores.tab, stores.device].map(function (store) {
    try {
      var saved = store && JSON.parse(store.getItem(composerState.STORAGE_KEY) || "null");
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
  root.textContent = "The composer could not load its templates. Reload the page, or copy a template "
    + "from the template pages instead.";
}

/** The composer in the page's root, from the data handed to data.js. What it needs first comes first: the
    engine and the template asked for (?template=ID) or saved, else the index for the chooser; the rest of the
    catalog's index and the sentence model follow. Resolves with the composer (null on a page without one). */
function start() {
  var root = document.getElementById(ROOT_ID);
  if (!root) return Promise.resolve(null);
  if (!exported || !exported.composer) {
    failed(root);
    return Promise.resolve(null);
  }
  var wanted = [new URLSearchParams(window.location.search).get("template"), savedTemplateId()].filter(Boolean);
  var first = wanted.map(function (id) { return templateReady(id).catch(function () { return null; }); });
  return Promise.all([engineReady(), wanted.length ? Promise.all(first) : indexReady()]).then(function () {
    var composer = mount(root);
    indexReady().then(function () { composer.catalogArrived(); }, function () { return null; });
    checkerLoaded().then(function () { composer.refresh(); }, function () { return null; });
    return composer;
  }, function () {
    failed(root);
    return null;
  });
}

export {Composer, start};
