/* The template list's script: the filter by situation and channel. */
import {start} from "../gallery.js";

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
