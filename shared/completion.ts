// Completion as the secretary types (ghost text, Tab to accept — the habit Word's AutoComplete
// taught). Offline and in-process: a small word model built from what the secretary already has —
// the roster (names, roles, organisations), the phrase bank, the committee's earlier minutes — and
// from what has been typed in this meeting so far. No model file, no network.
//
// The model counts words, and which word follows one word or two, with the characters between
// them (" (", ", "), so "the Head of Service" can be followed by " (Trading Standards & Commercial
// Regulation)" as the roster spells it. A suggestion first finishes the word being typed (the
// likeliest word with that beginning, preferring one that follows the words before it), then runs
// on while the next word is near certain. Looking up a suggestion walks a sorted word list and a
// few maps, so it costs microseconds and never holds up a keystroke.

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** What the caret sits in: the end of the text, from its last word-start. */
const partialPattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u;

type Follower = { separator: string; word: string; count: number };

/** Shortest beginning of a word worth completing, and the fewest characters a suggestion must add (one will do: Tab also types the space after it). */
const minimumPartial = 1;
const minimumGain = 1;
/** How sure the model must be of the next word to run a suggestion on into it. */
const runOnShare = 0.34;
const runOnCount = 1;
const longestRunOn = 8;
/** A word typed in this meeting counts more than one read in earlier minutes: the meeting's own subject. */
const typedWeight = 30;

/** A model as the main process sends it: words with their counts, and who follows whom. */
export type CompletionModel = {
  words: [word: string, count: number][];
  followers: [context: string, separator: string, word: string, count: number][];
};

export type Completer = {
  /** Counts the words of `text` (roster lines, phrases, earlier minutes, notes as typed). */
  learn: (text: string, weight?: number) => void;
  /**
   * Counts the last word of `before` (text ending just after a word) with the words before it:
   * called as each word of the notes is finished, so the meeting's own words are suggested at once.
   */
  learnLastWord: (before: string) => void;
  /** The model to send to the screen, keeping followers seen at least `minimumCount` times. */
  exportModel: (minimumCount?: number) => CompletionModel;
  /** The ghost text to show after `before` (the text up to the caret), or '' for none. */
  suggest: (before: string) => string;
};

