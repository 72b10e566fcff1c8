// ESLint flat config: one dialect for every script of the site, ES2020 in classic scripts
// (no modules: they do not load from file://), each file an IIFE with "use strict", one
// global of our own (window.HB) beside Material's document$.
"use strict";

const js = require("@eslint/js");
const globals = require("globals");

module.exports = [
  {
    ignores: [
      "node_modules/**", "site/**", "build/**", "dist/**", ".venv/**", ".cache/**",
      "docs/assets/javascripts/vendor/**",   // npm releases, unchanged (vendor/vendored.json)
      "tests/unit/fixtures/**",              // text for the checks of the words, never run
    ],
  },
  js.configs.recommended,
  {
    files: ["docs/assets/javascripts/**/*.js"],
    languageOptions: {
      ecmaVersion: 2020,
      sourceType: "script",
      globals: {
        ...globals.browser,
        HB: "writable",          // the site's one global, window.HB (hb-core.js)
        document$: "readonly",   // Material's page observable
      },
    },
    rules: {
      strict: ["error", "function"],
      "no-var": "error",
      "prefer-const": "error",
      "no-implicit-globals": "error",
      "prefer-arrow-callback": "error",
      "arrow-body-style": ["error", "as-needed"],
      // The build minifies our scripts with rjsmin, which takes the spaces out of a template
      // literal inside another one ("3 uur30 minuten"): one level of template literals only
      "no-restricted-syntax": ["error", {
        selector: "TemplateLiteral TemplateLiteral",
        message: "No template literal inside another: rjsmin, which minifies the built site, breaks it.",
      }],
    },
  },
  {
    files: ["eslint.config.js", "tests/js/**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: { ...globals.node },
    },
  },
];
