/** Where the scripted OpenAI-compatible server listens (web-test-runner.config.mjs starts it and
 * serves this virtual module). */
const virtual = '/__scripted-llm.js';
export const { LLM_URL } = (await import(/* @vite-ignore */ virtual)) as { LLM_URL: string };

/** The requests the scripted server has received, newest last. */
export async function llmRequests(): Promise<
  { method: string; path: string; headers: Record<string, string>; body: unknown }[]
> {
  return (await fetch('/__scripted-llm/requests')).json();
}
