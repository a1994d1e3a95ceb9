import { headers } from "next/headers";

/** This response's script nonce, from the policy the server put on the request (see security-headers.ts). */
export async function requestNonce(): Promise<string | undefined> {
  const policy = (await headers()).get("content-security-policy") ?? "";
  return /'nonce-([^']+)'/.exec(policy)?.[1];
}