export function createCompleter(model?: CompletionModel): Completer {
  const counts = new Map<string, number>();
  // Words by lower-case form, for prefix search: the first spelling seen is the one suggested.
  const spelling = new Map<string, string>();
  let sorted: string[] | null = [];
  const followers = new Map<string, Map<string, Follower>>();

  const key = (word: string) => word.toLocaleLowerCase('en-GB');
  const addFollower = (context: string, separator: string, word: string, weight: number) => {
    let next = followers.get(context);
    if (!next) followers.set(context, (next = new Map()));
    const id = `${separator}\u0000${word}`;
    const known = next.get(id);
    if (known) known.count += weight;
    else next.set(id, { separator, word, count: weight });
  };

  const learn = (text: string, weight = 1) => {
    let previous: string | null = null;
    let beforePrevious: string | null = null;
    let end = 0;
    for (const match of text.matchAll(wordPattern)) {
      const word = match[0];
      const separator = text.slice(end, match.index);
      end = match.index + word.length;
      const lower = key(word);
      if (!spelling.has(lower)) {
        spelling.set(lower, word);
        sorted = null;
      }
      counts.set(lower, (counts.get(lower) ?? 0) + weight);
      // A sentence or a line ends the context: what follows a full stop is not "next" in the phrase sense.
      const isBreak = /[.!?;:\n]/.test(separator);
      if (previous && !isBreak) {
        addFollower(key(previous), separator, word, weight);
        if (beforePrevious) addFollower(`${key(beforePrevious)} ${key(previous)}`, separator, word, weight);
      }
      beforePrevious = isBreak ? null : previous;
      previous = word;
    }
  };

  const learnLastWord = (before: string) => {
    const tail = before.slice(-200);
    const matches = [...tail.matchAll(wordPattern)];
    const last = matches.at(-1);
    if (!last || last.index + last[0].length !== tail.length) return;
    learnWord(last[0], matches.length >= 2 ? matches.at(-2)! : null, matches.length >= 3 ? matches.at(-3)! : null, tail);
  };

  function learnWord(word: string, previous: RegExpExecArray | null, beforePrevious: RegExpExecArray | null, text: string) {
    const lower = key(word);
    if (!spelling.has(lower)) {
      spelling.set(lower, word);
      sorted = null;
    }
    counts.set(lower, (counts.get(lower) ?? 0) + typedWeight);
    if (!previous) return;
    const separator = text.slice(previous.index + previous[0].length, text.length - word.length);
    if (/[.!?;:\n]/.test(separator)) return;
    addFollower(key(previous[0]), separator, word, typedWeight);
    if (beforePrevious && !/[.!?;:\n]/.test(text.slice(beforePrevious.index + beforePrevious[0].length, previous.index))) {
      addFollower(`${key(beforePrevious[0])} ${key(previous[0])}`, separator, word, typedWeight);
    }
  }

  const exportModel = (minimumCount = 1): CompletionModel => ({
    words: [...counts].map(([lower, count]) => [spelling.get(lower)!, count]),
    followers: [...followers].flatMap(([context, next]) =>
      [...next.values()].filter((follower) => follower.count >= minimumCount).map((follower) => [context, follower.separator, follower.word, follower.count] as CompletionModel['followers'][number]),
    ),
  });

  for (const [word, count] of model?.words ?? []) {
    const lower = key(word);
    if (!spelling.has(lower)) spelling.set(lower, word);
    counts.set(lower, (counts.get(lower) ?? 0) + count);
  }
  for (const [context, separator, word, count] of model?.followers ?? []) addFollower(context, separator, word, count);
  sorted = null;

  const words = () => (sorted ??= [...spelling.keys()].sort());

  /** The spellings of known words starting with `prefix` (lower case), from the sorted list. */
  function* withPrefix(prefix: string): Generator<string> {
    const list = words();
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (list[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < list.length && list[index]!.startsWith(prefix); index++) yield list[index]!;
  }

  const contextsOf = (words: string[]) => {
    const last = words.at(-1);
    const contexts: string[] = [];
    if (words.length >= 2) contexts.push(`${key(words.at(-2)!)} ${key(last!)}`);
    if (last) contexts.push(key(last));
    return contexts;
  };

  /** The near-certain next word after `words`, with its separator, or null. */
  const confidentNext = (words: string[]): Follower | null => {
    for (const context of contextsOf(words)) {
      const next = followers.get(context);
      if (!next) continue;
      let total = 0;
      let best: Follower | null = null;
      for (const follower of next.values()) {
        total += follower.count;
        if (!best || follower.count > best.count) best = follower;
      }
      if (best && best.count >= runOnCount && best.count / total >= runOnShare) return best;
      return null;
    }
    return null;
  };

  /** Runs on from `sequence` while the next word is near certain. */
  const runOn = (sequence: string[], typedSeparator = ''): string => {
    let ghost = '';
    for (let step = 0; step < longestRunOn; step++) {
      const next = confidentNext(sequence);
      if (!next || (step === 0 && !next.separator.startsWith(typedSeparator))) break;
      ghost += (step === 0 ? next.separator.slice(typedSeparator.length) : next.separator) + next.word;
      sequence.push(next.word);
    }
    return ghost;
  };

  const suggest = (before: string): string => {
    const partial = partialPattern.exec(before)?.[0] ?? '';
    if (partial.length === 0) {
      // Between words: the next word only when the model is near certain of it ("Vice " → "Chairman").
      const lastWord = /([\p{L}\p{N}][\p{L}\p{N}'’-]*)([^\p{L}\p{N}]*)$/u.exec(before.slice(-200));
      if (!lastWord || /[.!?;:\n]/.test(lastWord[2]!) || lastWord[2] === '') return '';
      const previousWords = (before.slice(-120).match(wordPattern) ?? []).slice(-2);
      const ghost = runOn(previousWords, lastWord[2]);
      return ghost.length >= minimumGain ? ghost : '';
    }
    if (partial.length < minimumPartial) return '';
    const head = before.slice(0, before.length - partial.length);
    const previousWords = (head.slice(-120).match(wordPattern) ?? []).slice(-2);
    const isContextBroken = /[.!?;:\n]\s*$/.test(head);
    const lowerPartial = key(partial);

    // The word: one that follows the words before it beats one that is merely common.
    let bestWord = '';
    let bestScore = 0;
    const followerCounts = new Map<string, number>();
    if (!isContextBroken) {
      for (const [weight, context] of contextsOf(previousWords).map((context, index) => [index === 0 && previousWords.length >= 2 ? 1000 : 100, context] as const)) {
        for (const follower of followers.get(context)?.values() ?? []) {
          const lower = key(follower.word);
          if (lower.startsWith(lowerPartial)) followerCounts.set(lower, (followerCounts.get(lower) ?? 0) + follower.count * weight);
        }
      }
    }
    for (const lower of withPrefix(lowerPartial)) {
      if (lower.length - partial.length < 1) continue;
      const score = (followerCounts.get(lower) ?? 0) + (counts.get(lower) ?? 0);
      if (score > bestScore) {
        bestScore = score;
        bestWord = lower;
      }
    }
    if (!bestWord) return '';
    const word = spelling.get(bestWord)!;
    // Keep what was typed; add the rest as the word is usually written.
    let ghost = word.slice(partial.length);

    ghost += runOn([...previousWords, word]);
    return ghost.length >= minimumGain ? ghost : '';
  };

  return { learn, learnLastWord, exportModel, suggest };
}
