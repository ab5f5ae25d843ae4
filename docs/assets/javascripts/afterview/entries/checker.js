/* The "Check your draft" page's script: the engine, the checker and the page, bundled into one file. */
import {useData} from "../data.js";
import {boot} from "../draft-checker.js";

useData(window.AFTERVIEW_DATA);
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
else boot();
