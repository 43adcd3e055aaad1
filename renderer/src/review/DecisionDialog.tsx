import { useState } from 'react';
import type { ReviewDecisionInput, ReviewDecisionKind } from '../../../shared/review.ts';
import { ModalDialog } from './ModalDialog.tsx';

type Props = {
  kind: ReviewDecisionKind;
  reviewer: string;
  commentCount: number;
  suggestionCount: number;
  onNameChange: (name: string) => void;
  onDecide: (decision: ReviewDecisionInput) => Promise<unknown>;
  onClose: () => void;
};

/** Approve, or Return with comments: with the chairman's name, which the secretary's copy records. */
export function DecisionDialog({ kind, reviewer, commentCount, suggestionCount, onNameChange, onDecide, onClose }: Props) {
  const [name, setName] = useState(reviewer);
  const [message, setMessage] = useState('');
  const isApprove = kind === 'approve';
  return (
    <ModalDialog
      title={isApprove ? 'Approve the minutes' : 'Return with comments'}
      submitLabel={isApprove ? 'Approve the minutes' : `Return with ${commentCount} ${commentCount === 1 ? 'comment' : 'comments'}`}
      isSubmitDisabled={!name.trim() || (!isApprove && commentCount === 0 && !message.trim())}
      onClose={onClose}
      lead={
        isApprove ? (
          <p>
            You are approving these minutes as a correct record. The secretary’s copy will no longer say DRAFT.
            {suggestionCount > 0 && ` Your ${suggestionCount} proposed ${suggestionCount === 1 ? 'change goes' : 'changes go'} to the secretary with the approval.`}
          </p>
        ) : (
          <p>The minutes go back to the secretary with your comments and proposed wording, to be changed and sent to you again.</p>
        )
      }
      onSubmit={async () => {
        if (name !== reviewer) onNameChange(name.trim());
        await onDecide({ kind, message: message.trim() });
      }}
    >
      <label>
        Your name
        <input value={name} onChange={(event) => setName(event.target.value)} required autoFocus={!name} maxLength={200} />
      </label>
      <label>
        Message to the secretary (optional)
        <textarea value={message} onChange={(event) => setMessage(event.target.value)} rows={3} maxLength={5_000} autoFocus={!!name} />
      </label>
    </ModalDialog>
  );
}
