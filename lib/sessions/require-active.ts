import { AppError } from "@/lib/http/errors";
import type { StoredSession } from "./queries";

const FINISHED = "This session has finished; it can be reviewed but no longer changed.";

export function requireActive(session: StoredSession): void {
  if (session.status !== "active") throw new AppError("CONFLICT", session.status === "abandoned" ? "This session was abandoned." : FINISHED);
}
