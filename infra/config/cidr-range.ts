// IPv4 CIDR parsing and containment, enough to check the VPC and subnet ranges at synth.

export interface CidrRange {
  /** Network address as an unsigned 32-bit integer. */
  network: number;
  prefix: number;
}

/** Parses "a.b.c.d/n"; returns undefined when malformed or when host bits are set. */
export function parseCidr(text: string): CidrRange | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text);
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  const network = address - (address % 2 ** (32 - prefix));
  if (network !== address) return undefined;
  return { network, prefix };
}

export function cidrContains(outer: CidrRange, inner: CidrRange): boolean {
  if (inner.prefix < outer.prefix) return false;
  const size = 2 ** (32 - outer.prefix);
  return inner.network >= outer.network && inner.network < outer.network + size;
}
