/**
 * Who a draft belongs to: a logged-in resident (by personal number, so the
 * draft is on their My pages from any device) or an anonymous browser session.
 */
export type DraftOwner =
  | { kind: 'resident'; personalNumber: string; name: string; loginMethod: string | null }
  | { kind: 'anonymous'; sessionHash: string };
