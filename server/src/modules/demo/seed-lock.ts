/** Advisory lock id of the demo seed, so two demo instances starting at once write it once (the migrator uses 7_340_001). */
export const DEMO_SEED_LOCK = 7_340_002;
