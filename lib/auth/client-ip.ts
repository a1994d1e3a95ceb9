/** Header server.ts sets from the TCP peer address; any value a client sends is overwritten. */
export const CLIENT_IP_HEADER = "x-sdp-client-ip";

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

export function clientIpFrom(headers: HeaderBag): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers?.[CLIENT_IP_HEADER];
  const ip = Array.isArray(value) ? value[0] : value;
  return ip || "unknown";
}
