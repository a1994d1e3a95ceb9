import { z } from "zod";

/** What /api/health and /api/ready report about this instance and what it depends on. */
export const healthSchema = z.strictObject({
  ok: z.boolean(),
  database: z.enum(["up", "down"]),
  redis: z.enum(["up", "down", "not configured"]),
  draining: z.boolean().describe("This instance is shutting down: a balancer should send new connections elsewhere."),
  time: z.iso.datetime(),
});
export type Health = z.infer<typeof healthSchema>;
