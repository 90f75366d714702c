// @vitest-environment jsdom
// The forum list and the new-forum form, against a fake core.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { tick } from "svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Forum, ForumDraft, ForumPage, ForumSummary, IpcError, PersonFilter, PersonRow } from "../lib/bindings";
import { fakeBackend } from "../lib/fake-backend";
import { typedDate } from "../lib/format";
import ForumForm from "./ForumForm.svelte";
import ForumList from "./ForumList.svelte";
import { applyPreferences, DEFAULT_PREFERENCES } from "../lib/preferences.svelte";

const SUMMARY: ForumSummary = {
  id: "f2",
  kind: "childrens_roundtable",
  title: "Mesa de niñas, niños y adolescentes",
  startsAt: "2026-10-28T11:00:00",
  place: "Plaza Portal del Sol",
  neighbourhoodName: "Portal del Sol",
  attendeeCount: 7,
};

const COMMITMENTS = [
  { id: "c1", number: 1, title: "Planes de barrio", leadDirectorate: "SECPLA", description: "" },
  { id: "c3", number: 3, title: "Juntos enfrentamos los microbasurales", leadDirectorate: "DAOGA", description: "" },
];

beforeEach(() => localStorage.clear());

describe("the forum list", () => {
  it("shows each forum's date, time, kind, title, place, neighbourhood and attendance; a row opens the desk", async () => {
    const navigate = vi.fn();
    render(ForumList, { backend: fakeBackend({ listForumPage: async () => ({ forums: [SUMMARY], total: 1 }) }), navigate });
    const row = await screen.findByTestId("forum-row");
    const text = row.textContent?.replace(/\s+/g, " ") ?? "";
    for (const part of ["28-10-2026", "11:00", "Mesa de niñas, niños y adolescentes", "Plaza Portal del Sol · Portal del Sol", "7 asistentes"]) {
      expect(text).toContain(part);
    }
    expect(row.tagName).toBe("BUTTON");
    await fireEvent.click(row);
    expect(navigate).toHaveBeenCalledWith({ name: "desk", forumId: "f2" });
    await fireEvent.click(screen.getByTestId("new-forum"));
    expect(navigate).toHaveBeenLastCalledWith({ name: "forum-new" });
  });

  it("draws the page asked for at start at once, without asking again", async () => {
    const listForumPage = vi.fn(async () => ({ forums: [], total: 0 }) as ForumPage);
    render(ForumList, { backend: fakeBackend({ listForumPage }), navigate: vi.fn(), given: { forums: [SUMMARY], total: 1 } });
    // In the first render, not after an answer: the start's first layout holds the rows.
    expect(screen.getAllByTestId("forum-row")).toHaveLength(1);
    await tick(); // effects have run
    expect(listForumPage).not.toHaveBeenCalled();
  });

  it("asks the core for the newest 25 forums, and for the earlier ones a page at a time", async () => {
    const all = Array.from({ length: 60 }, (_, i) => ({ ...SUMMARY, id: `f${i}`, title: `Foro ${i}` }));
    const asked: [number, number][] = [];
    const listForumPage = async (limit: number, offset: number) => {
      asked.push([limit, offset]);
      return { forums: all.slice(offset, offset + limit), total: all.length };
    };
    render(ForumList, { backend: fakeBackend({ listForumPage }), navigate: vi.fn() });
    await screen.findAllByTestId("forum-row");
    expect(screen.getAllByTestId("forum-row")).toHaveLength(25);
    expect(screen.getAllByTestId("forum-row")[0].textContent).toContain("Foro 0");
    await fireEvent.click(screen.getByTestId("forums-more"));
    await waitFor(() => expect(screen.getAllByTestId("forum-row")).toHaveLength(50));
    expect(screen.getByTestId("forums-more").textContent?.trim()).toBe("Mostrar 10 foros anteriores");
    await fireEvent.click(screen.getByTestId("forums-more"));
    await waitFor(() => expect(screen.getAllByTestId("forum-row")).toHaveLength(60));
    expect(screen.queryByTestId("forums-more")).toBeNull();
    expect(asked).toEqual([[25, 0], [25, 25], [25, 50]]);
  });

  it("lists once a forum that moved into the next page since (one added meanwhile)", async () => {
    const first = Array.from({ length: 25 }, (_, i) => ({ ...SUMMARY, id: `f${i}`, title: `Foro ${i}` }));
    const next = [first[24], { ...SUMMARY, id: "f25", title: "Foro 25" }];
    render(ForumList, {
      backend: fakeBackend({ listForumPage: async () => ({ forums: next, total: 27 }) }),
      navigate: vi.fn(),
      given: { forums: first, total: 26 },
    });
    await fireEvent.click(screen.getByTestId("forums-more"));
    await waitFor(() => expect(screen.getAllByTestId("forum-row")).toHaveLength(26));
    expect(screen.getAllByText("Foro 24")).toHaveLength(1);
    expect(screen.getByTestId("forums-more").textContent?.trim()).toBe("Mostrar 1 foro anterior");
  });

  it("keeps the rows it has when a later page cannot be read, and says why", async () => {
    render(ForumList, {
      backend: fakeBackend({
        listForumPage: async () => Promise.reject({ code: "storage", messageKey: "error-storage", details: {} }),
      }),
      navigate: vi.fn(),
      given: { forums: [SUMMARY], total: 2 },
    });
    await fireEvent.click(screen.getByTestId("forums-more"));
    expect((await screen.findByTestId("error-message")).textContent).toContain("No se pudo guardar");
    expect(screen.getAllByTestId("forum-row")).toHaveLength(1);
  });

  it("says why it cannot list, translated", async () => {
    render(ForumList, {
      backend: fakeBackend({ listForumPage: async () => Promise.reject({ code: "storage", messageKey: "error-storage", details: {} }) }),
      navigate: vi.fn(),
    });
    expect((await screen.findByTestId("error-message")).textContent).toContain("No se pudo guardar");
  });
});

