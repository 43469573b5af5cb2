import { portraitLook, portraitSvg } from './avatar';
import { loadBeauticians } from './demo-data';

const handles = loadBeauticians().map((beautician) => beautician.handle);

describe('portraitSvg', () => {
  it('draws the same portrait for the same seed every time', () => {
    expect(portraitSvg('wang-jing-01')).toBe(portraitSvg('wang-jing-01'));
  });

  it('gives the demo beauticians mostly different looks', () => {
    const looks = new Set(handles.map((handle) => JSON.stringify(portraitLook(handle))));
    expect(looks.size).toBeGreaterThanOrEqual(handles.length - 2);
    const styles = new Set(handles.map((handle) => portraitLook(handle).style));
    expect(styles.size).toBeGreaterThanOrEqual(3);
  });

  it('is a 512 px square of shapes only: no text, scripts or links to render or fetch', () => {
    const svg = portraitSvg('li-na-02');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="512" height="512" viewBox="0 0 512 512">.*<\/svg>$/);
    expect(svg).not.toMatch(/<text|<script|<image|href=/);
  });
});
