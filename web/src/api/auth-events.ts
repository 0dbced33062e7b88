/**
 * A tiny bridge from the data layer (which sees the 401s) to the router (which can navigate).
 * query-client.ts emits; components/AuthRedirect.tsx listens inside the router.
 */
export type AuthEvent = { kind: 'session-lost'; code: string } | { kind: 'mfa-due'; code: string };

type Listener = (event: AuthEvent) => void;
const listeners = new Set<Listener>();

export function onAuthEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitAuthEvent(event: AuthEvent): void {
  for (const listener of listeners) listener(event);
}
