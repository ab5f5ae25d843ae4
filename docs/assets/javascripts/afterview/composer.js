/* Afterview composer page: builds the form, keeps the notes, checklist and timing in step with it.
   Every piece of reader text reaches the page through textContent or form values, never as markup. */
(function (Afterview) {
  "use strict";

  var ROOT_ID = "av-composer";
  var GROUP_LEGENDS = {you: "About you", interview: "About the interview", them: "Who you are writing to"};
  var PERSON_LABELS = {
    recipient_email: {label: "Their email (optional)", hint: "Fills in the To line of the email; nothing is sent."},
  };

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === null || value === undefined || value === false) return;
      if (name === "text") node.textContent = value;
      else if (name === "className") node.className = value;
      else node.setAttribute(name, value === true ? "" : value);
    });
    (children || []).forEach(function (child) {
      if (child) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function Composer(root, data) {
    this.root = root;
    this.data = data;
    this.S = Afterview.composerState;
    this.api = {render: Afterview.render, check: Afterview.check};
    this.now = function () { return new Date(); };
    this.noteViews = [];
    this.links = {
      points: this.linkHref("av-points-link"),
      templates: this.linkHref("av-templates-link"),
    };
    var requested = new URLSearchParams(window.location.search).get("template");
    this.state = this.loadSaved() || this.S.initial(data, requested);
    if (requested && this.S.findTemplate(data, requested) && this.state.templateId !== requested) {
      this.S.selectTemplate(this.state, data, requested);
    }
    this.notice = requested && !this.S.findTemplate(data, requested)
      ? "There is no template called \u201c" + requested + "\u201d; showing \u201c"
        + this.S.findTemplate(data, this.state.templateId).title + "\u201d instead." : "";
    this.build();
  }

  Composer.prototype.linkHref = function (id) {
    var link = document.getElementById(id);
    return link ? link.getAttribute("href") : null;
  };

  Composer.prototype.template = function () {
    return this.S.findTemplate(this.data, this.state.templateId);
  };

  Composer.prototype.field = function (name) {
    var list = this.data.fields;
    for (var i = 0; i < list.length; i++) if (list[i].name === name) return list[i];
    return PERSON_LABELS[name] ? {name: name, label: PERSON_LABELS[name].label, hint: PERSON_LABELS[name].hint,
      autocomplete: "off", multiline: false} : {name: name, label: name, hint: "", autocomplete: "off"};
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
    var root = this.root;
    while (root.firstChild) root.removeChild(root.firstChild);
    this.status = el("p", {className: "av-composer__status", role: "status", "aria-live": "polite"});
    this.form = el("form", {className: "av-composer__form", "aria-label": "Your details", novalidate: true});
    this.output = el("section", {className: "av-composer__output", "aria-labelledby": "av-output-title"});
    root.appendChild(el("div", {className: "av-composer__layout"}, [this.form, this.output]));
    root.appendChild(this.status);
    this.form.addEventListener("submit", function (event) { event.preventDefault(); });
    this.form.addEventListener("input", this.onInput.bind(this));
    this.form.addEventListener("change", this.onChange.bind(this));
    this.root.addEventListener("click", this.onClick.bind(this));
    window.addEventListener("afterprint", function () {
      document.documentElement.classList.remove("av-printing");
      Array.prototype.forEach.call(document.querySelectorAll(".av-print-target"), function (node) {
        node.classList.remove("av-print-target");
      });
    });
    this.buildForm();
    this.refresh();
  };

  Composer.prototype.buildForm = function () {
    var form = this.form;
    while (form.firstChild) form.removeChild(form.firstChild);
    this.noteViews = [];
    if (this.notice) form.appendChild(el("p", {className: "av-composer__notice", text: this.notice}));
    form.appendChild(this.chooser());
    form.appendChild(this.channelChooser());
    form.appendChild(this.templatePicker());
    var template = this.template();
    var shared = template.fields.filter(function (name) { return this.S.PERSON_FIELDS.indexOf(name) < 0; }, this);
    form.appendChild(this.fieldGroup("you", shared));
    form.appendChild(this.fieldGroup("interview", shared));
    form.appendChild(this.S.isPanel(template) ? this.panelFields() : this.recipientFields());
    form.appendChild(this.timingFields());
    form.appendChild(this.privacyFields());
    this.buildOutput();
  };

  Composer.prototype.toggleGroup = function (id, legend, options, selected, action) {
    var group = el("div", {className: "av-composer__toggles", role: "group", "aria-labelledby": id});
    options.forEach(function (option) {
      group.appendChild(el("button", {type: "button", className: "av-composer__toggle", "data-action": action,
        "data-value": option.id, "aria-pressed": String(option.id === selected), disabled: option.disabled,
        text: option.label}));
    });
    return el("div", {className: "av-composer__step"}, [el("p", {id: id, className: "av-composer__legend",
      text: legend}), group]);
  };

  Composer.prototype.chooser = function () {
    return this.toggleGroup("av-choice-label", "What happened?", this.S.CHOICES, this.state.choice, "choice");
  };

  Composer.prototype.channelChooser = function () {
    var available = this.S.channelsFor(this.data, this.state.choice).map(function (c) { return c.id; });
    var options = this.S.CHANNELS.map(function (channel) {
      var missing = available.indexOf(channel.id) < 0;
      return {id: channel.id, label: channel.label + (missing ? " (no template)" : ""), disabled: missing};
    });
    return this.toggleGroup("av-channel-label", "How will you send it?", options, this.state.channel, "channel");
  };

  Composer.prototype.templatePicker = function () {
    var select = el("select", {id: "av-template", "data-role": "template", "aria-describedby": "av-template-hint"});
    var list = this.S.templatesFor(this.data, this.state.choice, this.state.channel);
    if (!list.some(function (t) { return t.id === this.state.templateId; }, this)) list.unshift(this.template());
    list.forEach(function (t) {
      select.appendChild(el("option", {value: t.id, selected: t.id === this.state.templateId, text: t.title}));
    }, this);
    var template = this.template();
    var hint = el("p", {id: "av-template-hint", className: "av-composer__hint"}, [template.summary + " "]);
    if (this.links.templates) {
      var index = this.links.templates;
      var href = /index\.html$/.test(index) ? index.replace(/index\.html$/, template.id + ".html")
        : index.replace(/\/?$/, "/") + template.id + "/";
      hint.appendChild(el("a", {href: href, text: "See the template and why it works"}));
    }
    return el("div", {className: "av-composer__step"}, [
      el("label", {for: "av-template", className: "av-composer__legend", text: "Template"}), select, hint]);
  };

  Composer.prototype.input = function (field, id, value, data) {
    var type = {email: "email", tel: "tel", url: "url"}[field.autocomplete] || "text";
    var attributes = {id: id, name: id, "aria-describedby": field.hint ? id + "-hint" : null,
      autocomplete: field.autocomplete || "off", spellcheck: field.multiline ? "true" : null};
    Object.keys(data).forEach(function (key) { attributes["data-" + key] = data[key]; });
    var control;
    if (field.multiline) {
      attributes.rows = "2";
      control = el("textarea", attributes);
    } else {
      attributes.type = type;
      control = el("input", attributes);
    }
    control.value = value || "";
    return el("div", {className: "av-composer__field"}, [
      el("label", {for: id, text: field.label}),
      field.hint ? el("p", {id: id + "-hint", className: "av-composer__hint", text: field.hint}) : null,
      control,
    ]);
  };

  Composer.prototype.fieldGroup = function (group, names) {
    var fieldset = el("fieldset", {className: "av-composer__group"}, [el("legend", {text: GROUP_LEGENDS[group]})]);
    var shown = this.data.fields.map(function (f) { return f.name; }).filter(function (name) {
      return names.indexOf(name) >= 0 && this.field(name).group === group;
    }, this);
    if (group === "you" && this.state.channel === "email" && shown.indexOf("sender_email") < 0) {
      shown.push("sender_email");
    }
    shown.forEach(function (name) {
      fieldset.appendChild(this.input(this.field(name), "av-f-" + name, this.state.values[name], {field: name}));
    }, this);
    if (!shown.length) fieldset.hidden = true;
    return fieldset;
  };

  Composer.prototype.personNames = function () {
    var template = this.template();
    var names = template.fields.filter(function (name) { return this.S.PERSON_FIELDS.indexOf(name) >= 0; }, this);
    if (this.S.isPanel(template) && names.indexOf("recipient_title") < 0) names.splice(1, 0, "recipient_title");
    if (template.channel === "email") names.push("recipient_email");
    return names;
  };

  Composer.prototype.personInputs = function (fieldset, index) {
    var person = this.state.people[index];
    this.personNames().forEach(function (name) {
      var field = this.field(name);
      fieldset.appendChild(this.input(field, "av-p" + index + "-" + name, person[name], {person: index, field: name}));
    }, this);
  };

  Composer.prototype.recipientFields = function () {
    var fieldset = el("fieldset", {className: "av-composer__group"}, [el("legend", {text: GROUP_LEGENDS.them})]);
    this.personInputs(fieldset, 0);
    return fieldset;
  };

  Composer.prototype.panelFields = function () {
    var wrapper = el("fieldset", {className: "av-composer__group av-composer__panel"}, [
      el("legend", {text: "The interviewers"}),
      el("p", {className: "av-composer__hint", text: "One note per person, each recalling the moment you shared "
        + "with them. The wording varies a little from note to note."}),
    ]);
    this.state.people.forEach(function (person, index) {
      var number = index + 1;
      var fieldset = el("fieldset", {className: "av-composer__person"}, [el("legend", {text: "Interviewer " + number})]);
      this.personInputs(fieldset, index);
      if (this.state.people.length > 1) {
        fieldset.appendChild(el("button", {type: "button", className: "md-button av-composer__small",
          "data-action": "remove-person", "data-value": String(index), text: "Remove interviewer " + number}));
      }
      wrapper.appendChild(fieldset);
    }, this);
    wrapper.appendChild(el("button", {type: "button", className: "md-button", "data-action": "add-person",
      text: "Add an interviewer"}));
    return wrapper;
  };

  Composer.prototype.timingFields = function () {
    var s = this.state;
    function dateInput(id, label, type, value, role, hint) {
      return el("div", {className: "av-composer__field av-composer__field--short"}, [
        el("label", {for: id, text: label}),
        hint ? el("p", {id: id + "-hint", className: "av-composer__hint", text: hint}) : null,
        el("input", {id: id, name: id, type: type, "data-role": role, value: value,
          "aria-describedby": hint ? id + "-hint" : null}),
      ]);
    }
    this.adviceNode = el("p", {className: "av-composer__advice", id: "av-advice"});
    this.sendReminder = el("div", {className: "av-composer__reminder"});
    this.planNode = el("ol", {className: "av-composer__plan", "aria-label": "Follow-up plan"});
    return el("fieldset", {className: "av-composer__group av-composer__timing"}, [
      el("legend", {text: "Timing and reminders"}),
      el("div", {className: "av-composer__row"}, [
        dateInput("av-interview-date", "Interview date", "date", s.interviewDate, "interview-date"),
        dateInput("av-interview-time", "Start time", "time", s.interviewTime, "interview-time"),
      ]),
      this.adviceNode, this.sendReminder,
      dateInput("av-decision-date", "When they said they would decide", "date", s.decisionDate, "decision-date",
        "The date the employer gave you, for the follow-up plan."),
      this.planNode,
    ]);
  };

  Composer.prototype.privacyFields = function () {
    return el("fieldset", {className: "av-composer__group av-composer__privacy"}, [
      el("legend", {text: "Privacy"}),
      el("p", {className: "av-composer__hint", text: "Everything stays in this browser: nothing you type is sent "
        + "anywhere. Untick to keep it only until you leave the page."}),
      el("div", {className: "av-composer__check"}, [
        el("input", {type: "checkbox", id: "av-remember", "data-role": "remember", checked: this.state.remember}),
        el("label", {for: "av-remember", text: "Remember on this device"}),
      ]),
      el("button", {type: "button", className: "md-button", "data-action": "forget", text: "Forget everything"}),
    ]);
  };

  /* ---------- output: notes, checklist, send actions ---------- */

  Composer.prototype.buildOutput = function () {
    var output = this.output;
    while (output.firstChild) output.removeChild(output.firstChild);
    var panel = this.S.isPanel(this.template());
    output.appendChild(el("h2", {id: "av-output-title", text: panel ? "Your notes" : "Your note"}));
    this.warning = el("div", {className: "admonition warning av-composer__warning", hidden: true});
    output.appendChild(this.warning);
    this.notesNode = el("div", {className: "av-composer__notes"});
    output.appendChild(this.notesNode);
    this.noteViews = [];
  };

  Composer.prototype.noteView = function (index) {
    var template = this.template();
    var channel = template.channel;
    var view = {index: index};
    view.heading = el("h3", {className: "av-composer__note-title"});
    view.article = el("article", {className: "av-composer__note", "data-note": String(index)}, [view.heading]);
    if (channel === "email") {
      view.subject = el("select", {id: "av-subject-" + index, "data-role": "subject"});
      view.subject.addEventListener("change", this.onSubject.bind(this));
      view.article.appendChild(el("div", {className: "av-composer__field"}, [
        el("label", {for: "av-subject-" + index, text: "Subject line"}), view.subject]));
    }
    view.body = el("div", {className: "av-composer__text", "data-role": "note-text", tabindex: "0",
      role: "textbox", "aria-readonly": "true", "aria-multiline": "true",
      "aria-label": channel === "handwritten" ? "Card text" : "Note text"});
    view.article.appendChild(view.body);
    var actions = el("div", {className: "av-composer__actions"}, [
      el("button", {type: "button", className: "md-button md-button--primary", "data-action": "copy",
        "data-value": String(index), text: "Copy note"}),
    ]);
    if (channel === "email") {
      actions.appendChild(el("button", {type: "button", className: "md-button", "data-action": "copy-subject",
        "data-value": String(index), text: "Copy subject"}));
      view.mailto = el("a", {className: "md-button", "data-role": "mailto", href: "mailto:",
        text: "Open in your email app"});
      actions.appendChild(view.mailto);
      actions.appendChild(el("button", {type: "button", className: "md-button", "data-action": "eml",
        "data-value": String(index), text: "Download .eml"}));
    }
    if (channel === "handwritten") {
      actions.appendChild(el("button", {type: "button", className: "md-button", "data-action": "print",
        "data-value": String(index), text: "Print this card"}));
    }
    view.fallback = el("div", {className: "av-composer__fallback", hidden: true});
    view.article.appendChild(actions);
    view.article.appendChild(view.fallback);
    view.summary = el("p", {className: "av-composer__summary"});
    view.checklist = el("ul", {className: "av-checklist", "aria-label": "Checklist"});
    view.article.appendChild(el("div", {className: "av-composer__checks"}, [
      el("h4", {text: "Checklist"}), view.summary, view.checklist]));
    return view;
  };

  function setText(node, text) {
    if (node.textContent !== text) node.textContent = text;
  }

  /* The note's text, with unfilled [Label] markers highlighted (as text, never as markup). */
  function showBody(node, body) {
    if (node.getAttribute("data-text") === body) return;
    node.setAttribute("data-text", body);
    while (node.firstChild) node.removeChild(node.firstChild);
    var marker = /\[[^\]\n]{1,40}\]/g;
    var last = 0;
    var match;
    while ((match = marker.exec(body))) {
      node.appendChild(document.createTextNode(body.slice(last, match.index)));
      node.appendChild(el("mark", {className: "av-placeholder", text: match[0]}));
      last = match.index + match[0].length;
    }
    node.appendChild(document.createTextNode(body.slice(last)));
  }

  Composer.prototype.updateChecklist = function (view, note) {
    var list = view.checklist;
    var items = note.checklist;
    if (list.children.length !== items.length) {
      while (list.firstChild) list.removeChild(list.firstChild);
      items.forEach(function (item) {
        list.appendChild(el("li", {"data-code": item.code}, [
          el("span", {className: "av-checklist__mark", "aria-hidden": "true"}),
          el("span", {className: "av-checklist__label", text: item.label}),
          el("span", {className: "md-visually-hidden av-checklist__state"}),
          el("span", {className: "av-checklist__why"}),
        ]));
      });
    }
    var pointsHref = this.links.points;
    items.forEach(function (item, i) {
      var li = list.children[i];
      var state = item.passed ? "passed" : item.severity;
      if (li.getAttribute("data-state") !== state) li.setAttribute("data-state", state);
      setText(li.children[0], item.passed ? "\u2713" : item.severity === "error" ? "\u2717" : "!");
      setText(li.children[2], item.passed ? " (done)" : item.severity === "error" ? " (to do)" : " (worth a look)");
      var why = li.children[3];
      var detail = item.passed ? "" : "The note " + (item.findings[0] ? item.findings[0].message : item.message)
        + ". " + item.fix;
      if (why.getAttribute("data-detail") === detail) return;
      why.setAttribute("data-detail", detail);
      while (why.firstChild) why.removeChild(why.firstChild);
      if (!detail) return;
      why.appendChild(document.createTextNode(detail + " "));
      if (item.point) {
        why.appendChild(pointsHref ? el("a", {href: pointsHref.replace(/#.*$/, "") + "#point-" + item.point,
          text: "Chapter point " + item.point}) : document.createTextNode("Chapter point " + item.point));
      }
    });
    var missing = items.filter(function (item) { return !item.passed && item.severity === "error"; }).length;
    setText(view.summary, missing ? missing + " thing" + (missing > 1 ? "s" : "") + " to do before you send."
      : "Ready to send: all four elements are there.");
    view.summary.setAttribute("data-ready", String(!missing));
  };

  Composer.prototype.refresh = function () {
    var template = this.template();
    this.notes = this.S.notes(this.state, this.data, this.api);
    if (this.noteViews.length !== this.notes.length) {
      while (this.notesNode.firstChild) this.notesNode.removeChild(this.notesNode.firstChild);
      this.noteViews = this.notes.map(function (note) {
        var view = this.noteView(note.index);
        this.notesNode.appendChild(view.article);
        return view;
      }, this);
    }
    var panel = this.notes.length > 1 || this.S.isPanel(template);
    this.notes.forEach(function (note, i) {
      var view = this.noteViews[i];
      var name = note.recipientName && note.recipientName.trim();
      setText(view.heading, panel ? "Note " + (i + 1) + " of " + this.notes.length + (name ? ": to " + name : "")
        : template.title);
      if (view.subject) this.updateSubjects(view, note);
      showBody(view.body, note.body);
      if (view.mailto) view.mailto.setAttribute("href", Afterview.send.mailtoUrl(note.to, note.subject, note.body));
      this.updateChecklist(view, note);
    }, this);
    this.updateWarning();
    this.updateTiming();
  };

  Composer.prototype.updateSubjects = function (view, note) {
    var select = view.subject;
    var same = select.options.length === note.subjects.length && note.subjects.every(function (s, i) {
      return select.options[i].textContent === s;
    });
    if (!same) {
      while (select.firstChild) select.removeChild(select.firstChild);
      note.subjects.forEach(function (subject, i) {
        select.appendChild(el("option", {value: String(i), text: subject}));
      });
    }
    select.value = String(Math.min(this.state.subjectIndex, note.subjects.length - 1));
  };

  Composer.prototype.updateWarning = function () {
    var warning = this.warning;
    var pairs = this.S.isPanel(this.template())
      ? this.S.nearIdentical(this.state, this.notes, this.data.nameTitles) : [];
    var key = pairs.map(function (p) { return p.first + "-" + p.second; }).join(",");
    if (warning.getAttribute("data-pairs") === key) return;
    var wasHidden = warning.hidden;
    warning.setAttribute("data-pairs", key);
    while (warning.firstChild) warning.removeChild(warning.firstChild);
    warning.hidden = !pairs.length;
    if (!pairs.length) return;
    var people = this.state.people;
    function who(index) {
      return (people[index].recipient_name || "").trim() || "interviewer " + (index + 1);
    }
    warning.appendChild(el("p", {className: "admonition-title", text: "Two notes say nearly the same thing"}));
    pairs.forEach(function (pair) {
      warning.appendChild(el("p", {text: "The notes to " + who(pair.first) + " and " + who(pair.second) + " are "
        + Math.round(pair.score * 100) + "% the same words once the names are taken out."}));
    });
    warning.appendChild(el("p", {text: "Recall a different moment for each person, so no one feels they got a "
      + "copy (chapter point 14). Or, if you cannot, send one note to the person who coordinated the interview."}));
    var group = this.S.coordinatorTemplate(this.data, this.state.channel);
    if (group) {
      warning.appendChild(el("button", {type: "button", className: "md-button", "data-action": "template",
        "data-value": group.id, text: "Write one note to the coordinator instead"}));
    }
    if (wasHidden) this.announce("Warning: two of your notes say nearly the same thing.");
  };

  /* ---------- timing ---------- */

  Composer.prototype.updateTiming = function () {
    var T = Afterview.timing;
    var s = this.state;
    var interview = T.parseLocal(s.interviewDate, s.interviewTime);
    var advice = interview ? T.sendAdvice(interview, this.now()) : null;
    this.advice = advice;
    setText(this.adviceNode, advice ? advice.message
      : "Enter the interview date and time to see when to send your note.");
    this.adviceNode.setAttribute("data-state", advice ? advice.state : "none");
    var reminder = this.sendReminder;
    while (reminder.firstChild) reminder.removeChild(reminder.firstChild);
    if (advice && advice.state !== "late") {
      reminder.appendChild(el("button", {type: "button", className: "md-button", "data-action": "ics",
        "data-value": "send", text: "Add a reminder to send it (.ics)"}));
    }
    var decision = T.parseLocal(s.decisionDate, "");
    var plan = this.planNode;
    while (plan.firstChild) plan.removeChild(plan.firstChild);
    var settings = (window.AFTERVIEW_DATA && window.AFTERVIEW_DATA.settings) || {};
    this.plan = decision ? T.followUpPlan(decision, settings.follow_up_business_days) : [];
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

  Composer.prototype.onInput = function (event) {
    var target = event.target;
    var name = target.getAttribute("data-field");
    var role = target.getAttribute("data-role");
    if (name === null && !role) return;
    if (target.hasAttribute("data-person")) {
      this.state.people[Number(target.getAttribute("data-person"))][name] = target.value;
    } else if (name !== null) {
      this.state.values[name] = target.value;
    } else if (role === "interview-date" || role === "interview-time" || role === "decision-date") {
      this.onDate(role, target.value);
    } else {
      return;
    }
    this.persist();
    this.refresh();
  };

  Composer.prototype.onDate = function (role, value) {
    var T = Afterview.timing;
    var s = this.state;
    if (role === "interview-date") s.interviewDate = value;
    if (role === "interview-time") s.interviewTime = value;
    if (role === "decision-date") s.decisionDate = value;
    var interview = T.parseLocal(s.interviewDate, s.interviewTime);
    var decision = T.parseLocal(s.decisionDate, "");
    this.autoFill("interview_date", interview ? T.interviewDayText(interview, this.now()) : "");
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
    } else if (role === "remember") {
      this.state.remember = event.target.checked;
      this.persist();
      this.announce(this.state.remember ? "Your details will be remembered on this device."
        : "Your details will not be kept after you leave.");
    }
  };

  Composer.prototype.onSubject = function (event) {
    this.state.subjectIndex = Number(event.target.value);
    this.persist();
    this.refresh();
  };

  Composer.prototype.rebuild = function (message, focusId) {
    this.notice = "";
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
    var s = this.state;
    var S = this.S;
    if (action === "choice") {
      S.selectChoice(s, this.data, value);
      this.rebuild("Showing templates for: " + button.textContent + ".", null);
      this.focusToggle("choice", value);
    } else if (action === "channel") {
      S.selectChannel(s, this.data, value);
      this.rebuild("Channel: " + button.textContent + ".", null);
      this.focusToggle("channel", value);
    } else if (action === "template") {
      S.selectTemplate(s, this.data, value);
      this.rebuild("Template changed to \u201c" + this.template().title + "\u201d.", "av-template");
    } else if (action === "add-person") {
      S.addPerson(s);
      this.rebuild("Interviewer " + s.people.length + " added.", "av-p" + (s.people.length - 1) + "-recipient_name");
    } else if (action === "remove-person") {
      S.removePerson(s, Number(value));
      this.rebuild("Interviewer removed.", "av-p0-recipient_name");
    } else if (action === "forget") {
      this.forget();
    } else if (action === "copy") {
      this.copy(this.notes[Number(value)].body, Number(value), "Note");
    } else if (action === "copy-subject") {
      this.copy(this.notes[Number(value)].subject || "", Number(value), "Subject line");
    } else if (action === "eml") {
      this.downloadEml(Number(value));
    } else if (action === "print") {
      this.print(Number(value));
    } else if (action === "ics") {
      this.downloadIcs(value);
    }
  };

  Composer.prototype.focusToggle = function (action, value) {
    var button = this.form.querySelector('[data-action="' + action + '"][data-value="' + value + '"]');
    if (button) button.focus();
  };

  Composer.prototype.forget = function () {
    try { window.localStorage.removeItem(this.S.STORAGE_KEY); } catch (error) { /* nothing was stored */ }
    var templateId = this.state.templateId;
    this.state = this.S.initial(this.data, templateId);
    this.rebuild("Everything is forgotten: the fields are empty and nothing is stored on this device.", null);
    var button = this.form.querySelector('[data-action="forget"]');
    if (button) button.focus();
  };

  Composer.prototype.announce = function (message) {
    var status = this.status;
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 50);
  };

  /* ---------- send ---------- */

  Composer.prototype.copy = function (text, index, what) {
    var self = this;
    function fallback() {
      var box = self.noteViews[index].fallback;
      while (box.firstChild) box.removeChild(box.firstChild);
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
      subject: note.subject || "", body: note.body, date: this.now()});
    download(Afterview.send.fileName(note.subject || "note", "eml"), message, "message/rfc822");
    this.announce("Email file downloaded: open it to send it from your email app.");
  };

  Composer.prototype.print = function (index) {
    var view = this.noteViews[index];
    document.documentElement.classList.add("av-printing");
    view.article.classList.add("av-print-target");
    window.print();
  };

  Composer.prototype.composerLink = function (templateId) {
    return window.location.href.replace(/[?#].*$/, "") + "?template=" + encodeURIComponent(templateId);
  };

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
      var start = this.advice.state === "weekend-wait" ? this.advice.sendBy
        : this.advice.sendBy || this.advice.alternative;
      event = {start: start, allDay: false, summary: "Send your thank-you note" + (about ? " (" + about + ")" : ""),
        description: this.advice.message + (names ? "\nTo: " + names : "") + "\nYour draft: "
          + this.composerLink(s.templateId)};
    } else {
      var step = this.plan.filter(function (p) { return p.id === stepId; })[0];
      if (!step) return;
      event = {start: step.date, allDay: true, summary: step.title + (about ? " (" + about + ")" : ""),
        description: step.text + (names ? "\nTo: " + names : "") + "\nWrite it: " + this.composerLink(step.template)};
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
    if (!data || !Afterview.render || !Afterview.check || !Afterview.composerState) {
      root.textContent = "The composer could not load its templates. Reload the page, or copy a template "
        + "from the template pages instead.";
      return;
    }
    Afterview.composer = new Composer(root, data);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})(window.Afterview = window.Afterview || {});
