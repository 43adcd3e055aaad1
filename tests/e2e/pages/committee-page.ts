import type { Page } from 'playwright-core';

export type RosterEntry = { name: string; role?: string; organisation?: string; chair?: 'Chairman' | 'Vice-Chairman' };

/** A committee: its meetings, roster, standard agenda and settings, one tab each. */
export function committeePage(page: Page) {
  const addMemberForm = page.getByRole('form', { name: 'Add a member' });
  const newMeetingForm = page.getByRole('form', { name: 'New meeting' });
  return {
    async openTab(name: 'Meetings' | 'Roster' | 'Standard agenda' | 'Settings') {
      await page.getByRole('navigation', { name: 'Committee sections' }).getByRole('link', { name }).click();
    },
    async addMember(member: RosterEntry) {
      await addMemberForm.getByRole('textbox', { name: 'Name' }).fill(member.name);
      await addMemberForm.getByRole('textbox', { name: 'Role or title' }).fill(member.role ?? '');
      await addMemberForm.getByRole('textbox', { name: 'Organisation' }).fill(member.organisation ?? '');
      await addMemberForm.getByRole('combobox', { name: 'Chair' }).selectOption({ label: member.chair ?? '—' });
      await addMemberForm.getByRole('button', { name: 'Add member' }).click();
      await page.getByRole('textbox', { name: `Role of ${member.name}` }).waitFor();
    },
    rosterNames: () => page.getByRole('textbox', { name: /^Name, member \d+$/ }).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
    async createMeeting(details: { date: string; startTime: string; isVirtual?: boolean; venue?: string }) {
      await newMeetingForm.getByLabel('Date').fill(details.date);
      await newMeetingForm.getByLabel('Start time').fill(details.startTime);
      if (details.isVirtual) await newMeetingForm.getByRole('checkbox', { name: 'Virtual meeting' }).check();
      else if (details.venue) await newMeetingForm.getByRole('textbox', { name: 'Venue' }).fill(details.venue);
      await newMeetingForm.getByRole('button', { name: 'Create meeting' }).click();
      await page.getByRole('listbox', { name: 'Agenda items' }).waitFor();
    },
  };
}
