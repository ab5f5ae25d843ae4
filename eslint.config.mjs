// ESLint for the browser code (ES modules, bundled per page by esbuild; the search worker is a classic script)
// and its Node unit tests.
import js from "@eslint/js";
import globals from "globals";

export default [
  {ignores: ["site/", "site-*/", "build/", "dist/", "node_modules/", "afterview-offline/", "docs/assets/javascripts/afterview-data.js", "docs/assets/javascripts/vendor/",
    "docs/assets/javascripts/bundles/"]},
  js.configs.recommended,
  {
    files: ["docs/assets/javascripts/**/*.js", "examples/**/*.js"],
    languageOptions: {ecmaVersion: 2020, sourceType: "script", globals: {...globals.browser}},
    rules: {
      "no-var": "off",
      "eqeqeq": ["error", "always", {null: "ignore"}],
      "no-unused-vars": ["error", {args: "none", caughtErrors: "none"}],
      "no-implicit-globals": "error",
      "strict": ["error", "function"],
      // Python's whitespace class, mirrored on purpose, includes control characters.
      "no-control-regex": "off",
    },
  },
  {
    files: ["docs/assets/javascripts/afterview/**/*.js"],
    languageOptions: {sourceType: "module"},
    rules: {"strict": "off"},
  },
  {
    files: ["tests/js/**/*.mjs", "eslint.config.mjs"],
    languageOptions: {ecmaVersion: 2022, sourceType: "module", globals: {...globals.node}},
  },
];
