import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";
import { parsedCatalogues } from "./fluent-catalogues";

// The Fluent catalogues live in ../assets, shared with the Rust side.
export default defineConfig(({ mode }) => ({
  base: "./",
  plugins: [parsedCatalogues(), svelte(), svelteTesting()],
  server: { fs: { allow: [".."] } },
  build: { target: "es2022", outDir: "dist", emptyOutDir: true },
  // Screens are tested with Svelte's browser runtime (in jsdom, per test file).
  resolve: mode === "test" ? { conditions: ["browser"] } : undefined,
  test: { environment: "node", include: ["src/**/*.test.ts"] },
}));
