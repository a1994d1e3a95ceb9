import { z } from "zod";
import { advancePhaseSchema, pauseSchema, sessionIdSchema, sessionListSchema, sessionSnapshotSchema, startedSessionSchema, startSessionSchema, nextRoundSchema } from "@/lib/sessions/schemas";
import type { ApiOperation } from "../operation";

export const sessionPathParams = z.strictObject({ id: sessionIdSchema });
const NOT_RUNNING = "The session is not running: it waits in its lobby, has finished, or was abandoned.";
export const NOT_IN_SESSION = "No such session, or you are not one of its participants (a malformed id is treated the same).";

const snapshot = (description: string) => ({ 200: { description, schema: sessionSnapshotSchema } });

/** A verb on one session that takes no body and answers with the session as the caller now sees it. */
function sessionVerb(path: string, summary: string, description: string, errors: ApiOperation["errors"]): ApiOperation {
  return {
    method: "post",
    path: `/api/practice/{id}/${path}`,
    tag: "practice",
    summary,
    description,
    auth: "session",
    pathParams: sessionPathParams,
    responses: snapshot("The session after the change, as you now see it."),
    errors: { 404: NOT_IN_SESSION, ...errors },
  };
}

export const practiceOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/api/practice",
    tag: "practice",
    summary: "Start a solo session",
    description: "On a chosen question, or a random one matching the difficulty and topic. The clock starts now.",
    auth: "session",
    body: { schema: startSessionSchema },
    responses: { 201: { description: "The new session; open it at /practice/{id}.", schema: startedSessionSchema } },
    errors: { 400: "No question matches the filters.", 404: "No question has that slug." },
  },
  {
    method: "get",
    path: "/api/practice",
    tag: "practice",
    summary: "Your unfinished sessions",
    description: "Sessions waiting in a lobby or running, newest first (at most 50).",
    auth: "session",
    responses: { 200: { description: "The sessions.", schema: sessionListSchema } },
  },
  {
    method: "get",
    path: "/api/practice/{id}",
    tag: "practice",
    summary: "A session as you see it",
    description: "The clock's stored facts, the plan, the question, what your role may do now and, for peer rounds, the room. A session whose time ran out is recorded as finished first.",
    auth: "session",
    pathParams: sessionPathParams,
    responses: snapshot("The session."),
    errors: { 404: NOT_IN_SESSION },
  },
  {
    ...sessionVerb("advance", "Move to the next phase", "Send the phase you believe is current: a repeated click, or a phase that is no longer current, changes nothing.", {
      400: "This is the last phase: finish the session instead.",
      403: "Only the interviewer moves a peer round on, and not while the clock is paused.",
      409: NOT_RUNNING,
    }),
    body: { schema: advancePhaseSchema },
  },
  sessionVerb("finish", "Finish the session", "Stops the clock; grading comes next. Finishing twice changes nothing.", {
    403: "Only the interviewer finishes a peer round.",
    409: "The session is waiting in its lobby or was abandoned.",
  }),
  sessionVerb("abandon", "Abandon the session", "An abandoned session stays in history but cannot be graded.", {
    403: "Only the interviewer calls off a peer round.",
    409: "The session has already finished or was abandoned.",
  }),
  sessionVerb("start", "Start a peer round's clock", "The interviewer starts the round once a candidate has joined. A second press changes nothing.", {
    403: "You are not the interviewer, or no candidate has joined yet.",
    409: "The round is over.",
  }),
  {
    ...sessionVerb("pause", "Pause or resume the clock", "Pauses are stored facts, so the clock stays a function of stored facts. Asking for the state it is already in changes nothing.", {
      403: "Only the interviewer pauses a peer round.",
      409: NOT_RUNNING,
    }),
    body: { schema: pauseSchema },
  },
  sessionVerb("ready", "Say you are ready for the next phase", "The candidate's signal to the interviewer; it lasts while the phase is current.", {
    403: "Only the candidate signals, not while the clock is paused, and not in the last phase.",
    409: NOT_RUNNING,
  }),
  sessionVerb("invite", "Replace the invite link", "The old link stops working at once.", {
    403: "Only the interviewer and the candidate of a peer round change its link, before the round ends.",
  }),
  sessionVerb("seats", "Swap the interviewer and candidate seats", "Only while the round waits in its lobby.", {
    403: "Seats can be swapped only before the clock starts, by the interviewer or the candidate.",
  }),
  {
    method: "post",
    path: "/api/practice/{id}/next-round",
    tag: "practice",
    summary: "Swap roles: start the next round",
    description: "Same room and people with the interviewer and candidate exchanged, waiting in its lobby. The new interviewer (this round's candidate) picks the question.",
    auth: "session",
    pathParams: sessionPathParams,
    body: { schema: nextRoundSchema },
    responses: { 201: { description: "The next round's session.", schema: startedSessionSchema } },
    errors: { 403: "This round has not finished, or you are not its candidate.", 404: `${NOT_IN_SESSION} Or no question has that slug.`, 409: "The next round has already started." },
  },
];
