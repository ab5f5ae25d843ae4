/* Afterview composer note: one note's editable text, its send actions and its checklist. */

import * as dom from "./composer-dom.js";
import * as send from "./send.js";

var el = dom.el;
var setText = dom.setText;
var MARKS = {passed: "\u2713", error: "\u2717", warning: "!", pending: "\u2013"};
var STATE_WORDS = {passed: ": done", error: ": to do", warning: ": worth a look", pending: ": not checked yet"};

function button(action, index, text, extra) {
  return el("button", Object.assign({type: "button", className: "md-button", "data-action": action,
    "data-value": String(index), text: text}, extra || {}));
}

function link(role, text, external) {
  return el("a", {className: "md-button", "data-role": role, href: "#", text: text,
    target: external ? "_blank" : null, rel: external ? "noopener noreferrer" : null});
}

/* The view of the n-th note; `canShare` when the browser has the Web Share API. */
function create(template, index, canShare) {
  var channel = template.channel;
  var view = {index: index, channel: channel};
  var textId = "av-note-" + index;
  view.heading = el("h3", {className: "av-composer__note-title"});
  view.article = el("article", {className: "av-composer__note", "data-note": String(index)}, [view.heading]);
  if (channel === "email") {
    view.subject = el("div", {className: "av-composer__subjects", role: "radiogroup",
      "aria-labelledby": "av-subject-label-" + index, id: "av-subject-" + index});
    view.article.appendChild(el("div", {className: "av-composer__field"}, [
      el("p", {id: "av-subject-label-" + index, className: "av-composer__text-label", text: "Subject line"}),
      view.subject]));
  }
  view.article.appendChild(el("label", {for: textId, className: "av-composer__text-label",
    text: channel === "handwritten" ? "Card text: change any word" : "Note: change any word"}));
  view.text = el("textarea", {id: textId, className: "av-composer__text", "data-role": "note-text",
    "data-note": String(index), spellcheck: "true", rows: "10", autocomplete: "off", lang: "en"});
  view.article.appendChild(view.text);
  view.edited = el("p", {className: "av-composer__edited", hidden: true});
  view.article.appendChild(view.edited);
  if (channel === "linkedin") {
    view.count = el("p", {className: "av-composer__count", "data-role": "count", "aria-live": "polite"});
    view.article.appendChild(view.count);
  }
  var actions = el("div", {className: "av-composer__actions"}, [
    button("copy", index, "Copy note", {className: "md-button md-button--primary"}),
  ]);
  if (channel === "email") {
    actions.appendChild(button("copy-subject", index, "Copy subject"));
    view.mailto = link("mailto", "Email app", false);
    view.gmail = link("gmail", "Gmail", true);
    view.outlook = link("outlook", "Outlook", true);
    actions.appendChild(view.mailto);
    actions.appendChild(view.gmail);
    actions.appendChild(view.outlook);
  }
  if (canShare) actions.appendChild(button("share", index, "Share\u2026"));
  if (channel === "email") actions.appendChild(button("eml", index, "Download .eml"));
  if (channel === "handwritten") actions.appendChild(button("print", index, "Print this card"));
  view.actions = actions;
  view.fallback = el("div", {className: "av-composer__fallback", hidden: true});
  view.confirm = el("div", {className: "av-composer__confirm", hidden: true});
  view.article.appendChild(actions);
  view.article.appendChild(view.confirm);
  view.article.appendChild(view.fallback);
  view.summary = el("p", {className: "av-composer__summary", "aria-live": "polite"});
  view.checklist = el("ul", {className: "av-checklist", "aria-label": "Checklist"});
  view.article.appendChild(el("div", {className: "av-composer__checks"}, [
    el("h4", {text: "Checklist for the note as it stands"}), view.summary, view.checklist]));
  return view;
}

function fitHeight(area) {
  area.style.height = "auto";
  area.style.height = area.scrollHeight + 2 + "px";
}

