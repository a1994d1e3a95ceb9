/**
 * `true` only when A and B are assignable both ways: a response schema written here for a type
 * that lives in a module without one (lib/users) is checked against that type, so they cannot drift.
 */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