function form(createForum: (draft: ForumDraft) => Promise<Forum>) {
  const navigate = vi.fn();
  const create = vi.fn(createForum);
  render(ForumForm, {
    backend: fakeBackend({
      listNeighbourhoods: async () => [{ id: "n1", name: "Maipú Centro", sectorCode: null }],
      listCommitments: async () => COMMITMENTS,
      createForum: create,
    }),
    navigate,
    forumId: null,
  });
  return { navigate, create };
}

describe("the new-forum form", () => {
  it("starts today, lists the commitments as 'N. title — DIRECTORATE', and keeps what is typed", async () => {
    form(async () => Promise.reject(new Error("not called")));
    expect((screen.getByTestId("forum-date") as HTMLInputElement).value).toBe(typedDate(new Date()));
    expect(screen.getByTestId("forum-date").getAttribute("placeholder")).toBe("dd-mm-aaaa");
    await waitFor(() => expect(screen.getAllByTestId("forum-commitment")).toHaveLength(2));
    const labels = screen.getAllByTestId("forum-commitment").map((box) => box.closest("label")?.textContent?.trim());
    expect(labels).toEqual(["1. Planes de barrio — SECPLA", "3. Juntos enfrentamos los microbasurales — DAOGA"]);
    await fireEvent.input(screen.getByTestId("forum-title"), { target: { value: "Foro en Maipú" } });
    expect(JSON.parse(localStorage.getItem("draft:forum-new") ?? "{}").title).toBe("Foro en Maipú");
  });

  it("shows the core's error next to its field, translated", async () => {
    const invalid: IpcError = { code: "invalid", messageKey: "error-date-format", details: { field: "date" } };
    form(async () => Promise.reject(invalid));
    await fireEvent.input(screen.getByTestId("forum-date"), { target: { value: "31-02-2026" } });
    await fireEvent.click(screen.getByTestId("forum-save"));
    const error = await screen.findByTestId("field-error");
    expect(error.textContent).toBe("La fecha no es válida. Escríbala como 24-11-2026.");
    expect(screen.getByTestId("forum-date").getAttribute("aria-describedby")).toBe(error.id);
    expect(screen.queryByTestId("error-message")).toBeNull();
  });

  it("shows an error about a field it has no place for in the banner, never swallowed", async () => {
    form(async () => Promise.reject({ code: "invalid", messageKey: "error-too-long", details: { field: "facilitators", max: "200" } }));
    await fireEvent.click(screen.getByTestId("forum-save"));
    expect((await screen.findByTestId("error-message")).textContent).toBe("Es demasiado largo: como máximo 200 caracteres.");
  });

  it("sends the draft as typed, forgets it once saved, and goes to the new forum's desk", async () => {
    const { navigate, create } = form(async (draft) => ({
      id: "new",
      kind: draft.kind,
      title: draft.title,
      startsAt: "2026-11-24T18:30:00",
      place: draft.place,
      neighbourhoodId: draft.neighbourhoodId,
      neighbourhoodName: null,
      commitmentIds: draft.commitmentIds,
      invitation: draft.invitation,
      agenda: draft.agenda,
      minutes: "",
    }));
    await waitFor(() => expect(screen.getAllByTestId("forum-commitment")).toHaveLength(2));
    await fireEvent.change(screen.getByTestId("forum-kind"), { target: { value: "consultation" } });
    await fireEvent.input(screen.getByTestId("forum-title"), { target: { value: "Consulta de la Señora Núñez" } });
    await fireEvent.input(screen.getByTestId("forum-date"), { target: { value: "24-11-2026" } });
    await fireEvent.input(screen.getByTestId("forum-time"), { target: { value: "18:30" } });
    await fireEvent.input(screen.getByTestId("forum-place"), { target: { value: "Plaza de Maipú" } });
    await fireEvent.change(screen.getByTestId("forum-neighbourhood"), { target: { value: "n1" } });
    await fireEvent.click(screen.getAllByTestId("forum-commitment")[1]);
    await fireEvent.change(screen.getByTestId("forum-invitation"), { target: { value: "random_invitation" } });
    await fireEvent.click(screen.getByTestId("forum-save"));

    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ name: "desk", forumId: "new" }));
    expect(create).toHaveBeenCalledWith({
      kind: "consultation",
      title: "Consulta de la Señora Núñez",
      date: "24-11-2026",
      time: "18:30",
      place: "Plaza de Maipú",
      neighbourhoodId: "n1",
      commitmentIds: ["c3"],
      invitation: "random_invitation",
      agenda: "",
      minutes: "",
    });
    expect(localStorage.getItem("draft:forum-new")).toBeNull();
  });

  it("says the title's limit, does not cut a pasted title, and clears the error once the title is corrected", async () => {
    const long = "Foro ".repeat(45).trim();
    const invalid: IpcError = { code: "invalid", messageKey: "error-too-long", details: { field: "title", max: "200" } };
    form(async () => Promise.reject(invalid));
    const title = screen.getByTestId("forum-title") as HTMLInputElement;
    expect(title.maxLength).toBe(-1);
    expect(screen.getAllByTestId("length-hint")[0].textContent?.trim()).toBe("Hasta 200 caracteres.");
    await fireEvent.input(title, { target: { value: long } });
    expect(screen.getAllByTestId("length-hint")[0].textContent?.trim()).toBe("224 de 200 caracteres como máximo.");
    await fireEvent.click(screen.getByTestId("forum-save"));
    expect((await screen.findByTestId("field-error")).textContent).toBe("Es demasiado largo: como máximo 200 caracteres.");
    await fireEvent.input(title, { target: { value: "Foro en Maipú" } });
    expect(screen.queryByTestId("field-error")).toBeNull();
  });

  it("makes the leader named in Configuración the facilitator of the forum, when a driving-group member", async () => {
    applyPreferences({ ...DEFAULT_PREFERENCES, leaderName: "rosa nunez  peumo" });
    const setFacilitators = vi.fn(async () => ({}) as never);
    const listPeople = vi.fn(async (_filter: PersonFilter, _limit: number, _offset: number): Promise<PersonRow[]> => [
      { id: "p-other", fullName: "Rosa Núñez", rut: null, neighbourhoodName: null, organizationName: null, ageBand: null, isDrivingGroup: true, forumsAttended: 3, lastSeen: null, blocked: false, needsReview: false },
      { id: "p-rosa", fullName: "Rosa Núñez Peumo", rut: null, neighbourhoodName: null, organizationName: null, ageBand: null, isDrivingGroup: true, forumsAttended: 9, lastSeen: null, blocked: false, needsReview: false },
    ]);
    const navigate = vi.fn();
    render(ForumForm, {
      backend: fakeBackend({
        listNeighbourhoods: async () => [],
        listCommitments: async () => COMMITMENTS,
        createForum: async () => ({ id: "new" }) as Forum,
        listPeople,
        setFacilitators,
      }),
      navigate,
      forumId: null,
    });
    expect(screen.getByTestId("forum-facilitator").textContent).toContain("rosa nunez  peumo");
    await fireEvent.input(screen.getByTestId("forum-title"), { target: { value: "Foro en Maipú" } });
    await fireEvent.click(screen.getByTestId("forum-save"));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith({ name: "desk", forumId: "new" }));
    expect(listPeople.mock.calls[0][0]).toMatchObject({ text: "rosa nunez  peumo", drivingGroupOnly: true });
    expect(setFacilitators).toHaveBeenCalledWith("new", ["p-rosa"]);
    applyPreferences(DEFAULT_PREFERENCES);
  });
});
