/* Afterview DOM helpers for the composer's components. Text only ever goes in through textContent. */

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

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

/* Text with each unfilled [Label] marker highlighted, as text nodes and <mark>s (never as markup). */
function showMarked(node, text) {
  if (node.getAttribute("data-text") === text) return;
  node.setAttribute("data-text", text);
  clear(node);
  var marker = /\[[^\]\n]{1,40}\]/g;
  var last = 0;
  var match;
  while ((match = marker.exec(text))) {
    node.appendChild(document.createTextNode(text.slice(last, match.index)));
    node.appendChild(el("mark", {className: "av-placeholder", text: match[0]}));
    last = match.index + match[0].length;
  }
  node.appendChild(document.createTextNode(text.slice(last)));
}

function toggleGroup(id, legend, options, selected, action) {
  var group = el("div", {className: "av-composer__toggles", role: "group", "aria-labelledby": id});
  options.forEach(function (option) {
    group.appendChild(el("button", {type: "button", className: "av-composer__toggle", "data-action": action,
      "data-value": option.id, "aria-pressed": String(option.id === selected), disabled: option.disabled,
      text: option.label}));
  });
  return el("div", {className: "av-composer__step"}, [el("p", {id: id, className: "av-composer__legend",
    text: legend}), group]);
}

export {el, clear, setText, showMarked, toggleGroup};
