// The content check's rules for the Mermaid diagrams of a question (content/FORMAT.md, "Diagrams").
// Only `npm run content:check` and the tests load this module: it parses with Mermaid itself, which
// needs a DOM (jsdom) in Node, and the app must not load either of them to boot.
import type { Mermaid } from "mermaid";
import type { QuestionBody } from "@/lib/questions/schemas";

export type FlowchartNode = { id: string; label: string };
export type FlowchartEdge = { from: string; to: string; label: string };
export type Flowchart = { nodes: FlowchartNode[]; edges: FlowchartEdge[]; subgraphs: string[] };

type FlowDb = {
  getVertices(): Map<string, { id: string; text?: string }>;
  getEdges(): { start: string; end: string; text?: string }[];
  getSubGraphs(): { id: string }[];
};

let loading: Promise<Mermaid> | undefined;

/** Mermaid's DOMPurify binds to `window` when it is first imported; give it a jsdom one just for that. */
function loadMermaid(): Promise<Mermaid> {
  loading ??= (async () => {
    const { JSDOM } = await import("jsdom");
    const scope = globalThis as { window?: unknown };
    const hadWindow = "window" in scope;
    if (!hadWindow) scope.window = new JSDOM("").window;
    try {
      const { default: mermaid } = await import("mermaid");
      // The settings @excalidraw/mermaid-to-excalidraw renders with, so what passes here converts there.
      mermaid.initialize({ startOnLoad: false, logLevel: "fatal", maxEdges: 500, maxTextSize: 50_000 });
      return mermaid;
    } finally {
      if (!hadWindow) delete scope.window;
    }
  })();
  return loading;
}

/** Parses a flowchart with Mermaid's own parser; throws Mermaid's error when it does not parse. */
export async function parseFlowchart(source: string): Promise<Flowchart> {
  const mermaid = await loadMermaid();
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  if (diagram.type !== "flowchart-v2") throw new Error(`is a Mermaid ${diagram.type} diagram, not a flowchart`);
  const db = diagram.db as unknown as FlowDb;
  const subgraphs = db.getSubGraphs().map((subgraph) => subgraph.id);
  const nodes = [...db.getVertices().values()]
    .filter((vertex) => !subgraphs.includes(vertex.id))
    .map((vertex) => ({ id: vertex.id, label: vertex.text ?? vertex.id }));
  const edges = db.getEdges().map((edge) => ({ from: edge.start, to: edge.end, label: edge.text ?? "" }));
  return { nodes, edges, subgraphs };
}

/** Lowercase letters and digits only, single spaces: "Kafka `clicks.raw` topic" -> "kafka clicks raw topic". */
export function normalizeName(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, " ")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The bold names that start the top-level bullets of "### Components"; `unnamed` counts bullets without one. */
export function componentNames(components: string): { names: string[]; unnamed: number } {
  const bullets = components.split("\n").filter((line) => /^[-*+]\s/.test(line));
  const names = bullets.flatMap((line) => line.match(/^[-*+]\s+\*\*(.+?)\*\*/)?.[1] ?? []);
  return { names, unnamed: bullets.length - names.length };
}

/** A label names a component when it equals the bold name, or the name without its "(...)" parts. */
export function labelNames(label: string, name: string): boolean {
  const wanted = normalizeName(label);
  return wanted === normalizeName(name) || wanted === normalizeName(name.replace(/\s*\([^)]*\)/g, ""));
}

/** Every problem with one diagram, as short sentences; empty when it passes. */
export async function checkDiagram(source: string, components: string[] = []): Promise<string[]> {
  let chart: Flowchart;
  try {
    chart = await parseFlowchart(source);
  } catch (error) {
    const detail = ((error as Error).message || String(error)).trim().replace(/\n/g, "\n    ");
    return [`does not parse as a Mermaid flowchart: ${detail}`];
  }
  const problems: string[] = [];
  for (const node of chart.nodes) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(node.id)) {
      problems.push(`node id "${node.id}" must be letters and digits only (the Excalidraw conversion builds element ids from it)`);
    }
  }
  for (const name of components) {
    if (!chart.nodes.some((node) => labelNames(node.label, name))) problems.push(`component "${name}" is not a node in the diagram`);
  }
  const linked = new Set(chart.edges.flatMap((edge) => [edge.from, edge.to]));
  for (const node of chart.nodes) {
    if (!linked.has(node.id)) problems.push(`node "${node.label}" (${node.id}) is an orphan: it has no edge`);
  }
  const pairs = new Set<string>();
  for (const edge of chart.edges) {
    if (chart.subgraphs.includes(edge.from) || chart.subgraphs.includes(edge.to)) {
      problems.push(`edge ${edge.from} --> ${edge.to} joins a subgraph; join the nodes inside it instead`);
    }
    const pair = `${edge.from} --> ${edge.to}`;
    if (pairs.has(pair)) problems.push(`two edges ${pair}: merge them into one (the Excalidraw conversion names an arrow by its two ends)`);
    pairs.add(pair);
  }
  return problems;
}

/** Checks a question's high-level diagram and its deep dives' Great diagrams; messages name the file. */
export async function checkQuestionDiagrams(file: string, body: QuestionBody): Promise<string[]> {
  const messages: string[] = [];
  const { names, unnamed } = componentNames(body.highLevel.components);
  if (unnamed > 0) {
    messages.push(`${file}: ## High-level design > ### Components: ${unnamed} bullet(s) do not start with a **bold component name**`);
  }
  for (const problem of await checkDiagram(body.highLevel.diagram, names)) messages.push(`${file}: diagram: ${problem}`);
  for (const dive of body.deepDives) {
    if (dive.greatDiagram === undefined) continue;
    for (const problem of await checkDiagram(dive.greatDiagram)) messages.push(`${file}: deep dive "${dive.title}" > Great diagram: ${problem}`);
  }
  return messages;
}
