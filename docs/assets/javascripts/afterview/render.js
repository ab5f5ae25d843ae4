/* Afterview: the one rendering algorithm, a port of afterview/render.py (the parity tests compare them).
 * Afterview.text holds Python's string behaviours (str.strip, str.split, len) shared with checker.js. */
(function (global) {
  "use strict";
  var Afterview = global.Afterview = global.Afterview || {};

  // The characters Python's str.isspace() accepts (str.strip and str.split use them).
  var PY_SPACE = "\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  var SPACE_CHAR = new RegExp("^[" + PY_SPACE + "]$");
  var SPACE_RUNS = new RegExp("[" + PY_SPACE + "]+");
  var PARAGRAPH_BREAK = "\n\n";

  function isSpace(ch) {
    return SPACE_CHAR.test(ch);
  }

  /** Python's str.strip(): every Python whitespace character is BMP, so code units suffice. */
  function strip(text) {
    var start = 0;
    var end = text.length;
    while (start < end && isSpace(text.charAt(start))) start++;
    while (end > start && isSpace(text.charAt(end - 1))) end--;
    return text.slice(start, end);
  }

  /** Python's str.split() without arguments: words between runs of whitespace. */
  function split(text) {
    var stripped = strip(text);
    return stripped ? stripped.split(SPACE_RUNS) : [];
  }

  /** Python's len(): code points, not UTF-16 units. */
  function length(text) {
    return Array.from(text).length;
  }

  function own(object, key) {
    return object != null && Object.prototype.hasOwnProperty.call(object, key);
  }

  function data() {
    return global.AFTERVIEW_DATA || {};
  }

  /** The visible stand-in for a field nobody has filled in yet, e.g. [Their name]. */
  function marker(name) {
    var fields = data().fields || [];
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].name === name) return "[" + fields[i].label + "]";
    }
    return "[" + name + "]";
  }

  /** Replace each {field} in one pass, so braces inside a value are never filled again. */
  function fill(text, values) {
    return text.replace(/\{([a-z_]+)\}/g, function (whole, name) {
      var value = own(values, name) && values[name] ? strip(String(values[name])) : "";
      return value ? value : marker(name);
    });
  }

  /** The template's parts in reading order, with the variant for the n-th recipient applied. */
  function noteParts(parts, variants, recipient) {
    var chosen = Object.assign({}, parts);
    if (recipient > 0 && variants && variants.length) {
      Object.assign(chosen, variants[(recipient - 1) % variants.length]);
    }
    var order = data().partOrder || [];
    return order.filter(function (name) { return own(chosen, name) && chosen[name]; })
      .map(function (name) { return [name, chosen[name]]; });
  }

  /** Subjects and body of a template's raw parts rendered with the given values. */
  function renderText(parts, subjects, variants, values, recipient) {
    var body = noteParts(parts, variants, recipient || 0)
      .map(function (part) { return fill(strip(part[1]), values); })
      .join(PARAGRAPH_BREAK);
    return {subjects: (subjects || []).map(function (subject) { return fill(subject, values); }), body: body};
  }

  /** A template (as exported in AFTERVIEW_DATA.templates) filled for its n-th recipient. */
  function render(template, values, recipientIndex) {
    return renderText(template.parts, template.subjects, template.variants, values || {}, recipientIndex || 0);
  }

  /** An example person's values for a note to the n-th member of their panel, or to the contact of a
      situation such as a reference (Example.values_for). */
  function exampleValues(example, recipient, situation) {
    var panel = example.panel || [];
    var n = panel.length;
    var person = n ? panel[(((recipient || 0) % n) + n) % n] : {};
    var contacts = example.contacts || {};
    var contact = situation && own(contacts, situation) ? contacts[situation] : {};
    return Object.assign({}, example.values, person, contact);
  }

  Afterview.text = {strip: strip, split: split, length: length, isSpace: isSpace, own: own};
  Afterview.marker = marker;
  Afterview.fill = fill;
  Afterview.noteParts = noteParts;
  Afterview.renderText = renderText;
  Afterview.render = render;
  Afterview.exampleValues = exampleValues;
})(window);
