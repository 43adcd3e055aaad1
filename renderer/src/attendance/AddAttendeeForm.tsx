import { useRef, useState, type FormEvent } from 'react';
import type { AttendanceEntry } from '../../../shared/domain.ts';
import { api, describeError } from '../api.ts';
import { ErrorMessage } from '../app/Layout.tsx';
import { personLabel } from '../../../shared/compose/people.ts';

type Kind = 'substitute' | 'also_present' | 'in_attendance';

/** Substitutes and guests are added on the fly, with their role. */
export function AddAttendeeForm({ meetingId, members, onAdded }: { meetingId: string; members: AttendanceEntry[]; onAdded: (entry: AttendanceEntry) => void }) {
  const [kind, setKind] = useState<Kind>('also_present');
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [forMemberId, setForMemberId] = useState('');
  const [error, setError] = useState<string | null>(null);
  // One id per person being added: a second press while the first is on its way adds them once.
  const attendeeId = useRef(crypto.randomUUID());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const entry = await api.addAttendee({
        meetingId,
        attendeeId: attendeeId.current,
        name,
        role,
        status: kind,
        substituteForMemberId: kind === 'substitute' ? forMemberId || null : null,
      });
      onAdded(entry);
      attendeeId.current = crypto.randomUUID();
      setName('');
      setRole('');
      setForMemberId('');
    } catch (failure) {
      setError(describeError(failure).message);
    }
  };

  return (
    <details className="add-attendee">
      <summary>Add a substitute or guest</summary>
      <form onSubmit={submit} className="form-grid compact">
        <label>
          Attending as
          <select value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
            <option value="substitute">Substitute for a member</option>
            <option value="also_present">Also present</option>
            <option value="in_attendance">In attendance</option>
          </select>
        </label>
        {kind === 'substitute' && (
          <label>
            Substituting for
            <select value={forMemberId} onChange={(event) => setForMemberId(event.target.value)} required>
              <option value="">Choose a member…</option>
              {/* Someone marked present is not being stood in for. */}
              {members.filter((member) => member.status !== 'present').map((member) => (
                <option key={member.memberId} value={member.memberId!}>
                  {personLabel(member)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Name
          <input value={name} onChange={(event) => setName(event.target.value)} required />
        </label>
        <label>
          Role or title
          <input value={role} onChange={(event) => setRole(event.target.value)} />
        </label>
        {error && <ErrorMessage message={error} />}
        <button type="submit">{kind === 'substitute' ? 'Add substitute' : 'Add guest'}</button>
      </form>
    </details>
  );
}
