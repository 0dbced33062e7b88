import { describe, expect, it } from 'vitest';
import { calendarBanner } from './calendar-banner';

const admin = { roles: ['admin'] };
const clerk = { roles: ['window_clerk'] };
const editor = { roles: ['catalogue_editor'] };

describe('calendarBanner', () => {
  it('says nothing while this year and next are entered', () => {
    expect(calendarBanner([], admin, '/console')).toBeNull();
    expect(calendarBanner(undefined, admin, '/console')).toBeNull();
  });

  it('names the missing years in order on every console page', () => {
    expect(calendarBanner([2027, 2026], admin, '/console/inbox')).toEqual({ years: [2026, 2027], link: 'enter' });
  });

  it('leads administrators to enter it, other calendar users to look, and others nowhere', () => {
    expect(calendarBanner([2027], admin, '/console')?.link).toBe('enter');
    expect(calendarBanner([2027], clerk, '/console')?.link).toBe('view');
    expect(calendarBanner([2027], editor, '/console')?.link).toBeNull();
    expect(calendarBanner([2027], undefined, '/console')?.link).toBeNull();
  });

  it('stays off the calendar page, which shows its own warning', () => {
    expect(calendarBanner([2027], admin, '/console/calendar')).toBeNull();
    expect(calendarBanner([2027], admin, '/console/calendar/')).toBeNull();
    expect(calendarBanner([2027], admin, '/console/calendars')).not.toBeNull();
  });
});
