// ESLint flat config: typescript-eslint's recommended rules (syntax-based, no type information,
// so `npm test` stays fast). Generated bindings and build output are not ours to lint.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "cdktf.out/", "coverage/", "infra/.gen/", ".bench/", ".dev-redis/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      // `_`-prefixed parameters and destructured leftovers are deliberate.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // A `let` assigned once after a closure that reads it (a listener set once listening) is fine.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // The CDK framework (cdktf today, CDK Terrain after scripts/use-cdk-terrain.mjs) is imported
    // through infra/framework.ts (and its generator through infra/bindings/binding-generator.ts) only,
    // so switching frameworks stays a change to those two modules.
    files: ["infra/**/*.ts", "test/**/*.ts", "scripts/**/*.ts", "bench/**/*.ts", "tools/**/*.ts", "examples/**/*.ts"],
    ignores: ["infra/framework.ts", "infra/bindings/binding-generator.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(cdktf|cdktn|@cdktf/[^/]+|@cdktn/[^/]+)(/|$)",
              message: "import the CDK framework through infra/framework.ts",
            },
          ],
        },
      ],
    },
  },
  {
    // Plain CommonJS files: the jest config and the bundler shims.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        module: "writable",
        require: "readonly",
        exports: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        URLSearchParams: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The dev server's login page: a plain browser script, no bundler (functions/verification/local/login-page/).
    files: ["functions/verification/local/login-page/**/*.js"],
    languageOptions: {
      sourceType: "script",
      globals: {
        window: "readonly",
        document: "readonly",
        location: "readonly",
        fetch: "readonly",
        URL: "readonly",
        AbortSignal: "readonly",
        atob: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setInterval: "readonly",
        clearInterval: "readonly",
      },
    },
  },
  {
    // Plain ES-module Node scripts (the test runner).
    files: ["**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
