/* Afterview composer form: the choices and fields, built from the state. Reads the state, never changes it. */

import * as dom from "./composer-dom.js";
import {fieldFrame, unfilledFields} from "./render.js";

var el = dom.el;
var GROUP_LEGENDS = {you: "About you", interview: "About the interview", them: "Who you are writing to"};
var DATE_FIELD = "interview_date";
var SUGGESTED_FIELDS = {highlight: true, clarification: true, recipient_name: true, documents: true, strength: true};
var PLANNED_STAGES = ["after-interview", "waiting"];
var PLANNED_KINDS = ["thank-you", "follow-up", "update"];

/* The sentence around a field in the note, with ___ where the field goes (renderer's fieldFrame); nothing for
   a field alone on its line. The typed words are not pasted in: the note shows them, tidied and framed. */
function frameText(template, name) {
  var frame = fieldFrame(template, name);
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
    SUGGESTED_FIELDS[field.name] ? el("div", {className: "av-composer__suggest", "data-suggest-for": id,
      "aria-live": "polite"}) : null,
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

/* "What happened?": every situation the catalog has, grouped by stage; nothing chosen until the reader says. */
function chooser(S, state, data, existing) {
  if (existing) {
    existing.value = state.choice || "";
    existing.options[0].disabled = Boolean(state.choice);
    return existing.closest(".av-composer__step");
  }
  var select = el("select", {id: "av-situation", "data-role": "situation", "aria-describedby": "av-situation-hint"});
  select.appendChild(el("option", {value: "", text: "Choose what happened\u2026", selected: !state.choice,
    disabled: Boolean(state.choice)}));
  var groups = {};
  S.choices(data).forEach(function (choice) {
    if (!groups[choice.stageLabel]) {
      groups[choice.stageLabel] = el("optgroup", {label: choice.stageLabel});
      select.appendChild(groups[choice.stageLabel]);
    }
    groups[choice.stageLabel].appendChild(el("option", {value: choice.id, text: choice.label,
      selected: choice.id === state.choice}));
  });
  return el("div", {className: "av-composer__step"}, [
    el("label", {for: "av-situation", className: "av-composer__legend", text: "What happened?"}),
    el("p", {id: "av-situation-hint", className: "av-composer__hint", text: "Internships, career fairs, "
      + "coffee chats, alumni, fixing a mistake, follow-ups and decisions are all in the list."}),
    select,
  ]);
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
  var required = unfilledFields(ctx.template, {}, 0);
  shown.forEach(function (name) {
    var field = S.fieldInfo(ctx.data, name);
    /* Optional in this template: the note reads whole without it ([[, given {strength} || ...]]). */
    if (required.indexOf(name) < 0) field = Object.assign({}, field, {optional: true});
    fieldset.appendChild(input(ctx.template, field, "av-f-" + name, ctx.state.values[name], {field: name}));
  });
  var dated = group === "interview" && ctx.S.usedFields(ctx.template).indexOf(DATE_FIELD) >= 0;
  if (dated) fieldset.appendChild(interviewWhen(ctx.state, ctx.template));
  return shown.length || dated ? fieldset : null;
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

/* The send-by advice where the note thanks for a dated talk; the follow-up plan where a decision is still
   to come. Decision notes get neither. */
function timingFields(S, state, template) {
  var dated = Boolean(template) && template.kind === "thank-you" && S.usedFields(template).indexOf(DATE_FIELD) >= 0;
  var planned = Boolean(template) && PLANNED_STAGES.indexOf(template.stage) >= 0
    && PLANNED_KINDS.indexOf(template.kind) >= 0;
  var nodes = {
    advice: el("p", {className: "av-composer__advice", id: "av-advice"}),
    reminder: el("div", {className: "av-composer__reminder"}),
    plan: el("ol", {className: "av-composer__plan", "aria-label": "Follow-up plan"}),
    dated: dated, planned: planned,
  };
  if (!dated && !planned) return nodes;
  nodes.fieldset = el("fieldset", {className: "av-composer__group av-composer__timing"}, [
    el("legend", {text: planned ? "Timing and reminders" : "When to send it"}),
    dated ? nodes.advice : null, dated ? nodes.reminder : null,
    planned ? dateInput("av-decision-date", "When they said they would decide", "date", state.decisionDate,
      "decision-date", "The date the employer gave you, for the follow-up plan.") : null,
    planned ? nodes.plan : null,
  ]);
  return nodes;
}

function privacyFields(state) {
  return el("fieldset", {className: "av-composer__group av-composer__privacy"}, [
    el("legend", {text: "Privacy"}),
    el("p", {className: "av-composer__hint", id: "av-privacy-hint", text: "Everything stays in this browser: "
      + "nothing you type is sent anywhere. While this tab is open, your details and your edited note survive "
      + "a reload or a trip to your email app; closing the tab clears them. Tick \u201cRemember on this "
      + "device\u201d to keep them in this browser after the tab closes, until you press \u201cForget "
      + "everything\u201d, which clears both."}),
    el("div", {className: "av-composer__check"}, [
      el("input", {type: "checkbox", id: "av-remember", "data-role": "remember", checked: state.remember}),
      el("label", {for: "av-remember", text: "Remember on this device"}),
    ]),
    el("button", {type: "button", className: "md-button", "data-action": "forget", text: "Forget everything"}),
  ]);
}

/* Fill `choose` with what happened, how it is sent, the template and its tone. */
function buildChooser(choose, ctx) {
  var S = ctx.S;
  // The list keeps its element (and its focus) from one choice to the next, so typing a name to pick works.
  var situation = chooser(S, ctx.state, ctx.data, choose.querySelector("#av-situation"));
  Array.prototype.slice.call(choose.children).forEach(function (child) {
    if (child !== situation) choose.removeChild(child);
  });
  if (!situation.parentNode) choose.appendChild(situation);
  if (ctx.notice) {
    choose.insertBefore(el("p", {className: "av-composer__notice", role: "alert", text: ctx.notice}), situation);
  }
  if (!ctx.template) return;
  choose.appendChild(channelChooser(S, ctx.state, ctx.data));
  choose.appendChild(templatePicker(S, ctx.state, ctx.data, ctx.links));
  var tone = toneChooser(S, ctx.data, ctx.template);
  if (tone) choose.appendChild(tone);
}

/* Fill `form` with the template's fields; returns the timing nodes the controller keeps up to date. */
function buildForm(form, ctx) {
  var S = ctx.S;
  dom.clear(form);
  if (!ctx.template) {
    form.appendChild(privacyFields(ctx.state));
    return timingFields(S, ctx.state, null);
  }
  var shared = S.sharedFields(ctx.data, ctx.template);
  [fieldGroup(ctx, "you", shared), fieldGroup(ctx, "interview", shared)].forEach(function (group) {
    if (group) form.appendChild(group);
  });
  form.appendChild(S.isPanel(ctx.template) ? panelFields(ctx) : recipientFields(ctx));
  var timing = timingFields(S, ctx.state, ctx.template);
  if (timing.fieldset) form.appendChild(timing.fieldset);
  form.appendChild(el("p", {className: "av-composer__back"}, [
    el("a", {href: "#av-output", "data-action": "to-note", "data-value": "0", text: "Back to your note"})]));
  form.appendChild(privacyFields(ctx.state));
  return timing;
}

export {buildForm as build, buildChooser, templateHref};
