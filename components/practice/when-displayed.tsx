"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Renders its children only while its box is displayed: the room's layout for phones and wide
 * screens is CSS, so a pane hidden by it (display: none) mounts nothing heavy (the board, the
 * calculator, the chat) until it is shown, and unmounts it when hidden again.
 */
export function WhenDisplayed({ className, fallback = null, children }: { className?: string; fallback?: React.ReactNode; children: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const read = () => setShown(element.getClientRects().length > 0);
    read();
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className={className}>
      {shown ? children : fallback}
    </div>
  );
}
