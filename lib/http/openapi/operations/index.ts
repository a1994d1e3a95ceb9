import type { ApiOperation } from "../operation";
import { accountOperations } from "./account";
import { authOperations } from "./auth";
import { gradingOperations } from "./grading";
import { historyOperations } from "./history";
import { practiceOperations } from "./practice";
import { questionOperations } from "./questions";
import { readinessOperations } from "./readiness";
import { roomChatOperations } from "./room-chat";
import { roomOperations } from "./rooms";
import { serviceOperations } from "./service";
import { settingsOperations } from "./settings";

/** Every operation of the HTTP API: the one registry the document and the documentation page are built from. */
export const apiOperations: ApiOperation[] = [
  ...questionOperations,
  ...practiceOperations,
  ...roomOperations,
  ...roomChatOperations,
  ...gradingOperations,
  ...historyOperations,
  ...readinessOperations,
  ...accountOperations,
  ...settingsOperations,
  ...authOperations,
  ...serviceOperations,
];
