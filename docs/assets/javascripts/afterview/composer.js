/* Afterview composer page: keeps the form, the notes, the checklist and the timing in step with the state.
   Every piece of reader text reaches the page through textContent or form values, never as markup. */
(function (Afterview) {
  "use strict";

  var ROOT_ID = "av-composer";
  var STATUS_SHOWN_MS = 6000;
  var dom = Afterview.dom;
  var el = dom.el;
  var setText = dom.setText;

  function Composer(root, data) {
    this.root = root;
    this.data = data;
    this.S = Afterview.composerState;
    this.Form = Afterview.composerForm;
    this.Note = Afterview.composerNote;
    this.api = {render: Afterview.render, check: Afterview.check};
    this.now = function () { return new Date(); };
    this.canShare = typeof navigator.share === "function";
    this.noteViews = [];
    this.undo = {};
    this.peekIndex = 0;
    this.links = {points: this.linkHref("av-points-link"), templates: this.linkHref("av-templates-link")};
    this.linkedinLimits = (data.rules.filter(function (rule) { return rule.name === "linkedin-length"; })[0]
      || {limits: {}}).limits;
    var requested = new URLSearchParams(window.location.search).get("template");
    this.state = this.loadSaved() || this.S.initial(data, requested);
    if (requested && this.S.findTemplate(data, requested) && this.state.templateId !== requested) {
      this.S.selectTemplate(this.state, data, requested);
    }
    if (this.state.interviewDate) this.onDate("interview-date", this.state.interviewDate);
    this.notice = requested && !this.S.findTemplate(data, requested)
      ? "There is no template called \u201c" + requested + "\u201d; showing \u201c"
        + this.S.findTemplate(data, this.state.templateId).title + "\u201d instead." : "";
    this.build();
  }

  /* The day the note is written, by the page's clock, as the renderer takes it: "YYYY-MM-DDTHH:MM". */
  Composer.prototype.today = function () {
    var now = this.now();
    var hour = String(now.getHours()).padStart(2, "0") + ":" + String(now.getMinutes()).padStart(2, "0");
    return Afterview.timing.isoDate(now) + "T" + hour;
  };

  Composer.prototype.linkHref = function (id) {
    var link = document.getElementById(id);
    return link ? link.getAttribute("href") : null;
  };

  Composer.prototype.template = function () {
    return this.S.findTemplate(this.data, this.state.templateId);
  };

  /* ---------- storage: only with the reader's consent ---------- */

  Composer.prototype.loadSaved = function () {
    try {
      var saved = window.localStorage.getItem(this.S.STORAGE_KEY);
      return saved ? this.S.restore(this.data, saved) : null;
    } catch (error) {
      return null;
    }
  };

  Composer.prototype.persist = function () {
    try {
      if (this.state.remember) window.localStorage.setItem(this.S.STORAGE_KEY, this.S.serialize(this.state));
      else window.localStorage.removeItem(this.S.STORAGE_KEY);
    } catch (error) {
      this.announce("This browser does not let the page remember your details; they stay only until you leave.");
    }
  };

  /* ---------- building ---------- */

  Composer.prototype.build = function () {
    var root = dom.clear(this.root);
    this.status = el("p", {className: "av-composer__status", role: "status", "aria-live": "polite"});
    this.form = el("form", {className: "av-composer__form", "aria-label": "Your details", novalidate: true});
    this.output = el("section", {className: "av-composer__output", id: "av-output",
      "aria-labelledby": "av-output-title"});
    this.peek = el("div", {className: "av-composer__peek", id: "av-peek", hidden: true});
    this.peekButton = el("button", {type: "button", className: "md-button md-button--primary av-composer__peek-toggle",
      "data-action": "peek", "aria-expanded": "false", "aria-controls": "av-peek"});
    this.bar = el("div", {className: "av-composer__bar"}, [this.peek, el("div", {className: "av-composer__bar-row"}, [
      this.peekButton,
      el("button", {type: "button", className: "md-button", "data-action": "copy", "data-value": "0",
        text: "Copy"}),
    ])]);
    root.appendChild(el("div", {className: "av-composer__layout"}, [this.form, this.output]));
    root.appendChild(this.bar);
    root.appendChild(this.status);
    this.form.addEventListener("submit", function (event) { event.preventDefault(); });
    root.addEventListener("input", this.onInput.bind(this));
    root.addEventListener("change", this.onChange.bind(this));
    root.addEventListener("click", this.onClick.bind(this));
    this.form.addEventListener("focusin", this.onFocus.bind(this));
    window.addEventListener("afterprint", function () {
      document.documentElement.classList.remove("av-printing");
      var sheet = document.getElementById("av-print-sheet");
      if (sheet) sheet.parentNode.removeChild(sheet);
    });
    this.buildForm();
    this.refresh();
  };

  Composer.prototype.buildForm = function () {
    this.timing = this.Form.build(this.form, {S: this.S, data: this.data, state: this.state,
      template: this.template(), links: this.links, notice: this.notice});
    var output = dom.clear(this.output);
    var panel = this.S.isPanel(this.template());
    output.appendChild(el("h2", {id: "av-output-title", tabindex: "-1", text: panel ? "Your notes" : "Your note"}));
    this.warning = el("div", {className: "admonition warning av-composer__warning", hidden: true});
    output.appendChild(this.warning);
    this.notesNode = el("div", {className: "av-composer__notes"});
    output.appendChild(this.notesNode);
    this.noteViews = [];
  };

  /* ---------- keeping the page in step ---------- */

  Composer.prototype.refresh = function () {
    var template = this.template();
    this.notes = this.S.notes(this.state, this.data, this.api, this.today());
    if (this.noteViews.length !== this.notes.length) {
      dom.clear(this.notesNode);
      this.noteViews = this.notes.map(function (note) {
        var view = this.Note.create(template, note.index, this.canShare);
        this.notesNode.appendChild(view.article);
        return view;
      }, this);
    }
    var panel = this.notes.length > 1 || this.S.isPanel(template);
    this.notes.forEach(function (note, i) {
      var name = note.recipientName && note.recipientName.trim();
      this.Note.update(this.noteViews[i], note, {
        heading: panel ? "Note " + (i + 1) + " of " + this.notes.length + (name ? ": to " + name : "") : template.title,
        subjectIndex: this.state.subjectIndex, undo: this.undo[i], pointsHref: this.links.points,
        limits: this.linkedinLimits,
      });
    }, this);
    this.updatePeek();
    this.updateWarning();
    this.updateTiming();
  };

  /* The phone's note drawer: the note of the person whose fields are being typed in. */
  Composer.prototype.updatePeek = function () {
    var index = Math.min(this.peekIndex, this.notes.length - 1);
    var note = this.notes[index];
    var open = this.peekButton.getAttribute("aria-expanded") === "true";
    var label = (open ? "Hide the note" : "Show the note") + (this.notes.length > 1 ? " " + (index + 1) : "")
      + (note.toDo ? " (" + note.toDo + " to do)" : " (ready)");
    setText(this.peekButton, label);
    this.bar.querySelector("[data-action=copy]").setAttribute("data-value", String(index));
    if (!open) return;
    dom.clear(this.peek);
    var text = el("div", {className: "av-composer__peek-text"});
    dom.showMarked(text, note.text);
    this.peek.appendChild(text);
    var link = el("a", {href: "#av-output", "data-action": "to-note", "data-value": String(index),
      text: "Edit the note and see the checklist"});
    this.peek.appendChild(link);
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
    if (wasHidden) this.announce("Warning: two of your notes are too much alike.");
  };

  Composer.prototype.updateTiming = function () {
    var T = Afterview.timing;
    var s = this.state;
    var nodes = this.timing;
    var interview = T.parseLocal(s.interviewDate, s.interviewTime);
    var advice = interview ? T.sendAdvice(interview, this.now()) : null;
    this.advice = advice;
    setText(nodes.advice, advice ? advice.message
      : "Enter the interview date and time to see when to send your note.");
    nodes.advice.setAttribute("data-state", advice ? advice.state : "none");
    var reminder = dom.clear(nodes.reminder);
    if (advice && advice.state !== "late") {
      reminder.appendChild(el("button", {type: "button", className: "md-button", "data-action": "ics",
        "data-value": "send", text: "Add a reminder to write it (.ics)"}));
    }
    var decision = T.parseLocal(s.decisionDate, "");
    var plan = dom.clear(nodes.plan);
    this.plan = decision ? T.followUpPlan(decision, this.data.settings.follow_up_business_days) : [];
    if (!decision) {
      plan.appendChild(el("li", {className: "av-composer__plan-empty",
        text: "Enter the date they gave for a decision to plan your follow-ups."}));
    }
    this.plan.forEach(function (step) {
      plan.appendChild(el("li", {"data-step": step.id}, [
        el("strong", {text: step.title + ": " + T.formatDay(step.date) + ". "}), step.text + " ",
        el("button", {type: "button", className: "md-button av-composer__small", "data-action": "ics",
          "data-value": step.id, text: "Reminder (.ics)",
          "aria-label": "Download a calendar reminder for the " + step.title.toLowerCase()}),
      ]));
    });
  };

  /* ---------- events ---------- */

  Composer.prototype.onFocus = function (event) {
    var person = event.target.getAttribute("data-person");
    if (person !== null && Number(person) !== this.peekIndex) {
      this.peekIndex = Number(person);
      this.updatePeek();
    }
    if (/^(INPUT|TEXTAREA)$/.test(event.target.tagName)) this.lastField = event.target;
    this.keepAboveBar(event.target);
  };

  /* On a phone the bar covers the bottom of the screen: scroll so the field being typed stays above it. */
  Composer.prototype.keepAboveBar = function (field) {
    if (!field || !/^(INPUT|TEXTAREA)$/.test(field.tagName) || field.type === "checkbox") return;
    if (this.bar.offsetHeight === 0) return;
    var overlap = field.getBoundingClientRect().bottom - this.bar.getBoundingClientRect().top + 8;
    if (overlap > 0 && this.form.contains(field)) window.scrollBy(0, overlap);
  };

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
    if (role !== "note-text") this.keepAboveBar(target);
  };

  Composer.prototype.onDate = function (role, value) {
    var T = Afterview.timing;
    var s = this.state;
    if (role === "interview-date") s.interviewDate = value;
    if (role === "interview-time") s.interviewTime = value;
    if (role === "decision-date") s.decisionDate = value;
    var interview = T.parseLocal(s.interviewDate, s.interviewTime);
    var decision = T.parseLocal(s.decisionDate, "");
    // The date as a date: the renderer phrases it from the day the note is written ("yesterday", "on Tuesday").
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
    var role = event.target.getAttribute("data-role");
    if (role === "template") {
      this.S.selectTemplate(this.state, this.data, event.target.value);
      this.rebuild("Template changed to \u201c" + this.template().title + "\u201d.", "av-template");
    } else if (role === "subject") {
      this.state.subjectIndex = Number(event.target.value);
      this.persist();
      this.refresh();
    } else if (role === "remember") {
      this.state.remember = event.target.checked;
      this.persist();
      this.announce(this.state.remember ? "Your details will be remembered on this device."
        : "Your details will not be kept after you leave.");
    }
  };

  Composer.prototype.rebuild = function (message, focusId) {
    this.notice = "";
    this.undo = {};
    this.persist();
    this.buildForm();
    this.refresh();
    var focus = focusId && document.getElementById(focusId);
    if (focus) focus.focus();
    if (message) this.announce(message);
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

  Composer.prototype.actions = function () {
    var S = this.S;
    var data = this.data;
    return {
      choice: function (value, index, button) {
        S.selectChoice(this.state, data, value);
        this.rebuild("Showing templates for: " + button.textContent + ".", null);
        this.focusToggle("choice", value);
      },
      channel: function (value, index, button) {
        S.selectChannel(this.state, data, value);
        this.rebuild("Channel: " + button.textContent + ".", null);
        this.focusToggle("channel", value);
      },
      template: function (value) {
        S.selectTemplate(this.state, data, value);
        this.rebuild("Template changed to \u201c" + this.template().title + "\u201d.", "av-template");
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
        this.announce("The note is the draft from the fields again.");
      },
      "undo-reset": function (value, index) {
        S.restoreEdit(this.state, index, this.undo[index]);
        delete this.undo[index];
        this.persist();
        this.refresh();
        this.noteViews[index].text.focus();
        this.announce("Your wording is back.");
      },
      "short-version": function (value, index) {
        var note = this.notes[index];
        S.editNote(this.state, index, Afterview.send.shortVersion(note.text), note.draft);
        this.persist();
        this.refresh();
        this.noteViews[index].text.focus();
        this.announce("The note is now the short version. Change any word you like.");
      },
      peek: function () {
        var open = this.peekButton.getAttribute("aria-expanded") !== "true";
        this.peekButton.setAttribute("aria-expanded", String(open));
        this.peek.hidden = !open;
        this.updatePeek();
        this.keepAboveBar(this.lastField);
      },
      "to-note": function (value, index) {
        this.actions().peek.call(this);
        var view = this.noteViews[index];
        view.article.scrollIntoView({block: "start"});
        view.text.focus({preventScroll: true});
      },
      forget: this.forget,
      copy: function (value, index) {
        this.copy(this.notes[index].text, index, "Note");
      },
      "copy-subject": function (value, index) {
        this.copy(this.notes[index].subject || "", index, "Subject line");
      },
      share: function (value, index) {
        this.share(index);
      },
      eml: function (value, index) {
        this.downloadEml(index);
      },
      print: function (value, index) {
        this.print(index);
      },
      ics: function (value) {
        this.downloadIcs(value);
      },
    };
  };

  Composer.prototype.focusToggle = function (action, value) {
    var button = this.form.querySelector('[data-action="' + action + '"][data-value="' + value + '"]');
    if (button) button.focus();
  };

  Composer.prototype.forget = function () {
    try { window.localStorage.removeItem(this.S.STORAGE_KEY); } catch (error) { /* nothing was stored */ }
    this.state = this.S.initial(this.data, this.state.templateId);
    this.rebuild("Everything is forgotten: the fields are empty and nothing is stored on this device.", null);
    var button = this.form.querySelector('[data-action="forget"]');
    if (button) button.focus();
  };

  /* A message for everyone: read out by screen readers, shown for a few seconds, then gone. */
  Composer.prototype.announce = function (message) {
    var status = this.status;
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
    function fallback() {
      var box = self.noteViews[index].fallback;
      dom.clear(box);
      var id = "av-copy-fallback-" + index;
      var area = el("textarea", {id: id, readonly: true, rows: "6"});
      area.value = text;
      box.appendChild(el("label", {for: id, text: "Press Ctrl+C (Cmd+C on a Mac) to copy the selected text"}));
      box.appendChild(area);
      box.hidden = false;
      area.focus();
      area.select();
      self.announce("Copying was blocked by the browser. The text is selected: press Ctrl+C, or Cmd+C on a Mac.");
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () {
        self.noteViews[index].fallback.hidden = true;
        self.announce(what + " copied to the clipboard.");
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
    var message = Afterview.send.emlMessage({from: this.state.values.sender_email, to: note.to,
      subject: note.subject || "", body: note.text, date: this.now()});
    download(Afterview.send.fileName(note.subject || "note", "eml"), message, "message/rfc822");
    this.announce("Email file downloaded: open it to send it from your email app.");
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

  /* A calendar reminder made in the page: the send reminder carries the notes themselves, a follow-up
     reminder the follow-up drafted from the same details. */
  Composer.prototype.downloadIcs = function (stepId) {
    var T = Afterview.timing;
    var send = Afterview.send;
    var s = this.state;
    var v = s.values;
    var about = [v.role, v.company].filter(Boolean).join(" at ");
    var names = s.people.map(function (p) { return p.recipient_name; }).filter(Boolean).join(", ");
    var event;
    if (stepId === "send") {
      if (!this.advice) return;
      var interview = T.parseLocal(s.interviewDate, s.interviewTime);
      var texts = this.notes.map(function (note) {
        return (note.subject ? "Subject: " + note.subject + "\n\n" : "") + note.text;
      });
      event = {start: T.writingReminder(interview, this.advice, this.now()), allDay: false,
        summary: "Write and send your thank-you note" + (about ? " (" + about + ")" : ""),
        description: this.advice.message + (names ? "\nTo: " + names : "") + "\n\nYour draft:\n\n"
          + texts.join("\n\n----------\n\n")};
    } else {
      var step = this.plan.filter(function (p) { return p.id === stepId; })[0];
      if (!step) return;
      var template = this.S.findTemplate(this.data, step.template);
      var draft = template ? Afterview.render(template, this.S.valuesFor(s, this.data, 0), 0, this.today()).body : "";
      event = {start: step.date, allDay: true, summary: step.title + (about ? " (" + about + ")" : ""),
        description: step.text + (names ? "\nTo: " + names : "") + (draft ? "\n\nA draft:\n\n" + draft : "")};
    }
    event.stamp = new Date();
    event.uid = "afterview-" + stepId + "-" + T.isoDate(event.start) + "-"
      + send.shortHash([v.company, v.role, s.interviewDate].join("|")) + "@afterview.invalid";
    download(send.fileName("afterview " + stepId + " " + T.isoDate(event.start), "ics"), send.icsEvent(event),
      "text/calendar");
    this.announce("Calendar reminder downloaded: open it to add it to your calendar.");
  };

  function start() {
    var root = document.getElementById(ROOT_ID);
    if (!root) return;
    var data = window.AFTERVIEW_DATA;
    if (!data || !Afterview.render || !Afterview.check || !Afterview.composerState || !Afterview.composerNote) {
      root.textContent = "The composer could not load its templates. Reload the page, or copy a template "
        + "from the template pages instead.";
      return;
    }
    Afterview.composer = new Composer(root, data);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})(window.Afterview = window.Afterview || {});
