/* Afterview composer form: the choices and fields, built from the state. Reads the state, never changes it. */
(function (Afterview) {
  "use strict";

  var dom = Afterview.dom;
  var el = dom.el;
  var GROUP_LEGENDS = {you: "About you", interview: "About the interview", them: "Who you are writing to"};
  var DATE_FIELD = "interview_date";

  /* The sentence around a field in the note, with ___ where the field goes (renderer's fieldFrame); nothing for
     a field alone on its line. The typed words are not pasted in: the note shows them, tidied and framed. */
  function frameText(template, name) {
    var frame = typeof Afterview.fieldFrame === "function" ? Afterview.fieldFrame(template, name) : null;
    var words = frame ? frame.split("___").join("").replace(/[\s.,]/g, "") : "";
    return words ? "In the note: \u201c" + frame + "\u201d" : "";
  }

  function input(template, field, id, value, data) {
    var type = {email: "email", tel: "tel", url: "url"}[field.autocomplete] || "text";
    var hintId = field.hint ? id + "-hint" : null;
    var frame = frameText(template, field.name);
    if (frame && field.shape === "sentence") frame += " A sentence or two of your own works too.";
    var frameId = frame ? id + "-frame" : null;
    var attributes = {id: id, name: id, "aria-describedby": [hintId, frameId].filter(Boolean).join(" ") || null,
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
    var label = el("label", {for: id}, [field.label]);
    if (field.optional) label.appendChild(el("span", {className: "av-composer__optional", text: " (optional)"}));
    return el("div", {className: "av-composer__field"}, [
      label,
      hintId ? el("p", {id: hintId, className: "av-composer__hint", text: field.hint}) : null,
      control,
      frameId ? el("p", {id: frameId, className: "av-composer__frame", "data-frame-for": id, text: frame}) : null,
    ]);
  }

  function dateInput(id, label, type, value, role, hint) {
    return el("div", {className: "av-composer__field av-composer__field--short"}, [
      el("label", {for: id, text: label}),
      hint ? el("p", {id: id + "-hint", className: "av-composer__hint", text: hint}) : null,
      el("input", {id: id, name: id, type: type, "data-role": role, value: value,
        "aria-describedby": hint ? id + "-hint" : null}),
    ]);
  }

  /* The interview's date and time, asked once: they date the note and time the reminders. */
  function interviewWhen(state, template) {
    var frame = frameText(template, DATE_FIELD);
    return el("div", {}, [
      el("div", {className: "av-composer__row"}, [
        dateInput("av-interview-date", "Interview date", "date", state.interviewDate, "interview-date"),
        dateInput("av-interview-time", "Start time", "time", state.interviewTime, "interview-time"),
      ]),
      frame ? el("p", {className: "av-composer__frame", "data-frame-for": "av-interview-date",
        text: frame + " The note says \u201cyesterday\u201d or \u201con Tuesday\u201d from the date."}) : null,
    ]);
  }

  function chooser(S, state) {
    return dom.toggleGroup("av-choice-label", "What happened?", S.CHOICES, state.choice, "choice");
  }

  function channelChooser(S, state, data) {
    var available = S.channelsFor(data, state.choice).map(function (c) { return c.id; });
    var options = S.channels(data).map(function (channel) {
      var missing = available.indexOf(channel.id) < 0;
      return {id: channel.id, label: channel.label + (missing ? " (no template)" : ""), disabled: missing};
    });
    return dom.toggleGroup("av-channel-label", "How will you send it?", options, state.channel, "channel");
  }

  function toneChooser(S, data, template) {
    var family = S.toneFamily(data, template);
    if (!family.length) return null;
    var options = family.map(function (t) {
      return {id: t.id, label: t.tone.charAt(0).toUpperCase() + t.tone.slice(1)};
    });
    return dom.toggleGroup("av-tone-label", "Tone", options, template.id, "template");
  }

  function templateHref(links, id) {
    var index = links.templates;
    if (!index) return null;
    return /index\.html$/.test(index) ? index.replace(/index\.html$/, id + ".html")
      : index.replace(/\/?$/, "/") + id + "/";
  }

  function templatePicker(S, state, data, links) {
    var template = S.findTemplate(data, state.templateId);
    var select = el("select", {id: "av-template", "data-role": "template", "aria-describedby": "av-template-hint"});
    var list = S.templatesFor(data, state.choice, state.channel);
    if (!list.some(function (t) { return t.id === template.id; })) list.unshift(template);
    list.forEach(function (t) {
      select.appendChild(el("option", {value: t.id, selected: t.id === template.id, text: t.title}));
    });
    var hint = el("p", {id: "av-template-hint", className: "av-composer__hint"}, [template.summary + " "]);
    var href = templateHref(links, template.id);
    if (href) hint.appendChild(el("a", {href: href, text: "See the template and why it works"}));
    return el("div", {className: "av-composer__step"}, [
      el("label", {for: "av-template", className: "av-composer__legend", text: "Template"}), select, hint]);
  }

  function fieldGroup(ctx, group, names) {
    var S = ctx.S;
    var fieldset = el("fieldset", {className: "av-composer__group"}, [el("legend", {text: GROUP_LEGENDS[group]})]);
    var shown = ctx.data.fields.map(function (f) { return f.name; }).filter(function (name) {
      return names.indexOf(name) >= 0 && S.fieldInfo(ctx.data, name).group === group && name !== DATE_FIELD;
    });
    if (group === "you" && ctx.template.channel === "email" && shown.indexOf("sender_email") < 0) {
      shown.push("sender_email");
    }
    shown.forEach(function (name) {
      var field = S.fieldInfo(ctx.data, name);
      if (name === "sender_email" && names.indexOf(name) < 0) field = Object.assign({}, field, {optional: true});
      fieldset.appendChild(input(ctx.template, field, "av-f-" + name, ctx.state.values[name], {field: name}));
    });
    if (group === "interview") fieldset.appendChild(interviewWhen(ctx.state, ctx.template));
    return fieldset;
  }

  function personInputs(ctx, fieldset, index) {
    var person = ctx.state.people[index];
    ctx.S.personFields(ctx.data, ctx.template).forEach(function (name) {
      var field = ctx.S.fieldInfo(ctx.data, name);
      fieldset.appendChild(input(ctx.template, field, "av-p" + index + "-" + name, person[name],
        {person: index, field: name}));
    });
  }

  function recipientFields(ctx) {
    var fieldset = el("fieldset", {className: "av-composer__group"}, [el("legend", {text: GROUP_LEGENDS.them})]);
    personInputs(ctx, fieldset, 0);
    return fieldset;
  }

  function panelFields(ctx) {
    var people = ctx.state.people;
    var wrapper = el("fieldset", {className: "av-composer__group av-composer__panel"}, [
      el("legend", {text: "The interviewers"}),
      el("p", {className: "av-composer__hint", text: "One note per person, each recalling the moment you shared "
        + "with them. The wording varies a little from note to note."}),
    ]);
    people.forEach(function (person, index) {
      var number = index + 1;
      var fieldset = el("fieldset", {className: "av-composer__person"}, [el("legend", {text: "Interviewer " + number})]);
      personInputs(ctx, fieldset, index);
      if (people.length > 1) {
        fieldset.appendChild(el("button", {type: "button", className: "md-button av-composer__small",
          "data-action": "remove-person", "data-value": String(index), text: "Remove interviewer " + number}));
      }
      wrapper.appendChild(fieldset);
    });
    wrapper.appendChild(el("button", {type: "button", className: "md-button", "data-action": "add-person",
      text: "Add an interviewer"}));
    return wrapper;
  }

  function timingFields(state) {
    var nodes = {
      advice: el("p", {className: "av-composer__advice", id: "av-advice"}),
      reminder: el("div", {className: "av-composer__reminder"}),
      plan: el("ol", {className: "av-composer__plan", "aria-label": "Follow-up plan"}),
    };
    nodes.fieldset = el("fieldset", {className: "av-composer__group av-composer__timing"}, [
      el("legend", {text: "Timing and reminders"}),
      nodes.advice, nodes.reminder,
      dateInput("av-decision-date", "When they said they would decide", "date", state.decisionDate, "decision-date",
        "The date the employer gave you, for the follow-up plan."),
      nodes.plan,
    ]);
    return nodes;
  }

  function privacyFields(state) {
    return el("fieldset", {className: "av-composer__group av-composer__privacy"}, [
      el("legend", {text: "Privacy"}),
      el("p", {className: "av-composer__hint", text: "Everything stays in this browser: nothing you type is sent "
        + "anywhere. Untick to keep it only until you leave the page."}),
      el("div", {className: "av-composer__check"}, [
        el("input", {type: "checkbox", id: "av-remember", "data-role": "remember", checked: state.remember}),
        el("label", {for: "av-remember", text: "Remember on this device"}),
      ]),
      el("button", {type: "button", className: "md-button", "data-action": "forget", text: "Forget everything"}),
    ]);
  }

  /* Fill `form` for the state; returns the timing nodes the controller keeps up to date. */
  function buildForm(form, ctx) {
    var S = ctx.S;
    dom.clear(form);
    if (ctx.notice) form.appendChild(el("p", {className: "av-composer__notice", text: ctx.notice}));
    form.appendChild(chooser(S, ctx.state));
    form.appendChild(channelChooser(S, ctx.state, ctx.data));
    form.appendChild(templatePicker(S, ctx.state, ctx.data, ctx.links));
    var tone = toneChooser(S, ctx.data, ctx.template);
    if (tone) form.appendChild(tone);
    var shared = S.sharedFields(ctx.data, ctx.template);
    form.appendChild(fieldGroup(ctx, "you", shared));
    form.appendChild(fieldGroup(ctx, "interview", shared));
    form.appendChild(S.isPanel(ctx.template) ? panelFields(ctx) : recipientFields(ctx));
    var timing = timingFields(ctx.state);
    form.appendChild(timing.fieldset);
    form.appendChild(privacyFields(ctx.state));
    return timing;
  }

  Afterview.composerForm = {build: buildForm, templateHref: templateHref};
})(window.Afterview = window.Afterview || {});
