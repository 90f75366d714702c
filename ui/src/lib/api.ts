// The one typed module every call to the core goes through. Screens get a
// `Backend`, so they can be tested with a fake one. Its methods are generated
// from the core's list of commands (bindings.ts); the call itself is ipc.ts.
export type { Backend } from "./bindings";
export { tauriBackend } from "./bindings";
export { toIpcError } from "./ipc";
