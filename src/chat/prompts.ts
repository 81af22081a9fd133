// What this card says to the model (not to the user): in English whatever the user's language,
// like the rest of the system prompt and the tools' descriptions.

export const prompts = {
  /** A tool call the user denied, as the model gets it back. */
  denied: 'The user denied this action. Do not retry it; tell the user it was not done.',
  /** A call whose safety check failed: it is refused, never run. */
  checkFailed: (why: string) =>
    `This call could not be checked (${why}), so it was not made. Tell the user it was not done.`,
  /** A call past the number one answer may make. */
  tooManyCalls: (n: number) =>
    `Not made: one answer may make at most ${n} tool calls. Tell the user what was done and what was not.`,
  /** A call whose arguments are longer than a call's may be. */
  argumentsTooLong: (n: number) =>
    `Not made: the arguments are longer than ${n} characters. Send only what the call needs.`,
  /** Asks for the rest of an answer that was cut off. */
  continue:
    'Continue your previous answer exactly where it stopped. Do not repeat what you already wrote.',
  /** In the system prompt when the list of entities could not be read. */
  homeUnavailable: 'The list of entities could not be read; use list_entities.',
  /** The user's memory, as it goes into the system prompt: the facts chosen for this question,
   * and how many did not fit. */
  memory: (lines: readonly string[], left: number) =>
    [
      'What you remember about the user from earlier conversations (use it where it helps; keep it right with the memory tools, ids in brackets):',
      ...lines,
      ...(left ? [`(${left} more remembered facts are left out here to keep this short.)`] : []),
    ].join('\n'),
  /** Before the pictures a tool gave (they follow its result in a message of their own). */
  toolPictures: (what: string) => `The picture from ${what}, as the tool call above returned it:`,
} as const;
