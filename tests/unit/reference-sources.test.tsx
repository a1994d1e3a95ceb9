import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReferenceAnswer } from "@/components/questions/reference-answer";
import { loadQuestions } from "@/lib/content/load-questions";
import { contentFixture } from "../factories/content";

describe("the reference answer's sources", async () => {
  const question = (await loadQuestions(contentFixture())).find((q) => q.slug === "url-shortener");

  it("ends with the problem's dated sources", () => {
    const html = renderToStaticMarkup(<ReferenceAnswer body={question!.body} />);
    const sources = html.lastIndexOf(">Sources</h2>");
    expect(sources).toBeGreaterThan(html.lastIndexOf(">Interviewer guide</h2>"));
    expect(html.slice(sources)).toContain("Numbers Everyone Should Know");
    expect(html.slice(sources)).toContain("2010");
  });

  it("shows no empty section for a body stored before sources existed", () => {
    const { sources: _dropped, ...older } = question!.body;
    const html = renderToStaticMarkup(<ReferenceAnswer body={older as NonNullable<typeof question>["body"]} />);
    expect(html).not.toContain(">Sources</h2>");
  });
});
