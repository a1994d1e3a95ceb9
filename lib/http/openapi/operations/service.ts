import { z } from "zod";
import { healthSchema } from "@/lib/boot/schemas";
import type { ApiOperation } from "../operation";

export const serviceOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/health",
    tag: "service",
    summary: "Liveness",
    description: "200 while the process serves, with the state of the database and Redis. A database that is down is no reason to restart the app.",
    auth: "none",
    responses: { 200: { description: "The instance's state.", schema: healthSchema } },
  },
  {
    method: "get",
    path: "/api/ready",
    tag: "service",
    summary: "Readiness, for a balancer",
    description: "200 when this instance can serve (the database and Redis answer and it is not shutting down), 503 otherwise, with the same body.",
    auth: "none",
    responses: {
      200: { description: "The instance can serve.", schema: healthSchema },
      503: { description: "The instance cannot serve now: the database or Redis does not answer, or it is shutting down.", schema: healthSchema },
    },
  },
  {
    method: "get",
    path: "/api/openapi.json",
    tag: "service",
    summary: "This description, as OpenAPI 3.1",
    description: "A readable version is the page at /api/docs.",
    auth: "none",
    responses: { 200: { description: "The OpenAPI document.", schema: z.looseObject({ openapi: z.literal("3.1.0") }) } },
  },
];
