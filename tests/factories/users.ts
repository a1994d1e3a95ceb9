import { randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import { createUserWithPassword } from "@/lib/users/create-user";

export const uniqueEmail = (label = "user") => `${label}-${randomBytes(5).toString("hex")}@example.test`;
export const uniqueIp = () => `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250)).join(".")}`;
export const GOOD_PASSWORD = "correct horse battery staple";

export function createUser(db: Db, overrides: { email?: string; name?: string; password?: string } = {}) {
  return createUserWithPassword(db, {
    email: overrides.email ?? uniqueEmail(),
    name: overrides.name ?? "Test User",
    password: overrides.password ?? GOOD_PASSWORD,
  });
}
