let runner: Promise<typeof import('./turn-runner')> | undefined;

/** The turn runner and the provider client behind it load apart from the dashboard (the card
 * renders without them); the view asks for them once it is idle, a question at the latest. */
export function loadRunner(): Promise<typeof import('./turn-runner')> {
  runner ??= import('./turn-runner').catch((err: unknown) => {
    runner = undefined;
    throw err;
  });
  return runner;
}