function showEdited(view, note, undo) {
  var box = view.edited;
  var key = note.edited ? (note.stale ? "stale" : "edited") : undo ? "undo" : "";
  if (box.getAttribute("data-state") === key) return;
  box.setAttribute("data-state", key);
  dom.clear(box);
  box.hidden = !key;
  if (key === "edited") {
    box.appendChild(document.createTextNode("Your own wording: it is what you copy and send. "));
    box.appendChild(button("reset-note", view.index, "Start again from the fields",
      {className: "md-button av-composer__small"}));
  } else if (key === "stale") {
    box.appendChild(document.createTextNode("The draft has changed since you edited this note (new details or "
      + "another template), and your wording is kept as you left it. "));
    box.appendChild(button("reset-note", view.index, "Start again from the fields",
      {className: "md-button av-composer__small"}));
  } else if (key === "undo") {
    box.appendChild(document.createTextNode("The note is the draft from the fields again. "));
    box.appendChild(button("undo-reset", view.index, "Bring back my wording",
      {className: "md-button av-composer__small"}));
  }
}

/* The note's length against LinkedIn's limits; when it is too long for a connection request, a one-tap way
   to the connection-request version (`connection`, a template) or to the short version of this note. */
function linkedinCount(view, text, limits, short, connection) {
  var count = send.characterCount(text);
  var words = count + " characters. ";
  var fits = count <= limits.connection_free ? "Fits a connection-request note (up to "
    + limits.connection_free + " on a free account) and a message."
    : count <= limits.connection ? "Fits a connection-request note with Premium (up to "
      + limits.connection + "); a free account allows " + limits.connection_free + ". Fits a message."
      : count <= limits.message ? "Too long for a connection-request note (" + limits.connection_free
        + " on a free account, " + limits.connection + " with Premium): send it as a message"
        + (connection || short ? ", or use the short version." : ".")
        : "Longer than a LinkedIn message allows (" + limits.message + ").";
  view.count.setAttribute("data-fits", count <= limits.connection_free ? "connection" : count <= limits.message
    ? "message" : "none");
  setText(view.count, "");
  view.count.appendChild(document.createTextNode(words + fits));
  if (count <= limits.connection_free) return;
  view.count.appendChild(document.createTextNode(" "));
  if (connection) {
    view.count.appendChild(button("template", connection.id, "Use the short version: the connection-request "
      + "note", {className: "md-button av-composer__small"}));
  } else if (short && short !== text) {
    view.count.appendChild(button("short-version", view.index, "Use the short version ("
      + send.characterCount(short) + " characters)", {className: "md-button av-composer__small"}));
  }
}

function things(count, what) {
  return count + " thing" + (count > 1 ? "s" : "") + " " + what;
}

/* The verdict on the text in the box, saying what was checked and what no check replaces. */
function verdictText(verdict) {
  var aloud = " Read it aloud once before you send it: no check hears how it sounds.";
  if (verdict.state === "empty") return "Fill in the details: the checklist then checks the note as it stands.";
  if (verdict.state === "checking") return "Checking\u2026";
  if (verdict.state === "ready") {
    return "Ready to send. Checked in the note as it stands now: it thanks them, recalls one real moment, "
      + "says you are still keen and is signed, with no blank left and nothing to fix." + aloud;
  }
  if (verdict.state === "look") {
    return "Almost ready: checked in the note as it stands now, " + things(verdict.toLook, "worth a look")
      + " below." + aloud;
  }
  return things(verdict.toFix, "to fix") + (verdict.toLook ? " and " + things(verdict.toLook, "worth a look")
    : "") + " before you send, checked in the note as it stands now.";
}

