/* Afterview send formats: mailto links (RFC 6068), web-mail compose links, .eml files (RFC 5322/2045/2047),
   .ics reminders (RFC 5545). Pure string builders; the page turns their output into links and downloads. */

var CRLF = "\r\n";
var HEX = "0123456789ABCDEF";
var DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
var QP_LINE_LIMIT = 76;
var ICS_LINE_OCTETS = 75;
var ENCODED_WORD_BYTES = 39;

function withCrlf(text) {
  return String(text).replace(/\r\n?|\n/g, CRLF);
}

function utf8(text) {
  return Array.prototype.slice.call(new TextEncoder().encode(text));
}

function pad(number, width) {
  var text = String(number);
  while (text.length < (width || 2)) text = "0" + text;
  return text;
}

/* mailto: with optional recipient, subject and body; every reserved byte percent-encoded. */
function mailtoUrl(to, subject, body) {
  var address = encodeURIComponent((to || "").trim()).replace(/%40/g, "@");
  var query = [];
  if (subject) query.push("subject=" + encodeURIComponent(subject));
  if (body) query.push("body=" + encodeURIComponent(withCrlf(body)));
  return "mailto:" + address + (query.length ? "?" + query.join("&") : "");
}

function query(pairs) {
  return Object.keys(pairs).filter(function (key) { return pairs[key]; }).map(function (key) {
    return key + "=" + encodeURIComponent(pairs[key]);
  }).join("&");
}

/* Gmail's compose window in the browser, filled in; nothing is sent until the reader presses Send there. */
function gmailUrl(to, subject, body) {
  return "https://mail.google.com/mail/?" + query({view: "cm", fs: "1", to: (to || "").trim(), su: subject,
    body: body});
}

/* Outlook on the web's compose window (work, school and personal accounts), filled in. */
function outlookUrl(to, subject, body) {
  return "https://outlook.office.com/mail/deeplink/compose?" + query({to: (to || "").trim(), subject: subject,
    body: body});
}

function isAscii(text) {
  return /^[\x20-\x7e]*$/.test(text);
}

/* Chunks of a string, each at most `limit` UTF-8 bytes, never splitting a character. */
function utf8Chunks(text, limit) {
  var chunks = [];
  var current = "";
  var size = 0;
  Array.from(text).forEach(function (character) {
    var bytes = new TextEncoder().encode(character).length;
    if (size + bytes > limit && current) {
      chunks.push(current);
      current = "";
      size = 0;
    }
    current += character;
    size += bytes;
  });
  if (current) chunks.push(current);
  return chunks;
}

function base64(text) {
  var binary = "";
  utf8(text).forEach(function (byte) { binary += String.fromCharCode(byte); });
  return btoa(binary);
}

/* A header value: plain when it is short ASCII, else RFC 2047 encoded words on folded lines. */
function headerValue(text) {
  var flat = String(text).replace(/[\r\n]+/g, " ");
  if (isAscii(flat) && flat.length <= 900) return flat;
  return utf8Chunks(flat, ENCODED_WORD_BYTES).map(function (chunk) {
    return "=?UTF-8?B?" + base64(chunk) + "?=";
  }).join(CRLF + " ");
}

function qpLine(line) {
  var tokens = utf8(line).map(function (byte, index, bytes) {
    var last = index === bytes.length - 1;
    var plain = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
    return plain ? String.fromCharCode(byte) : "=" + HEX[byte >> 4] + HEX[byte & 15];
  });
  var lines = [];
  var current = "";
  tokens.forEach(function (token) {
    if (current.length + token.length > QP_LINE_LIMIT - 1) {
      lines.push(current + "=");
      current = "";
    }
    current += token;
  });
  lines.push(current);
  return lines.join(CRLF);
}

/* Quoted-printable (RFC 2045) of UTF-8 text with CRLF line breaks. */
function quotedPrintable(text) {
  return withCrlf(text).split(CRLF).map(qpLine).join(CRLF);
}

function rfc5322Date(date) {
  var offset = -date.getTimezoneOffset();
  var sign = offset >= 0 ? "+" : "-";
  offset = Math.abs(offset);
  return DAYS[date.getDay()] + ", " + date.getDate() + " " + MONTHS[date.getMonth()] + " " + date.getFullYear()
    + " " + pad(date.getHours()) + ":" + pad(date.getMinutes()) + ":" + pad(date.getSeconds())
    + " " + sign + pad(Math.floor(offset / 60)) + pad(offset % 60);
}

