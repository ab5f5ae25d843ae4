/* The composer page's script: the engine, the checker and the composer, bundled into one file. The data files
 * are found next to this script's folder (assets/javascripts/), wherever the site is served from. */
import {start} from "../composer.js";
import {useData} from "../data.js";

useData(window.AFTERVIEW_DATA, new URL("../", document.currentScript.src));
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
