// Unit and component tests in Debian's Chromium, straight from TypeScript (esbuild), on Lit's
// development build so mistakes throw. The scripted OpenAI-compatible server runs beside them on
// loopback; tests import its URL from the virtual module `/__scripted-llm.js`.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { startScriptedLlm } from './test/scripted-llm/server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

let llm;

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        // A fake microphone (a beep), allowed without asking: "Speak" records from it.
        args: [
          ...CHROMIUM_ARGS,
          '--use-fake-device-for-media-stream',
          '--use-fake-ui-for-media-stream',
        ],
      },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    {
      name: 'scripted-llm',
      async serverStart() {
        llm = await startScriptedLlm({ host: '127.0.0.1', port: 0 });
      },
      async serverStop() {
        await llm?.close();
      },
      serve(context) {
        if (context.path === '/__scripted-llm.js') {
          return { body: `export const LLM_URL = ${JSON.stringify(llm.url)};`, type: 'js' };
        }
        if (context.path === '/__scripted-llm/requests') {
          return { body: JSON.stringify(llm.requests), type: 'json' };
        }
        return undefined;
      },
    },
  ],
};
