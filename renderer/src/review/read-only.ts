import { createContext, useContext } from 'react';

// Approved and confirmed minutes are a record: the live form shows them with every editing
// control off. Form controls are switched off by the fieldset around the form; this tells the
// parts a fieldset cannot reach (the notes editor, the agenda's keys) to stay still too.

const ReadOnlyContext = createContext(false);

export const ReadOnlyProvider = ReadOnlyContext.Provider;

export const useIsReadOnly = () => useContext(ReadOnlyContext);
