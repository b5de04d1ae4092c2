// The one resolver from what a user typed after --event to a stored event, for every command that
// takes one: an id, the exact name, or enough of the name's words to pick out one event.
import type { StoredEvent } from "./store.js";

/**
 * A name as the words a person would type: lower case, accents dropped, every run of characters
 * that are not letters or digits (spaces, hyphens, en and em dashes, slashes) a word break.
 * "Iran protests 2025–26" and "iran protests 2025-26" are both [iran, protests, 2025, 26].
 */
export function nameWords(name: string): string[] {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Where `words` sit in `name`: the whole name, its first words, somewhere inside, or not at all. */
function placeOf(words: string[], name: string[]): "whole" | "start" | "inside" | null {
  if (words.length === 0 || words.length > name.length) return null;
  for (let at = 0; at + words.length <= name.length; at++) {
    if (words.every((word, i) => name[at + i] === word)) return at > 0 ? "inside" : words.length === name.length ? "whole" : "start";
  }
  return null;
}

const listed = (events: StoredEvent[]) => events.map((event) => `${event.id} "${event.name}"`).join(", ");

/**
 * The event a user named, tried in this order: its id; its exact name, ignoring case; the one
 * event whose name has the same words, ignoring case, accents and dashes; the one whose name starts
 * with the words given; the one whose name contains them. Several at the first level that matches
 * is an error listing them; none at all is an error listing the known events.
 */
export function findEvent(events: StoredEvent[], wanted: string): StoredEvent | Error {
  const typed = wanted.trim();
  if (typed === "") return new Error(`give an event's name or id${events.length ? `; known events: ${listed(events)}` : ""}`);
  if (/^\d+$/.test(typed)) {
    const byId = events.find((event) => event.id === Number(typed));
    if (byId) return byId;
  }
  // Names are unique ignoring case (event add refuses a second), so this finds one at most.
  const exact = events.find((event) => event.name.trim().toLowerCase() === typed.toLowerCase());
  if (exact) return exact;
  const words = nameWords(typed);
  const placed = events.map((event) => ({ event, place: placeOf(words, nameWords(event.name)) }));
  for (const level of ["whole", "start", "inside"] as const) {
    const found = placed.filter((entry) => entry.place === level).map((entry) => entry.event);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) return new Error(`'${wanted}' could be any of ${found.length} events: ${listed(found)}; give more of the name, or the id`);
  }
  const known = events.length ? `known events: ${listed(events)}` : "no events are defined (tally event add NAME --since DATE)";
  return new Error(`no event '${wanted}' in the store; ${known}`);
}
