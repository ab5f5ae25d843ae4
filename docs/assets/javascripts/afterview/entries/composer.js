/* The composer page's script: the engine, the checker and the composer, bundled into one file. */
import {start} from "../composer.js";
import {useData} from "../data.js";

useData(window.AFTERVIEW_DATA);
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
