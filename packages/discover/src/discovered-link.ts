/** A candidate article found by a discovery route. */
export type DiscoveredLink = {
  /** Canonical URL (tracking parameters and fragment removed). */
  url: string;
  /** Publication or modification date the route claims, if any (ISO 8601). */
  date: string | null;
};
