// The benchmark only needs this much of jsdom; @types/jsdom is not a dependency of the repo.
declare module 'jsdom' {
  export class VirtualConsole {}
  export class JSDOM {
    constructor(html: string, options?: { url?: string; virtualConsole?: VirtualConsole });
    readonly window: { document: unknown; close(): void };
  }
}
