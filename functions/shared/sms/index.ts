// The SMS sender shared by the SCF functions (verification codes, bulk greetings).
export * from "./credentials";
export * from "./gateway";
export * from "./sender";
export { routeForEndpoint, defaultSmsApiHost } from "./endpoint-route";
