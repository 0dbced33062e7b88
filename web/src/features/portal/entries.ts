/**
 * The portal's service entries. 个人办事 / 法人办事 (the service catalogue) and 我的 are live; the rest name
 * the capability that brings them.
 */
export type LaterEntry = 'applications' | 'appointments' | 'hotline' | 'ratings';
export type Entry = 'personal' | 'enterprise' | LaterEntry | 'me';
export type Capability = 'applications' | 'appointments' | 'hotline' | 'ratings';

export const CAPABILITY_OF: Record<LaterEntry, Capability> = {
  applications: 'applications',
  appointments: 'appointments',
  hotline: 'hotline',
  ratings: 'ratings',
};

export const PATH_OF: Record<Entry, string> = {
  personal: '/personal',
  enterprise: '/enterprise',
  applications: '/applications',
  appointments: '/appointments',
  hotline: '/hotline',
  ratings: '/ratings',
  me: '/me',
};

export const STANDARD_ENTRIES: readonly Entry[] = ['personal', 'enterprise', 'applications', 'appointments', 'hotline', 'ratings', 'me'];
/** 长辈版: fewer, larger choices. */
export const ELDER_ENTRIES: readonly Entry[] = ['personal', 'applications', 'hotline', 'me'];
