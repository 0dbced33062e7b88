/**
 * Demo catalogue items of 示范市教育局 (block 202): 民办学校设立审批、教师资格认定、义务教育阶段入学登记.
 * Legal bases and time limits follow the national laws and regulations cited in each item; the window,
 * hours and phones are those of the demo 政务服务中心 (demo-data.ts).
 */
import { PRIVATE_SCHOOL_ESTABLISHMENT } from './private-school-establishment.js';
import { TEACHER_QUALIFICATION } from './teacher-qualification.js';
import { SCHOOL_ENROLMENT } from './school-enrolment.js';
import type { DemoItem } from '../../demo-item.js';

export const JYJ_ITEMS: DemoItem[] = [PRIVATE_SCHOOL_ESTABLISHMENT, TEACHER_QUALIFICATION, SCHOOL_ENROLMENT];