function address(text) {
  var flat = (text || "").replace(/[\r\n<>,;"]/g, "").trim();
  return flat;
}

/* A draft email message: open it in a mail app (X-Unsent asks Outlook to open it for sending). */
function emlMessage(message) {
  var headers = [];
  var from = address(message.from);
  var to = address(message.to);
  if (from) headers.push("From: " + from);
  if (to) headers.push("To: " + to);
  headers.push("Subject: " + headerValue(message.subject || ""));
  headers.push("Date: " + rfc5322Date(message.date || new Date()));
  headers.push("X-Unsent: 1");
  headers.push("MIME-Version: 1.0");
  headers.push("Content-Type: text/plain; charset=UTF-8");
  headers.push("Content-Transfer-Encoding: quoted-printable");
  return headers.join(CRLF) + CRLF + CRLF + quotedPrintable(message.body || "") + CRLF;
}

/* TEXT value escaping of RFC 5545 section 3.3.11. */
function icsText(text) {
  return String(text).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,")
    .replace(/\r\n?|\n/g, "\\n");
}

/* Fold a content line at 75 octets, never inside a UTF-8 character. */
function foldLine(line) {
  var chunks = utf8Chunks(line, ICS_LINE_OCTETS);
  if (chunks.length <= 1) return line;
  var folded = [chunks[0]];
  utf8Chunks(chunks.slice(1).join(""), ICS_LINE_OCTETS - 1).forEach(function (chunk) {
    folded.push(" " + chunk);
  });
  return folded.join(CRLF);
}

function icsDate(date) {
  return date.getFullYear() + pad(date.getMonth() + 1) + pad(date.getDate());
}

function icsLocalTime(date) {
  return icsDate(date) + "T" + pad(date.getHours()) + pad(date.getMinutes()) + "00";
}

function icsUtc(date) {
  return date.getUTCFullYear() + pad(date.getUTCMonth() + 1) + pad(date.getUTCDate()) + "T"
    + pad(date.getUTCHours()) + pad(date.getUTCMinutes()) + pad(date.getUTCSeconds()) + "Z";
}

/*
 * One reminder event: {uid, stamp (Date), start (Date), allDay, summary, description}.
 * All-day reminders ring at 09:00 on the day; timed ones at their start (floating local time).
 */
function icsEvent(event) {
  var lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Afterview//Composer//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    "UID:" + event.uid,
    "DTSTAMP:" + icsUtc(event.stamp || new Date()),
  ];
  if (event.allDay) {
    lines.push("DTSTART;VALUE=DATE:" + icsDate(event.start));
    lines.push("DTEND;VALUE=DATE:" + icsDate(new Date(event.start.getFullYear(), event.start.getMonth(),
      event.start.getDate() + 1)));
  } else {
    lines.push("DTSTART:" + icsLocalTime(event.start));
    lines.push("DURATION:PT15M");
  }
  lines.push("SUMMARY:" + icsText(event.summary));
  if (event.description) lines.push("DESCRIPTION:" + icsText(event.description));
  lines.push("TRANSP:TRANSPARENT");
  lines.push("BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + icsText(event.summary),
    "TRIGGER:" + (event.allDay ? "PT9H" : "PT0M"), "END:VALARM");
  lines.push("END:VEVENT", "END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/* A short stable hash (FNV-1a) for reminder UIDs, so a re-download updates the same event. */
function shortHash(text) {
  var hash = 0x811c9dc5;
  utf8(text).forEach(function (byte) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  });
  return hash.toString(16);
}

/* Characters as LinkedIn counts them: what the reader sees, so an emoji or an accented letter is one. */
function characterCount(text) {
  return Array.from(String(text)).length;
}

/* A shorter note for a LinkedIn connection request: greeting and sign-off whole, the first sentence of
   every paragraph between them. */
function shortVersion(text) {
  var paragraphs = String(text).trim().split(/\n[ \t]*\n+/);
  return paragraphs.map(function (paragraph, index) {
    if (index === 0 || index === paragraphs.length - 1) return paragraph.trim();
    var first = /^[\s\S]*?[.!?](?=\s|$)/.exec(paragraph.trim());
    return first ? first[0] : paragraph.trim();
  }).join("\n\n");
}

/* A safe download file name from free text. */
function fileName(text, extension) {
  var base = String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return (base || "note") + "." + extension;
}

export {mailtoUrl, gmailUrl, outlookUrl, headerValue, quotedPrintable, emlMessage, icsText, foldLine, icsEvent,
  shortHash, fileName, characterCount, shortVersion};
