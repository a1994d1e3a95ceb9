import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

const components: Components = {
  // A code block wider than a narrow pane (the interviewer's panel) scrolls sideways: the
  // keyboard must be able to reach it to scroll it (WCAG 2.1.1).
  pre: ({ node: _node, ...props }) => <pre {...props} tabIndex={0} />,
};

/**
 * Renders Markdown from content/ as HTML. Raw HTML in the source is not interpreted, and the
 * output passes through rehype-sanitize (GitHub's allow-list), so nothing in content can run.
 */
export function Markdown({ children, className = "" }: { children: string; className?: string }) {
  return (
    <div className={`prose prose-slate max-w-none prose-headings:font-semibold prose-code:before:content-none prose-code:after:content-none ${className}`}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} components={components} skipHtml>
        {children}
      </ReactMarkdown>
    </div>
  );
}
