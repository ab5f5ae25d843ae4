/* The data the build exports for the tools (afterview/export.py). A page's first paint has the small part
 * (labels, fields, the composer's settings), handed over once by the page's entry; the engine reads it all
 * through `exported`. The other parts come after first paint, each a classic script injected into the page
 * (so it works from file:// and under a Content-Security-Policy without inline scripts), which leaves its part
 * in window.AFTERVIEW_PARTS[name]: the engine (rules, patterns, tables), the sentence model, the templates'
 * index and each template. Without `files` (the whole data at once, as in the Node tests) nothing is loaded. */
export var exported = null;

var folder = null;
var loading = {};
var TEMPLATE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Hands over the data; `base` is the URL of the folder the data files are in (assets/javascripts/). */
export function useData(data, base) {
  exported = data;
  folder = base || null;
  loading = {};
}

function own(object, key) {
  return object != null && Object.prototype.hasOwnProperty.call(object, key);
}

function loadScript(name, file) {
  if (!own(loading, name)) {
    loading[name] = new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = new URL(file, folder).href;
      script.async = true;
      script.onload = function () {
        var parts = window.AFTERVIEW_PARTS || {};
        script.parentNode.removeChild(script);
        if (!own(parts, name)) {
          reject(new Error(file + " did not hold " + name));
          return;
        }
        var part = parts[name];
        delete parts[name];
        resolve(part);
      };
      script.onerror = function () {
        script.parentNode.removeChild(script);
        delete loading[name];
        reject(new Error("could not load " + file));
      };
      document.head.appendChild(script);
    });
  }
  return loading[name];
}

function files() {
  return folder && exported && exported.files ? exported.files : null;
}

/** Resolves once the rules, patterns and engine tables are in the data. */
export function engineReady() {
  if (!files() || own(exported, "rules")) return Promise.resolve(exported);
  return loadScript("engine", "afterview-data/" + files().engine).then(function (part) {
    Object.keys(part).forEach(function (key) { exported[key] = part[key]; });
    return exported;
  });
}

/** Whether the checker can judge a note: the engine and the sentence model have arrived. */
export function checkerReady() {
  return !files() || (own(exported, "rules") && own(exported, "sentence_model"));
}

/** Resolves once the checker can judge a note (checkerReady()). */
export function checkerLoaded() {
  var names = files();
  var model = names ? loadScript("model", "afterview-data/" + names.model).then(function (part) {
    exported.sentence_model = part;
  }) : null;
  return Promise.all([engineReady(), model]).then(function () { return exported; });
}

function keep(template) {
  var list = exported.templates;
  for (var i = 0; i < list.length; i++) {
    if (list[i].id === template.id) {
      if (!list[i].parts) list[i] = template;
      return list[i];
    }
  }
  list.push(template);
  return template;
}

/** Whether the template's wording is in the data (not only its index entry). */
export function hasTemplate(id) {
  return exported.templates.some(function (t) { return t.id === id && Boolean(t.parts); });
}

/** Resolves with the whole template once it is in the data; rejects for an id the catalog does not have. */
export function templateReady(id) {
  if (hasTemplate(id) || !files()) {
    return Promise.resolve(exported.templates.filter(function (t) { return t.id === id; })[0] || null);
  }
  if (!TEMPLATE_ID.test(String(id))) return Promise.reject(new Error("no template " + id));
  return loadScript("template:" + id, "afterview-data/" + files().templates + id + ".js").then(keep);
}

/** Resolves once every template is in the data, as an index entry at least (the chooser's list). */
export function indexReady() {
  if (!files()) return Promise.resolve(exported.templates);
  return loadScript("index", "afterview-data/" + files().index).then(function (entries) {
    var order = {};
    entries.forEach(function (entry, i) { order[entry.id] = i; keep(entry); });
    exported.templates.sort(function (a, b) { return order[a.id] - order[b.id]; });
    return exported.templates;
  });
}
