/**
 * Demo catalogue items of 示范市公安局 (department key `gaj`, code block 102): 居民身份证, 出生登记, 户口迁入,
 * 居住证 and 普通护照, written as the city's 办事指南 would show them. Time limits and fees are the national
 * ones (居民身份证法, 户口登记条例, 居住证暂行条例, 护照法 and the 国家发展改革委 fee notices).
 */
import { ID_CARD } from './id-card.js';
import { BIRTH_REGISTRATION } from './birth-registration.js';
import { HOUSEHOLD_MOVE_IN } from './household-move-in.js';
import { RESIDENCE_PERMIT } from './residence-permit.js';
import { PASSPORT } from './passport.js';
import type { DemoItem } from '../../demo-item.js';

export const GAJ_ITEMS: DemoItem[] = [ID_CARD, BIRTH_REGISTRATION, HOUSEHOLD_MOVE_IN, RESIDENCE_PERMIT, PASSPORT];
