import { z } from "zod";
import {
  checklistTickResultSchema,
  contentKeySchema,
  roadmapChoiceSchema,
  roadmapSelectionSchema,
  roadmapTickResultSchema,
  roadmapViewSchema,
} from "@/lib/readiness/schemas";
import type { ApiOperation } from "../operation";

const checklistItemParams = z.strictObject({ key: contentKeySchema, item: contentKeySchema });
const roadmapItemParams = z.strictObject({ item: contentKeySchema });
const NO_CHECKLIST_ITEM = "No such checklist or item (a malformed key is treated the same).";
const NO_ROADMAP_ITEM = "You follow no roadmap, or its items have no such key.";

export const readinessOperations: ApiOperation[] = [
  {
    method: "put",
    path: "/api/readiness/checklists/{key}/items/{item}",
    tag: "readiness",
    summary: "Tick a checklist item",
    description: "Dated today; ticking again keeps the first date. Core problems are done by finishing sessions on them, so they cannot be ticked.",
    auth: "session",
    pathParams: checklistItemParams,
    responses: { 200: { description: "The item with when it was ticked.", schema: checklistTickResultSchema } },
    errors: { 400: "The item is a core problem.", 404: NO_CHECKLIST_ITEM },
  },
  {
    method: "delete",
    path: "/api/readiness/checklists/{key}/items/{item}",
    tag: "readiness",
    summary: "Untick a checklist item",
    description: "Unticking an item that is not ticked changes nothing.",
    auth: "session",
    pathParams: checklistItemParams,
    responses: { 200: { description: "The item, with tickedAt null.", schema: checklistTickResultSchema } },
    errors: { 400: "The item is a core problem.", 404: NO_CHECKLIST_ITEM },
  },
  {
    method: "get",
    path: "/api/readiness/roadmap",
    tag: "readiness",
    summary: "The roadmap you follow, this week",
    description: "This week's items with your ticks, and where today falls in the plan.",
    auth: "session",
    responses: { 200: { description: "The roadmap, or null when you follow none.", schema: z.strictObject({ roadmap: roadmapViewSchema.nullable() }) } },
  },
  {
    method: "put",
    path: "/api/readiness/roadmap",
    tag: "readiness",
    summary: "Choose a roadmap and its start date",
    description: "The start date may be at most a year before or after today. Ticks stay with each roadmap, so switching back keeps them.",
    auth: "session",
    body: {
      // The allowed dates move with today, so the schema is built when the document is.
      get schema() {
        return roadmapSelectionSchema(Date.now());
      },
    },
    responses: { 200: { description: "The roadmap you now follow.", schema: roadmapChoiceSchema } },
    errors: { 400: "No roadmap has that key, or the date is not a real date within a year of today." },
  },
  {
    method: "put",
    path: "/api/readiness/roadmap/items/{item}",
    tag: "readiness",
    summary: "Tick an item of your roadmap",
    auth: "session",
    pathParams: roadmapItemParams,
    responses: { 200: { description: "The item with when it was ticked.", schema: roadmapTickResultSchema } },
    errors: { 404: NO_ROADMAP_ITEM },
  },
  {
    method: "delete",
    path: "/api/readiness/roadmap/items/{item}",
    tag: "readiness",
    summary: "Untick an item of your roadmap",
    auth: "session",
    pathParams: roadmapItemParams,
    responses: { 200: { description: "The item, with tickedAt null.", schema: roadmapTickResultSchema } },
    errors: { 404: NO_ROADMAP_ITEM },
  },
];
