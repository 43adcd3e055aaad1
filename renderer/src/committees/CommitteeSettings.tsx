import type { Committee } from '../../../shared/domain.ts';
import { api } from '../api.ts';
import { useSaveQueue } from '../saving/SaveContext.tsx';
import { BackupsSettings } from '../settings/BackupsSettings.tsx';
import { HouseStyleSettings } from './HouseStyleSettings.tsx';
import { NumberingSettings } from './NumberingSettings.tsx';
import { TimeInput } from '../app/BritishInputs.tsx';

type Details = Pick<Committee, 'name' | 'defaultVenue' | 'defaultStartTime'>;

export function CommitteeSettings({ committee, onChange }: { committee: Committee; onChange: (committee: Committee) => void }) {
  const queue = useSaveQueue();
  const edit = (changes: Partial<Details>) => {
    const next = { ...committee, ...changes };
    onChange(next);
    queue.schedule(`committee:${committee.id}`, () =>
      api.updateCommittee({
        committeeId: committee.id,
        name: next.name,
        defaultVenue: next.defaultVenue,
        defaultStartTime: next.defaultStartTime,
      }),
    );
  };
  return (
    <>
    <section aria-labelledby="settings-heading" className="form-grid">
      <h2 id="settings-heading">Committee details</h2>
      <label>
        Committee name
        <input value={committee.name} onChange={(event) => edit({ name: event.target.value })} />
      </label>
      <label>
        Default venue
        <input value={committee.defaultVenue} onChange={(event) => edit({ defaultVenue: event.target.value })} />
      </label>
      <label>
        Default start time
        <TimeInput value={committee.defaultStartTime} onChange={(event) => event.target.value && edit({ defaultStartTime: event.target.value })} />
      </label>
    </section>
    <NumberingSettings committee={committee} onChange={onChange} />
    <HouseStyleSettings committeeId={committee.id} />
    <BackupsSettings />
    </>
  );
}
