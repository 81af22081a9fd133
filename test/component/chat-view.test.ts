import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../helpers/fake-connection';
import '../../src/index';
import {
  ChatHarness,
  allByLabel,
  byLabel,
  deepElements,
  sessionState,
} from '../helpers/chat-harness';
import type { OaccChatView } from '../../src/ui/chat-view';
import type { ChatMessage } from '../../src/schema/conversation';

const msg = (
  id: string,
  role: ChatMessage['role'],
  content: string,
  extra: Partial<ChatMessage> = {},
): ChatMessage => ({
  id,
  role,
  content,
  status: 'complete',
  created_at: '2026-01-01T00:00:00Z',
  ...extra,
});

describe('the chat view', () => {
  it('renders model output sanitized: no script, handler or javascript: link reaches the page', async () => {
    const view = await fixture<OaccChatView>(html`<oacc-chat-view></oacc-chat-view>`);
    (window as unknown as { pwned?: boolean }).pwned = false;
    view.state = sessionState({
      messages: [
        msg('1', 'user', '<b>not bold</b>'),
        msg(
          '2',
          'assistant',
          'Hi <script>window.pwned=true</script><img src=x onerror="window.pwned=true"> [x](javascript:window.pwned=true) <iframe src="javascript:1"></iframe>',
        ),
      ],
    });
    // The answer rendered as Markdown (its renderer loads with the first answer shown).
    await until(
      () => [...deepElements(view.shadowRoot!)].some((el) => el.classList.contains('block')),
      'the answer rendered',
    );
    const all = [...deepElements(view.shadowRoot!)];
    expect(all.some((el) => ['SCRIPT', 'IMG', 'IFRAME'].includes(el.tagName))).to.equal(false);
    expect(
      all.some((el) =>
        [...el.attributes].some((a) => a.name.startsWith('on') || /javascript:/i.test(a.value)),
      ),
    ).to.equal(false);
    expect((window as unknown as { pwned: boolean }).pwned).to.equal(false);
    // The user's own text is shown as text, not HTML.
    expect(new ChatHarness(view).messages()[0]).to.deep.equal(['user', '<b>not bold</b>']);
  });

  it('names the model under each answer: an agent by its name, its entity id on hover', async () => {
    const view = await fixture<OaccChatView>(html`<oacc-chat-view></oacc-chat-view>`);
    view.state = sessionState({
      messages: [
        msg('1', 'user', 'Turn on the kitchen lights'),
        msg('2', 'assistant', 'Done.', {
          model: 'conversation.scripted_ollama',
          provider_id: 'home-assistant',
        }),
        msg('3', 'user', 'And now?'),
        msg('4', 'assistant', 'Still on.', { model: 'scripted-model', provider_id: 'litellm' }),
      ],
    });
    view.modelNames = new Map([['conversation.scripted_ollama', 'Scripted Ollama']]);
    const models = () =>
      [...deepElements(view.shadowRoot!)]
        .filter((el) => el.classList.contains('model'))
        .map((el) => [el.textContent!.trim(), el.getAttribute('title')]);
    await until(() => models().length === 2, 'both answers signed');
    const shown = models();
    expect(shown).to.deep.equal([
      ['Scripted Ollama', 'Written by conversation.scripted_ollama'],
      ['scripted-model', 'Written by scripted-model'],
    ]);
  });

  it('shows reasoning apart from the answer, and a cut-off answer as cut off', async () => {
    const view = await fixture<OaccChatView>(html`<oacc-chat-view></oacc-chat-view>`);
    view.state = sessionState({
      messages: [
        msg('1', 'assistant', 'Partial answer', { reasoning: 'Thinking hard', status: 'cut' }),
      ],
    });
    const chat = new ChatHarness(view);
    await chat.waitFor(() => chat.lastAnswer().includes('Partial answer'), 'the answer rendered');
    const [[, text]] = chat.messages() as [[string, string]];
    expect(text)
      .to.contain('Reasoning')
      .and.contain('Partial answer')
      .and.contain('The answer was cut off here.');
  });

  it('a camera call shows the picture the model was shown, and asks in its own words; only our own image data is drawn', async () => {
    const jpeg = 'data:image/jpeg;base64,/9j/4AAQSkZJRg==';
    const view = await fixture<OaccChatView>(html`<oacc-chat-view></oacc-chat-view>`);
    view.state = sessionState({
      messages: [
        msg('1', 'user', 'Who is at the door?'),
        msg('2', 'assistant', '', {
          tool_calls: [
            {
              id: 'c1',
              name: 'get_camera_image',
              arguments: '{"entity_id":"camera.porch"}',
              status: 'awaiting',
              confirm: 'Porch',
              ask: 'Wants to look through Porch. Approve?',
            },
            {
              id: 'c2',
              name: 'get_camera_image',
              arguments: '{"entity_id":"camera.porch"}',
              status: 'done',
              images: [
                { thumb: jpeg, width: 800, height: 600 },
                { thumb: 'https://evil.example/x.png', width: 1, height: 1 },
                { thumb: 'data:image/svg+xml;base64,PHN2Zz4=', width: 1, height: 1 },
              ],
            },
          ],
        }),
      ],
    });
    const rows = () =>
      [...deepElements(view.shadowRoot!)].filter((el) => el.tagName === 'OACC-TOOL-CALL');
    const chat = new ChatHarness(view);
    await chat.waitFor(() => rows().length === 2, 'the tool rows');
    const [waiting, done] = rows() as [Element, Element];
    await (waiting as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await (done as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(waiting.shadowRoot!.textContent).to.contain('Wants to look through Porch. Approve?');
    expect(waiting.shadowRoot!.textContent).to.contain('Looked through camera.porch');
    const images = [...done.shadowRoot!.querySelectorAll('img')];
    expect(images.map((i) => [i.getAttribute('src'), i.alt, i.title])).to.deep.equal([
      [jpeg, 'Picture the model was shown', '800 × 600'],
    ]);
  });

  it('an answer can be read aloud; while it is, Stop reading ends it', async () => {
    const view = await fixture<OaccChatView>(html`<oacc-chat-view></oacc-chat-view>`);
    view.state = sessionState({
      messages: [msg('1', 'user', 'Hello'), msg('2', 'assistant', 'Hi there.')],
    });
    const chat = new ChatHarness(view);
    const asked: string[] = [];
    view.addEventListener('oacc-read-aloud', (e) => asked.push((e as CustomEvent).detail.id));
    view.addEventListener('oacc-stop-reading', () => asked.push('stop'));
    await chat.waitFor(() => byLabel(view.shadowRoot!, 'Read aloud'), 'Read aloud');
    // Only answers are read: one button, on the answer.
    expect(allByLabel(view.shadowRoot!, 'Read aloud')).to.have.length(1);
    byLabel<HTMLButtonElement>(view.shadowRoot!, 'Read aloud')!.click();
    view.reading = '2';
    await chat.waitFor(() => byLabel(view.shadowRoot!, 'Stop reading'), 'Stop reading');
    byLabel<HTMLButtonElement>(view.shadowRoot!, 'Stop reading')!.click();
    expect(asked).to.deep.equal(['2', 'stop']);
  });

  it('names its controls for screen readers and disables the composer when blocked', async () => {
    const view = await fixture<OaccChatView>(html`<oacc-chat-view></oacc-chat-view>`);
    view.blocker = { message: 'No provider is set up yet.' };
    await view.updateComplete;
    const chat = new ChatHarness(view);
    expect(chat.textbox).to.exist;
    expect(chat.button('Send')!.disabled).to.equal(true);
    expect(chat.alert()).to.contain('No provider is set up yet.');
    // It goes away when a provider is added, not by dismissing it.
    expect(chat.button('Dismiss') === undefined, 'no Dismiss button').to.equal(true);
    const log = [...deepElements(view.shadowRoot!)].find((el) => el.getAttribute('role') === 'log');
    expect(log).to.exist;
  });
});
