import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { contrastRatio, parseColor, readableBackground } from '../../src/ui/contrast';

describe('contrast', () => {
  it('reads colours as the browser computes them', () => {
    expect(parseColor('rgb(3, 169, 244)')).to.deep.equal([3, 169, 244]);
    expect(parseColor('rgba(3, 169, 244, 1)')).to.deep.equal([3, 169, 244]);
    expect(parseColor('color(srgb 1 0.5 0)')).to.deep.equal([255, 127.5, 0]);
    // See-through or unknown: nothing to judge.
    expect(parseColor('rgba(0, 0, 0, 0)')).to.equal(undefined);
    expect(parseColor('color(display-p3 1 0 0)')).to.equal(undefined);
  });

  it('measures as WCAG does', () => {
    expect(contrastRatio([255, 255, 255], [0, 0, 0])).to.equal(21);
    // White on Home Assistant 2025.1's default header blue.
    expect(contrastRatio([255, 255, 255], [3, 169, 244])).to.be.closeTo(2.63, 0.01);
  });

  it('darkens a header under light text, lightens one under dark text, leaves a readable one', () => {
    const dark = readableBackground('rgb(255, 255, 255)', 'rgb(3, 169, 244)')!;
    expect(contrastRatio([255, 255, 255], parseColor(dark)!)).to.be.at.least(4.5);
    expect(parseColor(dark)!.every((c, i) => c <= [3, 169, 244][i]!)).to.equal(true);
    const light = readableBackground('rgb(33, 33, 33)', 'rgb(80, 80, 80)')!;
    expect(contrastRatio([33, 33, 33], parseColor(light)!)).to.be.at.least(4.5);
    expect(readableBackground('rgb(33, 33, 33)', 'rgb(250, 250, 250)')).to.equal(undefined);
  });

  it('finds a readable background for any opaque pair', () => {
    const channel = fc.integer({ min: 0, max: 255 });
    const color = fc.tuple(channel, channel, channel);
    fc.assert(
      fc.property(color, color, (fg, bg) => {
        const fixed = readableBackground(`rgb(${fg.join(', ')})`, `rgb(${bg.join(', ')})`);
        const shown = fixed ? parseColor(fixed)! : bg;
        // Mid-grey text reads on neither black nor white at 4.5:1: it gets the best it can.
        const best = Math.max(contrastRatio(fg, [0, 0, 0]), contrastRatio(fg, [255, 255, 255]));
        expect(contrastRatio(fg, shown)).to.be.at.least(Math.min(4.5, best));
      }),
    );
  });
});
