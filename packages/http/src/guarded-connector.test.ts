import { createServer, type Server } from 'node:http';
import type { LookupAddress } from 'node:dns';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import { createAddressPolicy } from './address-policy.ts';
import { createGuardedConnector, type Resolve } from './guarded-connector.ts';

// The same port on 127.0.0.2 (allowed in these tests) and 127.0.0.1 (forbidden), so that only the
// DNS answer decides where a connection goes — as with a rebinding attacker's name server.
const connectionsTo = { '127.0.0.1': 0, '127.0.0.2': 0 };
let servers: Server[] = [];
let port = 0;

async function listen(host: '127.0.0.1' | '127.0.0.2', onPort: number): Promise<Server> {
  const server = createServer((_req, res) => res.end(host));
  server.on('connection', () => {
    connectionsTo[host] += 1;
  });
  await new Promise<void>((resolve) => server.listen(onPort, host, resolve));
  return server;
}

beforeAll(async () => {
  const allowed = await listen('127.0.0.2', 0);
  port = (allowed.address() as AddressInfo).port;
  servers = [allowed, await listen('127.0.0.1', port)];
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

const agents: Agent[] = [];
afterEach(async () => {
  await Promise.all(agents.splice(0).map((agent) => agent.close()));
});

function agentResolving(answers: string[][]): Agent {
  const queue = [...answers];
  const resolve: Resolve = (_hostname, _options, callback) => {
    const next = queue.shift() ?? [];
    const addresses: LookupAddress[] = next.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    setImmediate(() => callback(null, addresses));
  };
  const agent = new Agent({ connect: createGuardedConnector(createAddressPolicy(['127.0.0.2/32']), resolve) });
  agents.push(agent);
  return agent;
}

async function get(agent: Agent): Promise<string> {
  // `reset` closes the connection afterwards, so every request resolves and connects afresh.
  const response = await agent.request({ origin: `http://rebind.test:${port}`, path: '/', method: 'GET', reset: true });
  return response.body.text();
}

describe('createGuardedConnector', () => {
  it('checks the address each new connection resolves to, so a name rebound to loopback is refused', async () => {
    const agent = agentResolving([['127.0.0.2'], ['127.0.0.1']]);
    const before = connectionsTo['127.0.0.1'];
    expect(await get(agent)).toBe('127.0.0.2');
    const error = await get(agent).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(FeedwrightError);
    expect((error as FeedwrightError).code).toBe('FETCH_BLOCKED_ADDRESS');
    expect((error as FeedwrightError).details).toMatchObject({ hostname: 'rebind.test', address: '127.0.0.1' });
    expect(connectionsTo['127.0.0.1']).toBe(before);
  });

  it('connects only through the allowed addresses of a mixed answer', async () => {
    const agent = agentResolving([['127.0.0.1', '127.0.0.2']]);
    const before = connectionsTo['127.0.0.1'];
    expect(await get(agent)).toBe('127.0.0.2');
    expect(connectionsTo['127.0.0.1']).toBe(before);
  });

  it('refuses a literal forbidden address without opening a socket', async () => {
    const agent = agentResolving([]);
    const before = connectionsTo['127.0.0.1'];
    const error = await agent.request({ origin: `http://127.0.0.1:${port}`, path: '/', method: 'GET' }).catch((thrown: unknown) => thrown);
    expect((error as FeedwrightError).code).toBe('FETCH_BLOCKED_ADDRESS');
    expect(connectionsTo['127.0.0.1']).toBe(before);
  });
});
