import { expect } from '@open-wc/testing';
import { MarkdownBlocks, renderMarkdown } from '../../src/ui/markdown';

describe('markdown', () => {
  it('renders markdown', () => {
    const html = renderMarkdown('**bold** and `code`\n\n- one\n- two');
    expect(html)
      .to.contain('<strong>bold</strong>')
      .and.contain('<code>code</code>')
      .and.contain('<li>two</li>');
  });

  it('removes scripts, event handlers, javascript: links and images', () => {
    const html = renderMarkdown(
      'hi <script>alert(1)</script><img src=x onerror="alert(2)"> [x](javascript:alert(3)) <a href="https://ok.example" onclick="alert(4)">ok</a> ![leak](https://evil.example/?q=secret)',
    );
    expect(html).not.to.match(/<script|onerror|onclick|javascript:|<img|evil\.example/i);
    expect(html)
      .to.contain('href="https://ok.example/"')
      .and.contain('rel="noopener noreferrer nofollow"');
  });

  it('lets only a link carry an address, and a link says where it goes', () => {
    const html = renderMarkdown(
      '<table background="https://evil.example/t"><tr><td background="https://evil.example/d">x</td></tr></table>' +
        '<blockquote cite="https://evil.example/c">q</blockquote><span href="https://evil.example/s">s</span>\n\n' +
        '[Home Assistant](https://www.home-assistant.io/docs) and https://www.home-assistant.io/ and ' +
        '[relative](docs/x) [mail](mailto:me@example.org)',
    );
    expect(html).not.to.contain('evil.example');
    expect(html).to.contain(
      '<a href="https://www.home-assistant.io/docs" title="https://www.home-assistant.io/docs" target="_blank" rel="noopener noreferrer nofollow" data-host="www.home-assistant.io">Home Assistant</a>',
    );
    // An address written out shows itself; a relative one is no link; a mail link shows its address.
    expect(html).to.match(/<a href="https:\/\/www.home-assistant.io\/"[^>]*>https:/);
    expect(html).not.to.match(/data-host="www.home-assistant.io">https:/);
    expect(html).to.contain('<a>relative</a>');
    expect(html).to.contain('data-host="me@example.org"');
  });

  it('shows a growing unclosed code block as plain text past a size', () => {
    const blocks = new MarkdownBlocks();
    const code = '```\n' + '<b>x</b> '.repeat(1000);
    expect(blocks.update(code).plain).to.equal(undefined);
    const long = blocks.update(code + 'y'.repeat(20_000));
    expect(long.plain?.startsWith('```\n<b>x</b>')).to.equal(true);
    expect(long.tail).to.equal('');
    // Closed, it is rendered again.
    expect(blocks.update(`${code + 'y'.repeat(20_000)}\n\`\`\`\n`).plain).to.equal(undefined);
  });

  it('splits a growing text into finished blocks and re-parses only the open tail', () => {
    const blocks = new MarkdownBlocks();
    let out = blocks.update('First paragraph.\n\nSecond');
    expect(out.blocks.length).to.equal(1);
    expect(out.blocks[0]).to.contain('First paragraph.');
    expect(out.tail).to.contain('Second');
    out = blocks.update('First paragraph.\n\nSecond paragraph.\n\n```\ncode\n\nstill code');
    // The blank line inside the open fence does not end a block.
    expect(out.blocks.length).to.equal(2);
    expect(out.tail).to.contain('still code').and.contain('<pre>');
    out = blocks.update(
      'First paragraph.\n\nSecond paragraph.\n\n```\ncode\n\nstill code\n```\n\nAfter.',
    );
    expect(out.blocks.length).to.equal(3);
    expect(out.blocks[2]).to.match(/<pre><code>code\n\nstill code\n<\/code><\/pre>/);
    expect(out.tail).to.contain('After.');
  });

  it('renders the same HTML incrementally as in one go, wherever the text is cut', () => {
    const text =
      '# Title\n\nSome *text* here.\n\n1. one\n2. two\n\n```js\nconst a = 1;\n\nconst b = 2;\n```\n\n> quote\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nEnd.';
    const whole = renderMarkdown(text).replace(/\s+/g, '');
    for (let step = 1; step < 17; step += 3) {
      const blocks = new MarkdownBlocks();
      let out = blocks.update('');
      for (let i = step; i < text.length + step; i += step) out = blocks.update(text.slice(0, i));
      expect([...out.blocks, out.tail].join('').replace(/\s+/g, '')).to.equal(whole);
    }
  });

  it('starts over when the text is not a continuation', () => {
    const blocks = new MarkdownBlocks();
    blocks.update('One.\n\nTwo.\n\nThree');
    const out = blocks.update('Other.\n\nText');
    expect(out.blocks).to.have.length(1);
    expect(out.blocks[0]).to.contain('Other.');
  });
});
