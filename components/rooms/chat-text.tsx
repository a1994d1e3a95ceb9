import { chatSegments } from "@/lib/sessions/chat/chat-links";

/** A chat message as text and links only; React escapes the text, so no markup ever renders. */
export function ChatText({ text }: { text: string }) {
  return (
    <>
      {chatSegments(text).map((segment, index) =>
        segment.kind === "link" ? (
          <a key={index} href={segment.href} target="_blank" rel="noopener noreferrer nofollow" className="break-all font-medium text-indigo-700 underline hover:text-indigo-900">
            {segment.text}
          </a>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
