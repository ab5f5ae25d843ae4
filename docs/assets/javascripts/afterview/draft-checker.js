/* Afterview: the "Check your draft" page. State and wording are pure functions; paint() is the only
 * code that touches the page, and it inserts text with textContent only. No-op without its root. */
import {check} from "./checker.js";
import {checkerLoaded, checkerReady, exported} from "./data.js";
import {text} from "./render.js";

var DEBOUNCE_MS = 150;
var FALLBACK_RULES_PAGE = "../../reference/rules/";
var CHECKING = "Checking\u2026";
var NOT_LOADED = "The checker could not load its rules. Check your connection, then reload the page.";
var EMPTY = "Your draft is empty. Paste or type your note above: the results appear here as you type.";
// A finding's message ends with what the rule found: the writer's own words, or a measure for these checks.
var FOUND = / \(found "([\s\S]*)"\)$/;
var MEASURES = ["max-words", "length-limit", "subject-long", "signature-contact"];
// The channel choices that are a kind of LinkedIn note rather than a channel of their own.
var LINKEDIN_FORMATS = {"linkedin-connection": "connection"};

/** Several names typed into one field: commas, semicolons or new lines separate them. */
function parseNames(value) {
  return value.split(/[,;\n]/).map(function (name) { return text.strip(name); }).filter(Boolean);
}

function plural(count, one, many) {
  return count + " " + (count === 1 ? one : many);
}

/** The channel and the context check() is told, from what the page's fields hold. */
function checkInput(state) {
  var context = {recipients: parseNames(state.names)};
  var company = text.strip(state.company || "");
  if (company) context.company = company;
  if (state.kind) context.kind = state.kind;
  var format = text.own(LINKEDIN_FORMATS, state.channel) ? LINKEDIN_FORMATS[state.channel] : null;
  if (format) context.linkedin_format = format;
  return {channel: format ? "linkedin" : state.channel, context: context};
}

/** What the page shows while the checker's rules and sentence model are on their way: no result yet, and a
    draft to check is still pending. */
function waiting(state) {
  var typed = Boolean(text.strip(state.text));
  return {result: null, summary: typed ? CHECKING : EMPTY, pending: typed};
}

/** What the page shows for a state {text, channel, names, company, kind}: null result while the draft is empty. */
function model(state, labels) {
  if (!text.strip(state.text)) {
    return {result: null, summary: EMPTY};
  }
  try {
    var input = checkInput(state);
    var result = check(state.text, input.channel, input.context);
    return {result: result, summary: summaryText(result, labels)};
  } catch (error) {
    return {result: null, summary: "The checker could not check this draft (" + error.message +
      "). Your text is still in the box above."};
  }
}

/** One sentence for the live region: how many problems, and which elements are missing. */
function summaryText(result, labels) {
  var errors = result.findings.filter(function (f) { return f.severity === "error"; }).length;
  var warnings = result.findings.length - errors;
  var missing = Object.keys(result.elements).filter(function (name) { return !result.elements[name]; });
  var counts = (errors ? plural(errors, "thing", "things") + " to fix" : "Nothing to fix") + ", " +
    (warnings ? plural(warnings, "suggestion", "suggestions") : "no suggestions") + ".";
  var elements = missing.length
    ? " Missing: " + missing.map(function (name) { return labels[name] || name; }).join(", ") + "."
    : " All four elements found.";
  return counts + elements;
}

function ruleFor(code) {
  var rules = (exported || {}).rules || [];
  for (var i = 0; i < rules.length; i++) if (rules[i].code === code) return rules[i];
  return null;
}

function element(tag, className, text) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Move the cursor to a line of the draft and select it. */
function selectLine(textarea, line) {
  var lines = textarea.value.split("\n");
  var start = 0;
  for (var i = 0; i < line - 1 && i < lines.length; i++) start += lines[i].length + 1;
  var end = start + (lines[line - 1] || "").length;
  textarea.focus();
  textarea.setSelectionRange(start, end);
}

/** The rules page's address as MkDocs wrote it into the intro's link (right for any URL style). */
function rulesPage() {
  var link = document.getElementById("av-checker-rules-link");
  return link ? link.getAttribute("href").split("#")[0] : FALLBACK_RULES_PAGE;
}

/** A finding in plain words: what is wrong (one sentence), what it found (quoted words or a measure). */
function plainFinding(finding, rule) {
  var match = FOUND.exec(finding.message);
  var says = match ? finding.message.slice(0, match.index) : finding.message;
  var found = "";
  if (match) {
    found = rule && MEASURES.indexOf(rule.check) >= 0 ? "Found: " + match[1] + "."
      : "You wrote: \u201c" + match[1] + "\u201d";
  }
  return {message: "Your note " + says + ".", found: found, fix: rule && rule.fix ? "Instead: " + rule.fix : ""};
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
    button.addEventListener("click", function () { selectLine(textarea, finding.line); });
    where.appendChild(button);
  }
  where.appendChild(element("span", "av-finding__severity",
    finding.severity === "error" ? "Fix this" : "Suggestion"));
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
  view.elements.forEach(function (item) {
    var name = item.getAttribute("data-element");
    var state = item.querySelector(".av-checker__state");
    var found = result ? Boolean(result.elements[name]) : null;
    item.setAttribute("data-found", found === null ? "" : String(found));
    state.textContent = found === null ? "not checked yet" : found ? "found" : "missing";
  });
  var list = document.createDocumentFragment();
  (result ? result.findings : []).forEach(function (finding) { list.appendChild(findingItem(finding, textarea)); });
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
    summary: root.querySelector(".av-checker__summary"),
  };
  var labels = {};
  view.elements.forEach(function (item) {
    labels[item.getAttribute("data-element")] = item.querySelector(".av-checker__element-name").textContent;
  });
  var timer = null;

  function state() {
    var chosen = root.querySelector("input[name='av-channel']:checked");
    return {text: textarea.value, channel: chosen ? chosen.value : "email", names: names.value,
            company: company ? company.value : "", kind: kind ? kind.value : ""};
  }

  function update() {
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
    var shown = checkerReady() ? model(state(), labels) : waiting(state());
    paint(view, shown, textarea);
    // Still checking: the results stay busy (and unannounced) until the rules have arrived.
    if (shown.pending) view.results.setAttribute("aria-busy", "true");
  }

  // aria-busy holds the polite announcement back until the typing pauses and the results are painted.
  function later() {
    view.results.setAttribute("aria-busy", "true");
    if (timer !== null) window.clearTimeout(timer);
    timer = window.setTimeout(update, DEBOUNCE_MS);
  }

  textarea.addEventListener("input", later);
  names.addEventListener("input", later);
  if (company) company.addEventListener("input", later);
  root.addEventListener("change", function (event) {
    if (event.target && (event.target.name === "av-channel" || event.target.id === "av-kind")) update();
  });
  update();
  checkerLoaded().then(update, function () {
    paint(view, {result: null, summary: NOT_LOADED}, textarea);
  });
}

/** Starts the checker in the page's root; the data must have been handed to data.js first. */
function boot() {
  var root = document.getElementById("av-draft-checker");
  if (!root || root.getAttribute("data-ready") || !exported) return;
  root.setAttribute("data-ready", "true");
  start(root);
}

export {parseNames, checkInput, model, summaryText, plainFinding, boot};
