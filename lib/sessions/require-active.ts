import { AppError } from "@/lib/http/errors";
import type { StoredSession } from "./queries";

const FINISHED = "This session has finished; it can be reviewed but no longer changed.";

export function requireActive(session: Pick<StoredSession, "status">): void {
  if (session.status === "active") return;
  if (session.status === "lobby") throw new AppError("CONFLICT", "The interview has not started yet: the interviewer starts the clock.");
  throw new AppError("CONFLICT", session.status === "abandoned" ? "This session was abandoned." : FINISHED);
}
