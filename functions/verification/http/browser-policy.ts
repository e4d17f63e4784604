// The per-environment rules for browser callers, as the handler receives them from the settings:
// which origins may call (cors.ts) and whether the tutorial's GET / form requests are still
// accepted (transport-rules.ts).

export interface BrowserPolicy {
  /** Exact origins ("https://app.example.com") whose pages may call the function. */
  allowedOrigins: readonly string[];
  /** Accept GET and form POSTs for getSms/login/refresh/logout (tutorial clients). */
  legacyRequests: boolean;
  /** How long a browser may cache a preflight answer. */
  preflightMaxAgeSeconds: number;
}
