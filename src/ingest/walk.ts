// The report files in a folder and its sub-folders: .txt, .md, .html and .htm, in a stable order.
import { readdir } from "node:fs/promises";
import { extname, join } from "node:path";

export const REPORT_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm"]);

export function isHtmlPath(path: string): boolean {
  const extension = extname(path).toLowerCase();
  return extension === ".html" || extension === ".htm";
}

/** Every report file under `folder`, sorted by path; hidden files and folders are left out. */
export async function findReportFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await visit(path);
      else if (entry.isFile() && REPORT_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
    }
  };
  await visit(folder);
  return found;
}
