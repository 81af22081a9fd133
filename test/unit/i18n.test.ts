import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index';
import { FakeConnection, until } from '../helpers/fake-connection';
import { ChatHarness, byLabel } from '../helpers/chat-harness';
import { translationProblems } from '../helpers/translation-check';
import { en } from '../../src/i18n/en';
import {
  addEnglish,
  languages,
  loadTranslation,
  rightToLeft,
  setLanguage,
  strings,
  translationFor,
} from '../../src/i18n';
import type { OpenaiCompatibleConversationCard } from '../../src/card/conversation-card';

describe('languages', () => {
  afterEach(() => setLanguage('en'));

  for (const language of languages.filter((l) => l !== 'en'))
    it(`${language}: every key English has, the same placeholders, nothing more`, async () => {
      expect(
        translationProblems(await loadTranslation('en'), await loadTranslation(language)),
      ).to.deep.equal([]);
    });

  it('picks the translation for Home Assistant’s language tag', () => {
    expect(
      [
        'de-CH',
        'pt',
        'pt-PT',
        'pt-BR',
        'zh-CN',
        'zh-Hans',
        'nb-NO',
        'no',
        'en-GB',
        'he',
        'xx',
        undefined,
      ].map(translationFor),
    ).to.deep.equal([
      'de',
      'pt-BR',
      'pt-BR',
      'pt-BR',
      'zh-Hans',
      'zh-Hans',
      'nb',
      'nb',
      'en',
      'he',
      'en',
      'en',
    ]);
  });

  it('switches in place, live: what a module holds reads the new words; Hebrew reads right to left', async () => {
    const held = strings.msg;
    await setLanguage('de-DE');
    expect(strings.send).not.to.equal(en.send);
    expect(held.copy).to.equal(strings.msg.copy);
    expect(held.copy).not.to.equal(en.msg.copy);
    expect(rightToLeft()).to.equal(false);
    await setLanguage('he');
    expect(rightToLeft()).to.equal(true);
    await setLanguage('en');
    expect(held.copy).to.equal('Copy');
  });

  it('the pages’ words, which load later, come in the language in use, and follow it', async () => {
    const { enPages } = await import('../../src/i18n/en-pages');
    const de = await loadTranslation('de');
    await setLanguage('de');
    // A chunk that brings the pages' English while German is in use: German stays.
    addEnglish({ settings: enPages.settings } as never);
    expect(strings.settings.title).to.equal(de.settings.title);
    expect(strings.settings.title).not.to.equal(enPages.settings.title);
    await setLanguage('en');
    expect(strings.settings.title).to.equal(enPages.settings.title);
    addEnglish({ settings: enPages.settings } as never);
    expect(strings.settings.title).to.equal(enPages.settings.title);
    // And back: the translation was not changed by any of it.
    await setLanguage('de');
    expect(strings.settings.title).to.equal('Einstellungen');
  });

  it('the card follows the user’s language as Home Assistant changes it, and mirrors for Hebrew', async () => {
    const card = await fixture<OpenaiCompatibleConversationCard>(
      html`<openai-compatible-conversation-card></openai-compatible-conversation-card>`,
    );
    card.setConfig({ type: 'custom:openai-compatible-conversation-card' });
    const conn = new FakeConnection();
    card.hass = { connection: conn, user: { id: 'u' }, locale: { language: 'en' } } as never;
    const chat = new ChatHarness(card);
    await until(() => chat.textbox, 'the composer');
    const german = await loadTranslation('de');
    card.hass = { connection: conn, user: { id: 'u' }, locale: { language: 'de' } } as never;
    await until(() => byLabel(card.shadowRoot!, german.message), 'the German message box');
    expect(card.getAttribute('dir')).to.equal(null);
    const hebrew = await loadTranslation('he');
    card.hass = { connection: conn, user: { id: 'u' }, locale: { language: 'he' } } as never;
    await until(() => byLabel(card.shadowRoot!, hebrew.message), 'the Hebrew message box');
    expect(card.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(card).direction).to.equal('rtl');
  });
});
