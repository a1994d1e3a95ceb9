import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/errors";
import { limits } from "@/lib/rate-limit/limiters";
import { authenticateWithPassword, signInDelayMs } from "@/lib/users/authenticate";
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

  it("lets the owner sign in from their own IP after another IP failed on their account again and again", async () => {
    const email = uniqueEmail("victim");
    const user = await createUser(db.db, { email });
    const attacker = uniqueIp();
    for (let i = 0; i < 5; i++) {
      await expect(authenticateWithPassword(db.db, { email, password: `guess number ${i}` }, attacker)).resolves.toBeNull();
    }
    for (let i = 0; i < 2; i++) {
      await expect(authenticateWithPassword(db.db, { email, password: `guess number ${i + 5}` }, attacker)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    }
    await expect(authenticateWithPassword(db.db, { email, password: GOOD_PASSWORD }, uniqueIp())).resolves.toEqual(user);
  });

  it("limits one IP to five attempts on one account, even with the right password, and says when to retry", async () => {
    const email = uniqueEmail();
    const user = await createUser(db.db, { email });
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) {
      await expect(authenticateWithPassword(db.db, { email, password: `guess number ${i}` }, ip)).resolves.toBeNull();
    }
    await expect(authenticateWithPassword(db.db, { email, password: GOOD_PASSWORD }, ip)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/^Too many sign-in attempts\. Try again in 15 minutes\.$/),
    });
    // The same IP may still try its other accounts.
    const other = uniqueEmail();
    await createUser(db.db, { email: other });
    await expect(authenticateWithPassword(db.db, { email: other, password: GOOD_PASSWORD }, ip)).resolves.toMatchObject({ email: other });
    expect(user.email).toBe(email);
  });

  it("slows down, and never refuses, the right password after failures from many IPs", async () => {
    const email = uniqueEmail("spread");
    const user = await createUser(db.db, { email });
    const failures = limits().signInAccountSlowdown.afterFailures + 2;
    for (let i = 0; i < failures; i++) {
      await expect(authenticateWithPassword(db.db, { email, password: `guess number ${i}` }, uniqueIp())).resolves.toBeNull();
    }
    const started = Date.now();
    await expect(authenticateWithPassword(db.db, { email, password: GOOD_PASSWORD }, uniqueIp())).resolves.toEqual(user);
    expect(Date.now() - started).toBeGreaterThanOrEqual(signInDelayMs(failures) - 20);
    expect(signInDelayMs(failures)).toBeGreaterThan(0);
    // Signing in successfully clears the slow-down for the owner's next visit.
    const again = Date.now();
    await expect(authenticateWithPassword(db.db, { email, password: GOOD_PASSWORD }, uniqueIp())).resolves.toEqual(user);
    expect(Date.now() - again).toBeLessThan(signInDelayMs(failures));
  });

  it("grows the wait with each failure across IPs and caps it at two seconds", () => {
    const { afterFailures } = limits().signInAccountSlowdown;
    expect(signInDelayMs(afterFailures - 1)).toBe(0);
    const waits = [0, 1, 2, 3].map((extra) => signInDelayMs(afterFailures + extra));
    expect(waits[0]).toBeGreaterThan(0);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThan(waits[i - 1]!);
    expect(signInDelayMs(afterFailures + 1000)).toBe(2000);
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
