/**
 * The one parser for a peer's address. Partners are dialled over TCP only (DESIGN.md: libp2p TCP
 * + Noise), and an address must name the node it reaches (`/p2p/<nodeId>`), so that Noise can
 * check the partner is who the address says; anything else is refused up front rather than at the
 * first failed dial.
 */
import { multiaddr } from '@multiformats/multiaddr';
import { parseNodeId, type NodeId } from '../../protocol/ids.ts';
import { InvalidMultiaddrError } from './errors.ts';

const HOST_PROTOCOLS = new Set(['ip4', 'ip6', 'dns', 'dns4', 'dns6']);
/** Longer than any address we build; keeps junk out of the store and the logs. */
const MAX_LENGTH = 300;

export interface PeerAddress {
  /** The address in canonical form. */
  multiaddr: string;
  nodeId: NodeId;
}

export function parsePeerMultiaddr(value: unknown): PeerAddress {
  if (typeof value !== 'string' || value.trim() === '')
    throw new InvalidMultiaddrError('give a multiaddr such as /ip4/192.0.2.10/tcp/9090/p2p/12D3KooW…');
  const text = value.trim();
  if (text.length > MAX_LENGTH) throw new InvalidMultiaddrError(`longer than ${MAX_LENGTH} characters`);
  let components: { name: string; value?: string | undefined }[];
  let canonical: string;
  try {
    const parsed = multiaddr(text);
    components = parsed.getComponents();
    canonical = parsed.toString();
  } catch (err) {
    throw new InvalidMultiaddrError(`not a multiaddr: ${(err as Error).message}`);
  }
  const [host, tcp, p2p, ...rest] = components;
  if (!host || !HOST_PROTOCOLS.has(host.name) || !host.value)
    throw new InvalidMultiaddrError('it must start with /ip4, /ip6, /dns, /dns4 or /dns6 and a host');
  if (tcp?.name !== 'tcp' || tcp.value === undefined || Number(tcp.value) < 1)
    throw new InvalidMultiaddrError('the host must be followed by /tcp/<port> (1 to 65535)');
  if (p2p?.name !== 'p2p' || rest.length > 0)
    throw new InvalidMultiaddrError('it must end in /p2p/<nodeId> and nothing after it');
  let nodeId: NodeId;
  try {
    nodeId = parseNodeId(p2p.value);
  } catch {
    throw new InvalidMultiaddrError('the /p2p/ part is not a node id (an Ed25519 peer id, 12D3KooW…)');
  }
  return { multiaddr: canonical, nodeId };
}

/**
 * The hosts of partner addresses as the connection manager's allow list (`/ip4/192.0.2.10`):
 * partners are exempt from the inbound connection-rate limit, so a WCO node's restart does not
 * turn into a reconnect storm (FIELD-NOTES trap 5). DNS names are left out: the limit matches IPs.
 */
export function allowListOf(addresses: readonly string[]): string[] {
  const hosts = new Set<string>();
  for (const address of addresses) {
    const [host] = multiaddr(address).getComponents();
    if (host && (host.name === 'ip4' || host.name === 'ip6') && host.value)
      hosts.add(`/${host.name}/${host.value}`);
  }
  return [...hosts];
}
