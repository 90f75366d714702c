import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";
import { tauriBackend } from "./lib/api";
import { applyPreferences } from "./lib/preferences.svelte";
import { PAGE } from "./screens/ForumList.svelte";

// Asked before the first screen is drawn, both at once: this laptop's
// preferences (so the page never shows in another language or theme first)
// and the forum list's first page (drawn in the first layout, not in a second one).
const [chosen, forums] = await Promise.all([
  tauriBackend.getPreferences().catch(() => null),
  tauriBackend.listForumPage(PAGE, 0).catch(() => null),
]);
if (chosen) applyPreferences(chosen);
const target = document.getElementById("app");
if (target) mount(App, { target, props: { backend: tauriBackend, firstForums: forums } });
