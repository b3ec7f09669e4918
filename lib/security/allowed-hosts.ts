/**
 * Which `Host` headers the server answers. A page on another site whose name an attacker re-points at 127.0.0.1
 * (DNS rebinding) reaches this server with its own name in `Host`; answering only known names keeps it out.
 * Loopback names and addresses are always allowed, on any port; `ROUTE_ATLAS_HOSTS` adds the names a team uses.
 */
export interface HostRule {
  /** Lower-case host name, dotted IPv4 address, or bracketed IPv6 address (`[fd00::5]`). */
  host: string;
  /** A port the rule is limited to, or null for any port. */
  port: string | null;
}

export interface AllowedHosts {
  rules: HostRule[];
  /** Entries of the variable that could not be read, for a start-up warning. */
  problems: string[];
}

const NAME = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_](?:[a-z0-9_-]{0,62}))*$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;
const PORT = /^\d{1,5}$/;

/** Splits `host[:port]` (or `[v6]:port`) into a normalised host and its port; null when it is not a host. */
export function splitHost(value: string): HostRule | null {
  const text = value.trim().toLowerCase();
  const match = /^(\[[^\]]*\]|[^:[\]]+)(?::(\d*))?$/.exec(text);
  if (!match) return null;
  // A fully qualified name may end in a dot ("localhost."); it names the same host.
  const host = match[1]!.replace(/\.$/, '');
  const port = match[2] === undefined || match[2] === '' ? null : match[2];
  if (port !== null && (!PORT.test(port) || Number(port) > 65535)) return null;
  if (!(NAME.test(host) || IPV4.test(host) || IPV6.test(host))) return null;
  return { host, port };
}

/** Loopback: `localhost` and its subdomains (browsers resolve them to loopback themselves), 127.0.0.0/8, `[::1]`. */
export function isLoopbackHost(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (IPV4.test(host)) return host.startsWith('127.');
  return host === '[::1]' || host === '[0:0:0:0:0:0:0:1]' || host === '[::ffff:127.0.0.1]';
}

/** Reads `ROUTE_ATLAS_HOSTS`: comma-separated `name`, `name:port`, IPv4 or `[IPv6]` entries. */
export function parseAllowedHosts(raw: string | undefined): AllowedHosts {
  const rules: HostRule[] = [];
  const problems: string[] = [];
  for (const entry of (raw ?? '').split(',')) {
    if (entry.trim() === '') continue;
    const rule = splitHost(entry);
    if (rule) rules.push(rule);
    else problems.push(`ROUTE_ATLAS_HOSTS: "${entry.trim().slice(0, 80)}" is not a host name, address or host:port`);
  }
  return { rules, problems };
}

/** Whether a request with this `Host` header may be answered. A missing or malformed header is refused. */
export function isAllowedHost(hostHeader: string | null | undefined, allowed: AllowedHosts): boolean {
  if (!hostHeader) return false;
  const got = splitHost(hostHeader);
  if (!got) return false;
  if (isLoopbackHost(got.host)) return true;
  return allowed.rules.some((rule) => rule.host === got.host && (rule.port === null || rule.port === got.port));
}
