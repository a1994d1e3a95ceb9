import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/errors";
import { limits } from "@/lib/rate-limit/limiters";
import { authenticateWithPassword } from "@/lib/users/authenticate";
import { linkOAuthAccount } from "@/lib/users/link-oauth-account";
import { findUserByEmail } from "@/lib/users/queries";
import { backends, createTestDb, type TestDb } from "../factories/test-db";
import { createUser, GOOD_PASSWORD, uniqueEmail, uniqueIp } from "../factories/users";

describe.each(backends())("accounts on %s", (backend) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb(backend);
  });
  afterAll(async () => {
    await db.drop();
  });

  it("stores an argon2id hash, never the password", async () => {
    const email = uniqueEmail();
    await createUser(db.db, { email });
    const stored = await findUserByEmail(db.db, email);
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored?.passwordHash).not.toContain(GOOD_PASSWORD);
  });

  it("refuses a second account for the same email, whatever its case", async () => {
    const email = uniqueEmail();
    await createUser(db.db, { email });
    await expect(createUser(db.db, { email })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createUser(db.db, { email: email.toUpperCase() })).rejects.toBeInstanceOf(AppError);
  });

  it("signs in with the right password and answers the same for a wrong password or an unknown email", async () => {
    const email = uniqueEmail();
    const user = await createUser(db.db, { email });
    const ip = uniqueIp();
    await expect(authenticateWithPassword(db.db, { email, password: GOOD_PASSWORD }, ip)).resolves.toEqual(user);
    await expect(authenticateWithPassword(db.db, { email: email.toUpperCase(), password: GOOD_PASSWORD }, ip)).resolves.toEqual(user);
    await expect(authenticateWithPassword(db.db, { email, password: "wrong password!" }, ip)).resolves.toBeNull();
    await expect(authenticateWithPassword(db.db, { email: uniqueEmail("ghost"), password: GOOD_PASSWORD }, ip)).resolves.toBeNull();
    await expect(authenticateWithPassword(db.db, { email: "not an email", password: "x" }, ip)).resolves.toBeNull();
  });

  it("locks an account after five attempts, even with the right password, until the window passes", async () => {
    const email = uniqueEmail();
    await createUser(db.db, { email });
    for (let i = 0; i < 5; i++) {
      await expect(authenticateWithPassword(db.db, { email, password: `guess number ${i}` }, uniqueIp())).resolves.toBeNull();
    }
    await expect(authenticateWithPassword(db.db, { email, password: GOOD_PASSWORD }, uniqueIp())).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/Too many sign-in attempts\. Try again in \d+ minutes?\./),
    });
  });

  it("limits attempts from one IP across many accounts", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < limits().signInIp.points; i++) {
      await authenticateWithPassword(db.db, { email: uniqueEmail("spray"), password: "password guess" }, ip);
    }
    await expect(authenticateWithPassword(db.db, { email: uniqueEmail(), password: "password guess" }, ip)).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });

  it("links an OAuth sign-in to the account with the same email, once", async () => {
    const email = uniqueEmail();
    const user = await createUser(db.db, { email });
    const first = await linkOAuthAccount(db.db, { provider: "github", providerAccountId: `gh-${email}`, email, name: "GH" });
    const second = await linkOAuthAccount(db.db, { provider: "github", providerAccountId: `gh-${email}`, email, name: "GH" });
    expect(first).toBe(user.id);
    expect(second).toBe(user.id);
    const fresh = await linkOAuthAccount(db.db, { provider: "google", providerAccountId: "g-1", email: uniqueEmail("new"), name: "New" });
    expect(fresh).not.toBe(user.id);
  });
});
