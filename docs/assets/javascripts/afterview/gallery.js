/* Gallery filter: narrows the template cards by situation and channel.
 * Progressive enhancement: without this script every card shows. Remembers nothing; reads an
 * optional ?situation=...&channel=... query so other pages can link to a filtered gallery. */

var KEYS = ["situation", "channel"];

/* ---- State: plain data, no DOM ---- */

function matches(item, filter) {
  return KEYS.every(function (key) {
    return !filter[key] || item[key] === filter[key];
  });
}

function countText(shown, total) {
  var text = shown + " of " + total + " templates";
  return shown === 0 ? text + " — choose “Any” in one of the lists to see more." : text;
}

/* The filter a query string asks for, keeping only values the form offers. */
function filterFromQuery(search, offered) {
  var params = new URLSearchParams(search || "");
  var filter = {};
  KEYS.forEach(function (key) {
    var value = params.get(key) || "";
    filter[key] = offered[key].indexOf(value) >= 0 ? value : "";
  });
  return filter;
}

/* ---- DOM ---- */

function offeredValues(form) {
  var offered = {};
  KEYS.forEach(function (key) {
    var select = form.elements.namedItem(key);
    offered[key] = select ? Array.prototype.map.call(select.options, function (o) { return o.value; }) : [""];
  });
  return offered;
}

function readForm(form) {
  var filter = {};
  KEYS.forEach(function (key) {
    var select = form.elements.namedItem(key);
    filter[key] = select ? select.value : "";
  });
  return filter;
}

function writeForm(form, filter) {
  KEYS.forEach(function (key) {
    var select = form.elements.namedItem(key);
    if (select) select.value = filter[key];
  });
}

function galleryFor(form) {
  var next = form.nextElementSibling;
  while (next && !next.matches(".av-gallery")) next = next.nextElementSibling;
  return next;
}

function apply(form, gallery) {
  var filter = readForm(form);
  var cards = gallery.querySelectorAll(".av-card");
  var shown = 0;
  Array.prototype.forEach.call(cards, function (card) {
    var visible = matches({ situation: card.dataset.situation, channel: card.dataset.channel }, filter);
    card.hidden = !visible;
    if (visible) shown += 1;
  });
  var count = form.querySelector(".av-filter__count");
  if (count) count.textContent = countText(shown, cards.length);
}

function mount(form) {
  var gallery = galleryFor(form);
  if (!gallery) return;
  writeForm(form, filterFromQuery(window.location.search, offeredValues(form)));
  form.addEventListener("change", function () { apply(form, gallery); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply(form, gallery);
}

function start() {
  Array.prototype.forEach.call(document.querySelectorAll("form.av-filter"), mount);
}

export {matches, countText, filterFromQuery, mount, start};