function whyLink(pointsHref, point) {
  if (!pointsHref || !point) return null;
  return el("a", {href: pointsHref.replace(/#.*$/, "") + "#point-" + point, text: "Why?"});
}

function updateChecklist(view, note, pointsHref) {
  var list = view.checklist;
  var items = note.checklist;
  if (list.getAttribute("data-codes") !== items.map(function (i) { return i.code; }).join()) {
    list.setAttribute("data-codes", items.map(function (i) { return i.code; }).join());
    dom.clear(list);
    items.forEach(function (item) {
      list.appendChild(el("li", {"data-code": item.code}, [
        el("span", {className: "av-checklist__mark", "aria-hidden": "true"}),
        el("span", {className: "av-checklist__label", text: item.label}),
        el("span", {className: "av-visually-hidden av-checklist__state"}),
        el("span", {className: "av-checklist__why"}),
      ]));
    });
  }
  items.forEach(function (item, i) {
    var li = list.children[i];
    var state = item.pending ? "pending" : item.passed ? "passed" : item.severity;
    if (li.getAttribute("data-state") !== state) li.setAttribute("data-state", state);
    setText(li.children[0], MARKS[state]);
    setText(li.children[2], STATE_WORDS[state]);
    var why = li.children[3];
    if (why.getAttribute("data-detail") === item.detail) return;
    why.setAttribute("data-detail", item.detail);
    dom.clear(why);
    if (!item.detail) return;
    why.appendChild(document.createTextNode(item.detail + " "));
    var more = whyLink(pointsHref, item.point);
    if (more) why.appendChild(more);
  });
  setText(view.summary, verdictText(note.verdict));
  view.summary.setAttribute("data-ready", String(note.verdict.ready));
  view.summary.setAttribute("data-verdict", note.verdict.state);
}

/* Each subject line whole, as a radio button: long subjects wrap instead of being cut off. */
function updateSubjects(view, note, subjectIndex) {
  var group = view.subject;
  var chosen = Math.min(subjectIndex, note.subjects.length - 1);
  var key = note.subjects.join("\n");
  if (group.getAttribute("data-subjects") !== key) {
    group.setAttribute("data-subjects", key);
    dom.clear(group);
    note.subjects.forEach(function (subject, i) {
      var id = "av-subject-" + view.index + "-" + i;
      group.appendChild(el("div", {className: "av-composer__check"}, [
        el("input", {type: "radio", id: id, name: "av-subject-" + view.index, value: String(i),
          "data-role": "subject"}),
        el("label", {for: id, text: subject}),
      ]));
    });
  }
  Array.prototype.forEach.call(group.querySelectorAll("input"), function (radio, i) {
    radio.checked = i === chosen;
  });
}

/* Bring the view in line with the note; the reader's text is never rewritten while it is theirs. */
function update(view, note, options) {
  setText(view.heading, options.heading);
  if (view.subject) updateSubjects(view, note, options.subjectIndex);
  if (view.text.value !== note.text) {
    view.text.value = note.text;
    fitHeight(view.text);
  } else if (!view.text.style.height) {
    fitHeight(view.text);
  }
  showEdited(view, note, options.undo);
  var subject = note.subject || "";
  if (view.mailto) view.mailto.setAttribute("href", send.mailtoUrl(note.to, subject, note.text));
  if (view.gmail) view.gmail.setAttribute("href", send.gmailUrl(note.to, subject, note.text));
  if (view.outlook) view.outlook.setAttribute("href", send.outlookUrl(note.to, subject, note.text));
  if (view.count) linkedinCount(view, note.text, options.limits, send.shortVersion(note.text), options.connection);
  updateChecklist(view, note, options.pointsHref);
}

/* Ask before a note with a blank goes out: `what` is the action ("Copy"), `index` the note. */
function askFirst(view, blanks, action, what) {
  var box = dom.clear(view.confirm);
  box.hidden = false;
  box.appendChild(el("p", {text: "Your note still has " + (blanks.length > 1 ? "blanks" : "a blank") + ": "
    + blanks.join(", ") + ". Fill " + (blanks.length > 1 ? "them" : "it") + " in first, or go ahead if you "
    + "will fix " + (blanks.length > 1 ? "them" : "it") + " before it reaches them."}));
  var go = button("confirm-" + action, view.index, what + " anyway", {className: "md-button av-composer__small"});
  box.appendChild(go);
  box.appendChild(button("confirm-cancel", view.index, "Fill it in first", {className: "md-button av-composer__small"}));
  go.focus();
}

function closeAsk(view) {
  view.confirm.hidden = true;
  dom.clear(view.confirm);
}

export {create, update, fitHeight, askFirst, closeAsk};
