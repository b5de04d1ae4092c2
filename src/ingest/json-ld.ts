// The objects of a page's JSON-LD blocks (schema.org metadata), however the page nests them:
// several <script type="application/ld+json"> blocks, arrays, @graph and mainEntity. Malformed blocks say nothing.

/** Wrappers some sites put around a block's JSON: an HTML comment or CDATA section. */
const WRAPPER = /^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g;

/** Every object in the page's JSON-LD blocks, in page order, @graph members and main entities included. */
export function jsonLdObjects(document: Document): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8) return; // Nesting this deep is not metadata a page means to state.
    if (Array.isArray(value)) value.forEach((item) => visit(item, depth + 1));
    else if (value && typeof value === "object") {
      const object = value as Record<string, unknown>;
      objects.push(object);
      if (object["@graph"]) visit(object["@graph"], depth + 1);
      if (object.mainEntity) visit(object.mainEntity, depth + 1);
    }
  };
  for (const script of Array.from(document.querySelectorAll("script"))) {
    if ((script.getAttribute("type") ?? "").trim().toLowerCase() !== "application/ld+json") continue;
    try {
      visit(JSON.parse((script.textContent ?? "").replace(WRAPPER, "")), 0);
    } catch {
      // A malformed block says nothing; the other blocks and the page's other metadata still do.
    }
  }
  return objects;
}

/** The object's @type names ("NewsArticle", or each of ["Article", "NewsArticle"]). */
export function jsonLdTypes(object: Record<string, unknown>): string[] {
  const type = object["@type"];
  return (Array.isArray(type) ? type : [type]).filter((name): name is string => typeof name === "string");
}

/** A string property, or the name of an object property ({"publisher": {"name": "Wire"}}). */
export function jsonLdString(objects: Record<string, unknown>[], key: string): string | null {
  for (const object of objects) {
    const value = object[key];
    if (typeof value === "string" && value.trim()) return value.trim();
    if (value && typeof value === "object" && typeof (value as { name?: unknown }).name === "string") return (value as { name: string }).name.trim();
  }
  return null;
}
