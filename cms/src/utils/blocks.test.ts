import { paragraphsToBlocks } from './blocks';

describe('paragraphsToBlocks', () => {
  it('makes one paragraph block per paragraph, in order', () => {
    expect(paragraphsToBlocks(['第一段', 'Second'])).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: '第一段' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Second' }] },
    ]);
  });

  it('drops blank paragraphs and trims the rest', () => {
    expect(paragraphsToBlocks(['  ', ' 护理后多喝水 ', ''])).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: '护理后多喝水' }] },
    ]);
  });
});
