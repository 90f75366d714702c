// A Backend for tests: the calls a test gives, and a clear failure for any
// other (so a screen calling something unexpected shows up at once).
import type { Backend } from "./api";

// Calls no screen's behaviour depends on, answered unless a test gives its own.
const QUIET: Partial<Backend> = {
  uiReady: async () => {},
};

export function fakeBackend(calls: Partial<Backend>): Backend {
  return new Proxy(calls, {
    get(target, name: string) {
      const given = target[name as keyof Backend] ?? QUIET[name as keyof Backend];
      if (given) return given;
      return () => Promise.reject({ code: "unexpected", messageKey: "error-unexpected", details: { call: name } });
    },
  }) as Backend;
}
