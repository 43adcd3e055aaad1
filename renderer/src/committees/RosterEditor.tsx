import { useId, useRef, useState, type FormEvent } from 'react';
import type { ChairRole, Member } from '../../../shared/domain.ts';
import { api, describeError } from '../api.ts';
import { ErrorMessage } from '../app/Layout.tsx';
import { useSaveQueue } from '../saving/SaveContext.tsx';
import { automaticInitials, derivedInitials, initialsClashes } from '../../../shared/initials.ts';
import { nameOrPostRequired, personLabel } from '../../../shared/compose/people.ts';
import { submitOnEnterInSelect } from '../app/forms.ts';

type Editable = Pick<Member, 'name' | 'role' | 'organisation' | 'initials' | 'chairRole'>;

const chairLabels: Record<'none' | ChairRole, string> = { none: '—', chairman: 'Chairman', 'vice-chairman': 'Vice-Chairman' };

export function RosterEditor({ committeeId, members, onChange }: { committeeId: string; members: Member[]; onChange: (members: Member[]) => void }) {
  const queue = useSaveQueue();
  const current = members.filter((member) => !member.isArchived);
  const former = members.filter((member) => member.isArchived);
  const clashes = initialsClashes(current, personLabel);

  const edit = (member: Member, changes: Partial<Editable>) => {
    const next = { ...member, ...changes };
    onChange(members.map((candidate) => (candidate.id === member.id ? next : candidate)));
    const { name, role, organisation, initials, chairRole } = next;
    queue.schedule(`member:${member.id}`, () => api.updateMember({ memberId: member.id, name, role, organisation, initials, chairRole }));
  };

  const setArchived = (member: Member, isArchived: boolean) => {
    onChange(members.map((candidate) => (candidate.id === member.id ? { ...candidate, isArchived } : candidate)));
    queue.schedule(`member-archive:${member.id}`, () => api.updateMember({ memberId: member.id, isArchived }), 0);
  };

  const move = (member: Member, direction: -1 | 1) => {
    const ids = members.map((candidate) => candidate.id);
    const index = ids.indexOf(member.id);
    // Step over former members so the move is visible among the current roster.
    let target = index + direction;
    while (members[target]?.isArchived) target += direction;
    if (target < 0 || target >= ids.length) return;
    ids.splice(index, 1);
    ids.splice(target, 0, member.id);
    const byId = new Map(members.map((candidate) => [candidate.id, candidate]));
    onChange(ids.map((id, position) => ({ ...byId.get(id)!, position })));
    queue.schedule(`roster-order:${committeeId}`, () => api.reorderMembers({ committeeId, memberIds: ids }), 0);
  };

  return (
    <section aria-labelledby="roster-heading">
      <h2 id="roster-heading">Roster</h2>
      <p className="hint">
        Initials appear in the Action column of the minutes. Someone known only by post can be added by their role alone, with no name. A member who leaves the roster stays in the minutes of the meetings they attended.
      </p>
      {current.length === 0 ? (
        <p className="empty">No members yet. Add the first below.</p>
      ) : (
        <table className="roster-table">
          <caption className="visually-hidden">Current members</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role or title</th>
              <th scope="col">Organisation</th>
              <th scope="col">Initials</th>
              <th scope="col">Chair</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {current.map((member, index) => {
              // Labels follow the person as the minutes name them; a row being retyped still has its place.
              const who = personLabel(member) || `member ${index + 1}`;
              return (
              <tr key={member.id}>
                <td>
                  <input
                    aria-label={`Name, member ${index + 1}`}
                    value={member.name}
                    placeholder={member.role.trim() ? 'Known by post' : ''}
                    onChange={(event) => edit(member, { name: event.target.value })}
                  />
                </td>
                <td>
                  <input aria-label={`Role of ${who}`} value={member.role} onChange={(event) => edit(member, { role: event.target.value })} />
                </td>
                <td>
                  <input aria-label={`Organisation of ${who}`} value={member.organisation} onChange={(event) => edit(member, { organisation: event.target.value })} />
                </td>
                <td>
                  <input
                    className="initials"
                    aria-label={`Initials of ${who}`}
                    aria-describedby={clashes.has(member.id) ? `clash-${member.id}` : undefined}
                    aria-invalid={clashes.has(member.id) || undefined}
                    value={member.initials}
                    placeholder={derivedInitials(member)}
                    onChange={(event) => edit(member, { initials: event.target.value })}
                  />
                  {clashes.has(member.id) && (
                    <span id={`clash-${member.id}`} className="initials-clash" role="note">
                      Same initials as {clashes.get(member.id)}: give one their own
                    </span>
                  )}
                </td>
                <td>
                  <select
                    aria-label={`Chair role of ${who}`}
                    value={member.chairRole ?? 'none'}
                    onChange={(event) => edit(member, { chairRole: event.target.value === 'none' ? null : (event.target.value as ChairRole) })}
                  >
                    {Object.entries(chairLabels).map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="row-actions">
                  <button type="button" className="icon" aria-label={`Move ${who} up`} disabled={index === 0} onClick={() => move(member, -1)}>
                    ↑
                  </button>
                  <button type="button" className="icon" aria-label={`Move ${who} down`} disabled={index === current.length - 1} onClick={() => move(member, 1)}>
                    ↓
                  </button>
                  <button type="button" onClick={() => setArchived(member, true)}>
                    Leave roster<span className="visually-hidden">: {who}</span>
                  </button>
                </td>
              </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <AddMemberForm committeeId={committeeId} members={members} onAdded={(member) => onChange([...members, member])} />
      {former.length > 0 && (
        <details className="former-members">
          <summary>Former members ({former.length})</summary>
          <ul>
            {former.map((member) => (
              <li key={member.id}>
                {member.name.trim() ? `${member.name}${member.role && `, ${member.role}`}` : personLabel(member)}{' '}
                <button type="button" onClick={() => setArchived(member, false)}>
                  Rejoin roster<span className="visually-hidden">: {personLabel(member)}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

const emptyMember: Editable = { name: '', role: '', organisation: '', initials: '', chairRole: null };

function AddMemberForm({ committeeId, members, onAdded }: { committeeId: string; members: Member[]; onAdded: (member: Member) => void }) {
  const [fields, setFields] = useState<Editable>(emptyMember);
  const [error, setError] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const formId = useId();
  // One id per person being added: a second press while the first is on its way adds them once.
  const memberId = useRef(crypto.randomUUID());
  const set = (changes: Partial<Editable>) => setFields((current) => ({ ...current, ...changes }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!fields.name.trim() && !fields.role.trim()) {
      setError(nameOrPostRequired);
      nameInput.current?.focus();
      return;
    }
    try {
      onAdded(await api.addMember({ committeeId, memberId: memberId.current, ...fields }));
      memberId.current = crypto.randomUUID();
      setFields(emptyMember);
      // Rosters are typed in one after another: straight back to Name for the next person.
      nameInput.current?.focus();
    } catch (failure) {
      setError(describeError(failure).message);
    }
  };

  return (
    <form className="panel form-row" onSubmit={submit} onKeyDown={submitOnEnterInSelect} aria-labelledby="add-member-heading">
      <h3 id="add-member-heading">Add a member</h3>
      <label>
        Name
        <input ref={nameInput} value={fields.name} onChange={(event) => set({ name: event.target.value })} placeholder="Councillor Kate Lymer" aria-describedby={`${formId}-name-hint`} />
      </label>
      <span id={`${formId}-name-hint`} className="visually-hidden">Leave empty for someone known only by post.</span>
      <label>
        Role or title
        <input value={fields.role} onChange={(event) => set({ role: event.target.value })} placeholder="Portfolio Holder for Public Protection" />
      </label>
      <label>
        Organisation
        <input value={fields.organisation} onChange={(event) => set({ organisation: event.target.value })} placeholder="Met Police" />
      </label>
      <label>
        Initials
        <input className="initials" value={fields.initials} onChange={(event) => set({ initials: event.target.value })} placeholder={automaticInitials(fields, members) || 'auto'} />
      </label>
      <label>
        Chair
        <select value={fields.chairRole ?? 'none'} onChange={(event) => set({ chairRole: event.target.value === 'none' ? null : (event.target.value as ChairRole) })}>
          {Object.entries(chairLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary">
        Add member
      </button>
      {error && <ErrorMessage message={error} />}
    </form>
  );
}
