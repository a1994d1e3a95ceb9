import type { StoredSession } from "./queries";

/** A session's document and clock can change only while it is active. */
export const canEditSession = (session: Pick<StoredSession, "status">) => session.status === "active";
