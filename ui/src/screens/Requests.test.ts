// @vitest-environment jsdom
// The rights-request register against a fake core: deadlines shown, the
// late one marked, a request recorded for a person found by name, a step
// taken, and the warning before a suppression erases someone.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Backend } from "../lib/api";
import type { PersonMatch, RightsRequest } from "../lib/bindings";
import { fakeBackend } from "../lib/fake-backend";
import Requests from "./Requests.svelte";

const request = (over: Partial<RightsRequest>): RightsRequest => ({
  id: "r1",
  receivedOn: "2026-11-01",
  requesterId: "p1",
  requesterName: "Rosa Núñez Peumo",
  subjectId: "p1",
  subjectName: "Rosa Núñez Peumo",
  right: "access",
  channel: "email",
  notes: "",
  status: "received",
  startedOn: null,
  extendedOn: null,
  extensionReason: null,
  decidedOn: null,
  decision: "",
  sentOn: null,
  dueOn: "2026-12-01",
  urgency: "overdue",
  ...over,
});

const ROSA: PersonMatch = {
  id: "p1",
  fullName: "Rosa Núñez Peumo",
  rut: null,
  neighbourhoodName: "Pehuén",
  organizationName: null,
  forumsAttended: 3,
};

function requestsScreen(calls: Partial<Backend>) {
  const navigate = vi.fn();
  render(Requests, { backend: fakeBackend(calls), navigate });
  return navigate;
}

const text = (element: Element) => element.textContent?.replace(/\s+/g, " ").trim() ?? "";

beforeEach(() => localStorage.clear());

describe("the requests screen", () => {
  it("shows each deadline, the late one marked", async () => {
    requestsScreen({
      listRequests: vi.fn(async () => [
        request({}),
        request({ id: "r2", urgency: "due_this_week", dueOn: "2026-12-07", right: "blocking" }),
      ]),
    });
    const items = await screen.findAllByTestId("request-item");
    expect(items[0].classList.contains("overdue")).toBe(true);
    expect(text(within(items[0]).getByTestId("request-due"))).toBe("Vencida el 01-12-2026");
    expect(text(within(items[1]).getByTestId("request-due"))).toBe("Vence el 07-12-2026");
    expect(items[1].classList.contains("overdue")).toBe(false);
  });

  it("records a request about a person found by name, asked by herself", async () => {
    const recordRequest = vi.fn(async () => request({ id: "new", urgency: "on_time", status: "received" }));
    requestsScreen({
      listRequests: vi.fn(async () => []),
      searchPeople: vi.fn(async () => [ROSA]),
      recordRequest,
    });
    await fireEvent.click(await screen.findByTestId("request-new"));
    await fireEvent.input(screen.getByTestId("request-received-on"), { target: { value: "01-11-2026" } });
    await fireEvent.input(screen.getByTestId("request-subject-search"), { target: { value: "rosa" } });
    await screen.findByRole("option", { name: "Rosa Núñez Peumo · Pehuén" });
    await fireEvent.change(screen.getByTestId("request-subject"), { target: { value: "p1" } });
    await fireEvent.click(screen.getByTestId("request-save"));
    await waitFor(() => expect(recordRequest).toHaveBeenCalled());
    expect(recordRequest.mock.calls[0]).toEqual([
      expect.objectContaining({ receivedOn: "01-11-2026", subjectId: "p1", requesterId: "p1", right: "access" }),
    ]);
  });

  it("asks who asked when no person is chosen, without calling the core", async () => {
    const recordRequest = vi.fn();
    requestsScreen({ listRequests: vi.fn(async () => []), recordRequest });
    await fireEvent.click(await screen.findByTestId("request-new"));
    await fireEvent.click(screen.getByTestId("request-save"));
    expect(text(await screen.findByTestId("field-error"))).toBe("Elija a la persona que lo pidió o escriba su nombre.");
    expect(recordRequest).not.toHaveBeenCalled();
  });

  it("warns before answering a suppression erases the person, and shows the core's refusal next to the date", async () => {
    const decideRequest = vi.fn(async () =>
      Promise.reject({ code: "invalid", messageKey: "error-date-in-future", details: { field: "on" } }),
    );
    requestsScreen({ listRequests: vi.fn(async () => [request({ right: "suppression" })]), decideRequest });
    await fireEvent.click(await screen.findByTestId("request-open"));
    await fireEvent.click(screen.getByTestId("request-answer"));
    expect(text(screen.getByTestId("request-erase-warning"))).toContain("suprime a Rosa Núñez Peumo");
    expect(text(screen.getByTestId("request-step-save"))).toBe("Suprimir y responder");
    await fireEvent.click(screen.getByTestId("request-step-save"));
    expect(text(await screen.findByTestId("field-error"))).toBe("La fecha del paso no puede ser posterior a hoy: registre solo lo que ya ocurrió.");
    expect((decideRequest.mock.calls[0] as unknown[])[1]).toBe("answered");
  });
});
