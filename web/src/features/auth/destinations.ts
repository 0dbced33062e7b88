/** Where to go after login, and a guard against open redirects through ?next=. */
import type { Session } from '../../api/types';

/** Only same-site paths: "/x" yes, "//evil.example" and "https://…" no. */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  return next;
}

export function needsSecondFactor(session: Session | undefined): boolean {
  return !!session?.authenticated && (session.mfa === 'enrol' || session.mfa === 'verify');
}

export function homeOf(session: Session): string {
  return session.account?.kind === 'staff' ? '/console' : '/me';
}

/** The page to show once a session answer arrives from login, registration or the second factor. */
export function destinationAfter(session: Session, next: string | undefined): string {
  if (needsSecondFactor(session)) return `/login/mfa${next ? `?next=${encodeURIComponent(next)}` : ''}`;
  return next ?? homeOf(session);
}

export function loginPath(next: string, reason?: string): string {
  const params = new URLSearchParams({ next });
  if (reason) params.set('reason', reason);
  return `/login?${params.toString()}`;
}
