// One implementation, shared with the demo's private Redis: see packages/cli/src/free-port.ts.
export { freePort } from '@feedwright/cli/free-port.ts';
