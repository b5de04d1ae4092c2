import { describe, expect, it } from "vitest";
import { findEvent, nameWords } from "./find-event.js";
import type { StoredEvent } from "./store.js";

const event = (id: number, name: string): StoredEvent => ({ id, name, region: null, since: "2020-01-01", match: [] });
const iran = event(1, "Iran protests 2025–26");
const sudan = event(2, "El Fasher and the Sudan war");
const quake = event(3, "Turkey–Syria earthquake 2023");
const derna = event(4, "Derna floods 2023");
const events = [iran, sudan, quake, derna];

const named = (wanted: string, among = events) => {
  const found = findEvent(among, wanted);
  return found instanceof Error ? found.message : found.name;
};

describe("findEvent", () => {
  it("finds an event by id or by its exact name in any case", () => {
    expect(named("2")).toBe("El Fasher and the Sudan war");
    expect(named("derna FLOODS 2023")).toBe("Derna floods 2023");
  });

  it("finds the one event whose name starts with or contains the words given, ignoring case and dashes", () => {
    expect(named("Iran protests")).toBe("Iran protests 2025–26");
    expect(named("Iran protests 2025-26")).toBe("Iran protests 2025–26");
    expect(named("iran")).toBe("Iran protests 2025–26");
    expect(named("El Fasher")).toBe("El Fasher and the Sudan war");
    expect(named("sudan war")).toBe("El Fasher and the Sudan war");
    expect(named("Turkey-Syria")).toBe("Turkey–Syria earthquake 2023");
    expect(named("turkey syria earthquake")).toBe("Turkey–Syria earthquake 2023");
  });

  it("prefers the exact name, then the whole name, then its start, to a name that merely contains the words", () => {
    const gaza = [event(7, "Gaza war 2023"), event(8, "Gaza")];
    expect(named("gaza", gaza)).toBe("Gaza");
    const protests = [event(5, "Protests in Iran"), event(6, "Iran protests 2022")];
    expect(named("Iran protests", protests)).toBe("Iran protests 2022");
  });

  it("matches whole words only, and an id only when one has it", () => {
    expect(named("Ira")).toMatch(/^no event 'Ira' in the store; known events: 1 "Iran protests 2025–26", 2 /);
    expect(named("2023", [event(1, "Derna floods 2023")])).toBe("Derna floods 2023");
  });

  it("lists the candidates when the words fit several events", () => {
    expect(named("2023")).toBe(`'2023' could be any of 2 events: 3 "Turkey–Syria earthquake 2023", 4 "Derna floods 2023"; give more of the name, or the id`);
    expect(named("Iran protests", [event(1, "Iran protests 2022"), event(2, "Iran protests 2025–26")])).toMatch(/could be any of 2 events: 1 "Iran protests 2022", 2 "Iran protests 2025–26"/);
  });

  it("names the known events, or how to add one, when nothing matches", () => {
    expect(named("Gaza", [iran])).toBe(`no event 'Gaza' in the store; known events: 1 "Iran protests 2025–26"`);
    expect(named("Gaza", [])).toBe("no event 'Gaza' in the store; no events are defined (tally event add NAME --since DATE)");
    expect(named("  ", [iran])).toBe(`give an event's name or id; known events: 1 "Iran protests 2025–26"`);
  });

  it("reads a name as its words, accents and punctuation aside", () => {
    expect(nameWords("Kahramanmaraş–Hatay quake, 2023")).toEqual(["kahramanmaras", "hatay", "quake", "2023"]);
  });
});
