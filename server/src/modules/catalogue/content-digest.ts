/** SM3 of the canonical JSON of an item content: equal contents have equal digests, whatever the key order. */
import { canonicalJson, sm3Hex } from '../../lib/sm3.js';
import type { ItemContent } from './item-content.js';

export const contentDigest = (content: ItemContent) => sm3Hex(canonicalJson(content));
