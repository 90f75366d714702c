// @vitest-environment jsdom
// A person's data under Ley 21.719: the review list's reasons, a guardian's
// consent and its withdrawal, blocking and unblocking, against a fake core.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Person } from "../lib/bindings";
import { fakeBackend } from "../lib/fake-backend";
import PersonLawful from "./PersonLawful.svelte";

const PERSON: Person = {
  id: "p1",
  fullName: "Tomasa Peumo",
  rut: null,
  neighbourhoodId: null,
  neighbourhoodName: "Pehuén",
  organizationId: null,
  organizationName: null,
  ageBand: "child",
  gender: null,
  isDrivingGroup: false,
  phone: null,
  email: null,
  consentOn: null,
  consentPurpose: null,
  guardian: null,
  genderConsent: null,
  blockedOn: null,
  blocks: [],
  review: ["child_without_guardian", "gender_without_consent"],
};

function lawful(person: Person, calls: Record<string, unknown>) {
  const changed = vi.fn();
  const anonymised = vi.fn();
  render(PersonLawful, { backend: fakeBackend(calls), person, changed, anonymised });
  return { changed, anonymised };
}

beforeEach(() => localStorage.clear());

describe("a person's data under Ley 21.719", () => {
  it("lists why an old record is to review and records the guardian's consent", async () => {
    const recorded = { ...PERSON, review: [] };
    const recordGuardianConsent = vi.fn(async () => recorded);
    const { changed } = lawful(PERSON, { recordGuardianConsent });
    const review = screen.getByTestId("lawful-review").textContent ?? "";
    expect(review).toContain("Niña o niño con nombre y sin consentimiento del tutor");
    expect(review).toContain("Género registrado sin consentimiento expreso");
    await fireEvent.input(screen.getByTestId("lawful-guardian-name"), { target: { value: "Marta Peumo" } });
    await fireEvent.input(screen.getByTestId("lawful-guardian-relationship"), { target: { value: "Madre" } });
    await fireEvent.click(screen.getByTestId("lawful-guardian-save"));
    await waitFor(() => expect(changed).toHaveBeenCalledWith(recorded));
    expect(recordGuardianConsent).toHaveBeenCalledWith(
      "p1",
      expect.objectContaining({ guardianName: "Marta Peumo", relationship: "Madre", method: "signed_paper" }),
    );
  });

  it("withdrawing a child's guardian consent asks first, then the child is anonymous", async () => {
    const withGuardian: Person = {
      ...PERSON,
      review: [],
      guardian: { guardianName: "Marta Peumo", relationship: "Madre", givenOn: "2026-12-01", purpose: "Mesa", method: "in_person" },
    };
    const withdrawGuardianConsent = vi.fn(async () => null);
    const { anonymised } = lawful(withGuardian, { withdrawGuardianConsent });
    expect(screen.getByTestId("guardian-recorded").textContent).toContain("Marta Peumo (Madre) consintió el 01-12-2026, En persona: Mesa");
    await fireEvent.click(screen.getByTestId("guardian-withdraw"));
    expect(withdrawGuardianConsent).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId("guardian-withdraw-yes"));
    await waitFor(() => expect(anonymised).toHaveBeenCalled());
  });

  it("blocks with a reason and a date, and shows a lifted block in the history", async () => {
    const adult: Person = { ...PERSON, ageBand: "adult", review: [] };
    const blocked: Person = {
      ...adult,
      blockedOn: "2026-12-02",
      blocks: [{ reason: "Solicitud", blockedOn: "2026-12-02", liftedOn: null }],
    };
    const blockPerson = vi.fn(async () => blocked);
    const { changed } = lawful(adult, { blockPerson });
    await fireEvent.input(screen.getByTestId("block-reason"), { target: { value: "Solicitud" } });
    await fireEvent.input(screen.getByTestId("block-date"), { target: { value: "02-12-2026" } });
    await fireEvent.click(screen.getByTestId("block-save"));
    await waitFor(() => expect(changed).toHaveBeenCalledWith(blocked));
    expect(blockPerson).toHaveBeenCalledWith("p1", "Solicitud", "02-12-2026");
  });

  it("while blocked, offers only to lift the block; the lifted ones are listed", async () => {
    const blocked: Person = {
      ...PERSON,
      ageBand: "adult",
      review: [],
      blockedOn: "2026-12-02",
      blocks: [
        { reason: "Segunda", blockedOn: "2026-12-02", liftedOn: null },
        { reason: "Primera", blockedOn: "2026-10-01", liftedOn: "2026-10-03" },
      ],
    };
    const unblockPerson = vi.fn(async () => ({ ...blocked, blockedOn: null }));
    lawful(blocked, { unblockPerson });
    expect(screen.getByTestId("block-status").textContent).toContain("Bloqueada desde el 02-12-2026: Segunda");
    expect(screen.getByTestId("block-history").textContent).toContain("Del 01-10-2026 al 03-10-2026: Primera");
    expect((screen.getByTestId("lawful-gender-save") as HTMLButtonElement).closest("fieldset")?.disabled).toBe(true);
    await fireEvent.click(screen.getByTestId("unblock-save"));
    await waitFor(() => expect(unblockPerson).toHaveBeenCalledWith("p1", expect.stringMatching(/^\d\d-\d\d-\d{4}$/)));
  });
});
