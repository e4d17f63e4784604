// The client address the per-address limits count, taken only from the field the platform itself
// fills for each ingress — API Gateway: requestContext.sourceIp; Function URL: the x-scf-remote-addr
// header, which SCF sets (an API Gateway event's headers are the client's, so that header is
// ignored there). The text is canonicalised so one client cannot make many buckets of itself:
// spaces, a port, brackets, an IPv4-mapped IPv6 prefix or leading zeros give the same bucket, and
// an IPv6 client is counted per /64 (one subscriber's allocation). Anything unusable lands in the
// one shared "unknown" bucket, which has a strict limit.
import { isIPv4, isIPv6 } from "node:net";
import type { ClientBucket } from "../service/verification-service";

export const unknownClientBucket: ClientBucket = Object.freeze({ bucket: "unknown", known: false });

const maxAddressLength = 100;

export function clientBucketFor(
  ingress: "functionUrl" | "apiGateway",
  sourceIp: unknown,
  remoteAddrHeader: unknown,
): ClientBucket {
  const raw = ingress === "apiGateway" ? sourceIp : remoteAddrHeader;
  if (typeof raw !== "string") return unknownClientBucket;
  return canonicalClientBucket(raw);
}

// A warm container sees the same few addresses again and again (a user's getSms, then login), and
// canonicalising one takes several regular expressions: recent answers are kept. Bounded (cleared
// when full); buckets are frozen, so a shared one cannot be changed by a caller.
const recentBuckets = new Map<string, ClientBucket>();
const maxRecentBuckets = 256;

export function canonicalClientBucket(raw: string): ClientBucket {
  if (raw.length > maxAddressLength) return unknownClientBucket;
  const recent = recentBuckets.get(raw);
  if (recent) return recent;
  const bucket = Object.freeze(computeClientBucket(raw));
  if (recentBuckets.size >= maxRecentBuckets) recentBuckets.clear();
  recentBuckets.set(raw, bucket);
  return bucket;
}

function computeClientBucket(raw: string): ClientBucket {
  let text = raw.trim().toLowerCase();
  // "[2001:db8::1]:443" / "[2001:db8::1]"
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed) text = bracketed[1];
  // "203.0.113.10:5678"
  const v4WithPort = /^([\d.]+):\d{1,5}$/.exec(text);
  if (v4WithPort) text = v4WithPort[1];
  text = text.replace(/%[\w.-]+$/, ""); // IPv6 zone id
  const v4 = canonicalIPv4(text);
  if (v4) return { bucket: v4, known: true, address: v4 };
  if (!isIPv6(text)) return unknownClientBucket;
  const groups = expandIPv6(text);
  if (!groups) return unknownClientBucket;
  // IPv4-mapped (::ffff:a.b.c.d) is an IPv4 client.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const mapped = [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join(".");
    return { bucket: mapped, known: true, address: mapped };
  }
  const hex = groups.map((g) => g.toString(16));
  return { bucket: `${hex.slice(0, 4).join(":")}::/64`, known: true, address: hex.join(":") };
}

/** "010.000.000.001" → "10.0.0.1" (decimal octets; leading zeros are not read as octal). */
function canonicalIPv4(text: string): string | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!match) return undefined;
  const octets = match.slice(1).map(Number);
  if (octets.some((o) => o > 255)) return undefined;
  const canonical = octets.join(".");
  return isIPv4(canonical) ? canonical : undefined;
}

/** Eight 16-bit groups of a valid IPv6 text (with "::" and an embedded IPv4 tail). */
function expandIPv6(text: string): number[] | undefined {
  let tail: number[] = [];
  let body = text;
  const embedded = /:(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(text);
  if (embedded) {
    const v4 = canonicalIPv4(embedded[1]);
    if (!v4) return undefined;
    const [a, b, c, d] = v4.split(".").map(Number);
    tail = [(a << 8) | b, (c << 8) | d];
    // "::ffff:1.2.3.4" → "::ffff"; "::1.2.3.4" → "::" (the match starts at the second colon).
    body = text.slice(0, embedded.index);
    if (body.endsWith(":")) body += ":";
  }
  const [left, right] = body.includes("::") ? body.split("::") : [body, undefined];
  const parse = (part: string | undefined) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const head = parse(left);
  const rest = parse(right);
  const missing = 8 - tail.length - head.length - rest.length;
  if (right === undefined && missing !== 0) return undefined;
  if (missing < 0 || [...head, ...rest].some((g) => !(g >= 0 && g <= 0xffff))) return undefined;
  return [...head, ...Array<number>(right === undefined ? 0 : missing).fill(0), ...rest, ...tail];
}
