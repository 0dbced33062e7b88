/** The portal's service entries. Only 我的 is live today; the rest name the capability that brings them. */
export type LaterEntry = 'personal' | 'enterprise' | 'applications' | 'appointments' | 'hotline' | 'ratings';
export type Entry = LaterEntry | 'me';
export type Capability = 'catalogue' | 'applications' | 'appointments' | 'hotline' | 'ratings';

export const CAPABILITY_OF: Record<LaterEntry, Capability> = {
  personal: 'catalogue',
  enterprise: 'catalogue',
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
