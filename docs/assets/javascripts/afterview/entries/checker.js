/* The "Check your draft" page's script: the engine, the checker and the page, bundled into one file. The data
 * files are found next to this script's folder (assets/javascripts/), wherever the site is served from. */
import {useData} from "../data.js";
import {boot} from "../draft-checker.js";

useData(window.AFTERVIEW_DATA, new URL("../", document.currentScript.src));
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
else boot();
