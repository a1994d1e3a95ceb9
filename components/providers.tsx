"use client";

import { SessionProvider } from "next-auth/react";

/** Client-side session: pages render the same for everyone, so they can be cached, and the user bits load here. */
export function Providers({ children }: { children: React.ReactNode }) {
  return <SessionProvider refetchOnWindowFocus={false}>{children}</SessionProvider>;
}
