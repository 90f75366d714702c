// @vitest-environment jsdom
// Configuración and Acerca de, against a fake core: what is saved is what the
// core was given, the page takes the themes at once, errors sit under the field.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { About, Preferences } from "../lib/bindings";
import { fakeBackend } from "../lib/fake-backend";
import { applyPreferences, DEFAULT_PREFERENCES, preferences } from "../lib/preferences.svelte";
import Settings from "./Settings.svelte";

const ABOUT: About = {
  version: "0.1.0",
  database: "/home/ana/.local/share/cl.maipu.grupomotor/grupo-motor.sqlite3",
  databaseSize: 2_621_440,
  records: { people: 1, forums: 24, attendances: 812, feedback: 96, milestones: 14, notes: 40, evidence: 3 },
  lastBackup: {
    path: "/home/ana/.local/share/cl.maipu.grupomotor/backups/grupo-motor-20261124-091500-daily.sqlite3",
    takenAt: "2026-11-24T09:15:00",
    size: 2_000_000,
    reason: "daily",
  },
  logFolder: "/home/ana/.local/share/cl.maipu.grupomotor/logs",
  dataFolder: "/home/ana/.local/share/cl.maipu.grupomotor",
};

function backendWith(stored: Preferences, save = vi.fn(async (p: Preferences) => ({ ...p, leaderName: p.leaderName.trim() }))) {
  const openDataFolder = vi.fn(async () => {});
  const backend = fakeBackend({
    getPreferences: async () => stored,
    setPreferences: save,
    about: async () => ABOUT,
    openDataFolder,
  });
  return { backend, save, openDataFolder };
}

afterEach(() => applyPreferences(DEFAULT_PREFERENCES));

describe("Configuración", () => {
  it("shows what is stored, saves every choice and applies the themes to the page", async () => {
    const { backend, save } = backendWith({ ...DEFAULT_PREFERENCES, leaderName: "Rosa Núñez" });
    render(Settings, { backend });
    const name = screen.getByTestId("settings-leader-name") as HTMLInputElement;
    await waitFor(() => expect(name.value).toBe("Rosa Núñez"));
    expect(name.maxLength).toBe(120);
    expect(screen.getByText(/Hasta 120 caracteres/)).toBeTruthy();

    await fireEvent.input(name, { target: { value: " Rosa Núñez Peumo " } });
    await fireEvent.change(screen.getByTestId("settings-paper"), { target: { value: "letter" } });
    await fireEvent.click(screen.getByTestId("settings-large-text"));
    await fireEvent.click(screen.getByTestId("settings-high-contrast"));
    await fireEvent.click(screen.getByTestId("settings-save"));

    await waitFor(() => expect(screen.getByTestId("settings-status").textContent).toBe("Guardado"));
    expect(save).toHaveBeenCalledWith({
      language: "es-CL",
      paper: "letter",
      leaderName: " Rosa Núñez Peumo ",
      largeText: true,
      highContrast: true,
    });
    expect(preferences().leaderName).toBe("Rosa Núñez Peumo");
    expect(preferences().paper).toBe("letter");
    expect(document.documentElement.dataset.theme).toBe("contrast");
    expect(document.documentElement.dataset.text).toBe("large");
  });

  it("puts a refused name's message under the field and clears it once the name is corrected", async () => {
    const refuse = vi.fn(async () => {
      throw { code: "invalid", messageKey: "error-too-long", details: { field: "leader_name", max: "120" } };
    });
    const { backend } = backendWith(DEFAULT_PREFERENCES, refuse);
    render(Settings, { backend });
    const name = screen.getByTestId("settings-leader-name");
    await fireEvent.click(screen.getByTestId("settings-save"));
    await waitFor(() => expect(screen.getByTestId("field-error")).toBeTruthy());
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(name);
    expect(document.documentElement.dataset.theme).not.toBe("contrast");
    await fireEvent.input(name, { target: { value: "Rosa" } });
    expect(screen.queryByTestId("field-error")).toBeNull();
  });
});

describe("Acerca de", () => {
  it("shows the version, the database with its size, the records, the last backup and the log folder", async () => {
    const { backend, openDataFolder } = backendWith(DEFAULT_PREFERENCES);
    render(Settings, { backend });
    await waitFor(() => expect(screen.getByTestId("about-version").textContent).toBe("0.1.0"));
    expect(screen.getByTestId("about-database").textContent).toBe(ABOUT.database);
    expect(screen.getByText(/2,5 MB/)).toBeTruthy();
    const records = screen.getByTestId("about-records").textContent ?? "";
    expect(records).toContain("Persona ·1");
    expect(records).toContain("Asistencias ·812");
    expect(screen.getByTestId("about-last-backup").textContent).toContain("24-11-2026 09:15");
    expect(screen.getByTestId("about-logs").textContent).toBe(ABOUT.logFolder);
    await fireEvent.click(screen.getByTestId("about-open-folder"));
    expect(openDataFolder).toHaveBeenCalledOnce();
  });
});
