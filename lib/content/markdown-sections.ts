import type { List, Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";

/** A heading (## to ####) with the Markdown below it up to the next heading of any level. */
export type Section = {
  title: string;
  depth: number;
  /** Markdown source between this heading and the next heading, without its ```mermaid blocks. */
  content: string;
  /** The source of each ```mermaid fenced block directly in this section, in order (kept out of `content`). */
  diagrams: string[];
  /** Bullet items of the lists directly in `content`, as Markdown source. */
  bullets: string[];
  children: Section[];
};

function slice(source: string, node: Nodes): string {
  return source.slice(node.position!.start.offset!, node.position!.end.offset!);
}

function headingText(source: string, node: Nodes): string {
  const raw = slice(source, node).replace(/^#+\s*/, "").replace(/\s*#*\s*$/, "");
  return raw.trim();
}

function listItems(source: string, list: List): string[] {
  return list.children.map((item) => {
    const first = item.children[0];
    const last = item.children[item.children.length - 1];
    if (!first || !last) return "";
    return source.slice(first.position!.start.offset!, last.position!.end.offset!).trim();
  });
}

/** Splits Markdown into a tree of sections by its ##, ### and #### headings. */
export function splitSections(source: string): Section[] {
  const tree: Root = fromMarkdown(source);
  const roots: Section[] = [];
  const stack: Section[] = [];
  const parts = new Map<Section, string[]>();

  for (const node of tree.children) {
    if (node.type === "heading" && node.depth >= 2 && node.depth <= 4) {
      const section: Section = { title: headingText(source, node), depth: node.depth, content: "", bullets: [], diagrams: [], children: [] };
      parts.set(section, []);
      while (stack.length && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(section);
      else roots.push(section);
      stack.push(section);
      continue;
    }
    const current = stack[stack.length - 1];
    if (!current) continue; // text before the first section is ignored
    if (node.type === "code" && node.lang?.toLowerCase() === "mermaid") {
      current.diagrams.push(node.value);
      continue;
    }
    parts.get(current)!.push(slice(source, node));
    if (node.type === "list") current.bullets.push(...listItems(source, node));
  }
  for (const [section, texts] of parts) section.content = texts.join("\n\n").trim();
  return roots;
}

export function findSection(sections: Section[], title: string): Section | undefined {
  const wanted = title.toLowerCase();
  return sections.find((section) => section.title.toLowerCase() === wanted);
}
