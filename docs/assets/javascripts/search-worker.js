/* Material's search worker, with each typed question rewritten before it is searched.
 *
 * Material matches every typed word as the start of a word in the pages, unstemmed. People type
 * "rejected", "offered", "mail", "cv", "spelt" or "seperate" where the pages say "rejection",
 * "offer", "email", "resume", "spelled" and "separate". The rewrite, word by word:
 * - a word the pages never use becomes the one they use (UK, Indian and US English, texting, a few
 *   common misspellings);
 * - a long word loses an ending ("-ed", "-ing", "-ction", "-ly") so that it finds the other forms of the
 *   same word ("rejected" finds "rejection", "offered" finds "offer");
 * - a word of one or two letters, once the next word is begun, and the commonest words of the titles
 *   are matched whole.
 * Nothing leaves the browser. The message is changed before Material's own handler reads it, so
 * this listener must be added before Material's worker is loaded. */
/* global importScripts */
(function () {
  "use strict";

  // Material's message type for a query (SearchMessageType.QUERY).
  const QUERY_MESSAGE = 2;

  const SAME_WORD = new Map(
    Object.entries({
      // Other words for what the pages call it
      mail: "email",
      mails: "email",
      emailed: "email",
      cv: "resume",
      "résumé": "resume",
      zoom: "video",
      teams: "video",
      virtual: "video",
      asynchronous: "one-way",
      async: "one-way",
      whatsapp: "text",
      sms: "text",
      texting: "text",
      revert: "reply",
      respond: "reply",
      responded: "reply",
      ghosting: "ghosted",
      bombed: "badly",
      blew: "badly",
      messed: "badly",
      screwed: "badly",
      tanked: "badly",
      awful: "badly",
      terrible: "badly",
      disaster: "badly",
      autocorrect: "typo",
      autocorrected: "typo",
      spelt: "misspell",
      spelled: "misspell",
      recruitment: "recruiter agency",
      referee: "reference",
      referees: "reference",
      wfh: "home remote",
      pto: "vacation",
      hired: "job",
      sent: "sent send",
      withdrew: "withdr",
      withdrawn: "withdr",
      withdrawing: "withdr",
      renege: "back out",
      reneged: "back out",
      reneging: "back out",
      orally: "verbal",
      maam: "madam",
      male: "man~0",
      female: "woman~0",
      mam: "madam",
      id: "address",
      ids: "address",
      lowball: "low",
      lowballed: "low",
      undersold: "low",
      pushy: "forward",
      timezone: "time zone",
      timezones: "time zone",
      // UK spellings
      apologise: "apologize",
      apologising: "apologize",
      organisation: "organization",
      personalise: "personalize",
      personalised: "personalize",
      organised: "organize",
      organized: "organize",
      straight: "right",
      til: "until",
      till: "until",
      reckon: "",
      // Texting
      thx: "thank",
      thnx: "thank",
      thanku: "thank",
      thankyou: "thank",
      ty: "thank",
      wk: "week",
      wks: "week",
      pls: "",
      plz: "",
      u: "",
      ur: "",
      // Common misspellings
      seperate: "separate",
      seperately: "separate",
      recieve: "receive",
      recieved: "receive",
      interveiw: "interview",
      intervew: "interview",
      inteview: "interview",
      intervewed: "interview",
      interviwer: "interview",
      recuiter: "recruit",
      recrutier: "recruit",
      recruter: "recruit",
      wierd: "weird",
      adress: "address",
      salery: "salary",
      calender: "calendar",
      refrence: "reference",
      collegue: "colleague",
      proffesional: "professional",
      profesional: "professional",
      definately: "definitely",
      tommorow: "tomorrow",
      tomorow: "tomorrow",
    }),
  );

  // Endings taken off a long typed word, with the shortest stem each leaves.
  const ENDINGS = [
    ["ied", "", 4],
    ["ing", "", 4],
    ["ed", "", 4],
    ["ction", "ct", 4],
    ["ly", "", 5],
  ];
  // A word of one or two letters is matched whole, not as the start of longer words ("hi" is not
  // "hit" or "hiring", "dr" is not "draft"), unless it is the last word and may still be typed on.
  const SHORT_WORD = /^[A-Za-z]{1,2}$/;
  // Words in nearly every title are matched whole too: as the start of a word they would also find
  // their rare forms ("interviewing", "sending", "thanking"), which Lunr scores as rare words, so a
  // title with one of those would outrank the title that answers the question.
  const COMMON_WORDS = new Set(["interview", "thank", "send", "note", "email"]);
  // Words that end like an inflection but are not one.
  const WHOLE_WORDS = new Set(["evening", "morning", "nothing", "something", "anything", "everything", "during"]);

  /** The typed word as the pages would spell it, or its stem if it is a long word with an ending. */
  function rewriteWord(word) {
    const lower = word.toLowerCase();
    if (SAME_WORD.has(lower)) return SAME_WORD.get(lower);
    if (!/^[a-z]+$/.test(lower) || WHOLE_WORDS.has(lower)) return word;
    for (const [ending, replacement, shortest] of ENDINGS) {
      if (lower.endsWith(ending) && lower.length - ending.length >= shortest) {
        let stem = lower.slice(0, -ending.length) + replacement;
        // "getting" -> "get", "stopped" -> "stop"
        if (ending !== "ied" && /([b-df-hj-np-tv-z])\1$/.test(stem) && !/(ll|ss)$/.test(stem)) stem = stem.slice(0, -1);
        return COMMON_WORDS.has(stem) ? `${stem}~0` : stem;
      }
    }
    return word;
  }

  /** The typed query, word by word, in the words the pages use; quotes and Lunr operators kept. */
  function rewriteQuery(query) {
    const parts = query.split(/(\s+)/);
    return parts
      .map((part, index) => {
        const lower = part.toLowerCase();
        if (COMMON_WORDS.has(lower)) return `${lower}~0`;
        if (SHORT_WORD.test(part) && index < parts.length - 1 && !SAME_WORD.has(lower)) return `${part}~0`;
        const match = /^([^A-Za-zÀ-ÿ]*)([A-Za-zÀ-ÿ]+)((?:['’]s)?[^A-Za-zÀ-ÿ]*)$/.exec(part);
        if (!match || /^[+\-~^]/.test(match[1]) || /[~^*:]/.test(match[3])) return part;
        return match[1] + rewriteWord(match[2]) + match[3];
      })
      .join("");
  }

  addEventListener("message", (event) => {
    const message = event.data;
    if (message && message.type === QUERY_MESSAGE && typeof message.data === "string") {
      message.data = rewriteQuery(message.data);
    }
  });

  // Opened from files, the worker runs as a script in a hidden frame (the iframe-worker shim), whose
  // location is the page's, not the script's. The page names Material's worker (?material=...).
  const here = typeof document !== "undefined" && document.currentScript ? document.currentScript.src : self.location.href;
  const material = (new URL(here).searchParams.get("material") || "").split("?")[0];
  if (/^search\.[\w.]+\.js$/.test(material)) importScripts(new URL(`workers/${material}`, here).href);
})();
