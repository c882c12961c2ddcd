import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodeSource, fromDoubleUtf8, fromTcvn3, fromVni, isVietnameseSyllable, sourceFromBytes, syllableScore } from './text-encoding.ts';

/**
 * Fixtures are real Vietnamese encoded with the real code tables: glibc's iconv for
 * Windows-1258 and TCVN 5712 (TCVN3), and VNI text written from VNI's published map.
 */
const article = [
  '---',
  'title: Hội nghị sơ kết công tác dân vận',
  'summary: Đoàn thanh niên tỉnh Ninh Bình tổ chức hội nghị.',
  '---',
  '',
  'Nội dung bài viết về phối hợp giữa lực lượng vũ trang và các đoàn thể.',
  '',
].join('\n');
const iconv = (text: string, to: string) => execFileSync('iconv', ['-f', 'UTF-8', '-t', to], { input: text });
const utf8 = (text: string) => Buffer.from(text, 'utf8');
/** What a font-encoded document becomes when Word saves it as UTF-8: its bytes read as Windows-1252. */
const asWestern = (bytes: Uint8Array) => new TextDecoder('windows-1252').decode(bytes);
const vniArticle = [
  '---',
  'title: Hoäi nghò sô keát coâng taùc daân vaän',
  'summary: Ñoaøn thanh nieân tænh Ninh Bình toå chöùc hoäi nghò.',
  '---',
  '',
  'Noäi dung baøi vieát veà phoái hôïp giöõa löïc löôïng vuõ trang vaø caùc ñoaøn theå.',
  '',
].join('\n');

describe('reading a content file', () => {
  it('reads UTF-8 as it is', () => {
    expect(decodeSource(utf8(article))).toEqual({ ok: true, text: article });
  });

  it('drops the byte-order mark Windows Notepad writes', () => {
    expect(decodeSource(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(article)]))).toEqual({ ok: true, text: article });
  });

  it('keeps a byte-order mark that is not at the start (it is text, not a mark)', () => {
    const text = `a\uFEFFb`;
    expect(decodeSource(utf8(text))).toEqual({ ok: true, text });
  });

  it('accepts real Vietnamese with typographic quotes, dashes and signs', () => {
    const text = `${article}“Trích dẫn” – nhiệt độ 25°C, © Báo Quân đội nhân dân… Ê Đê, M’nông.\n`;
    expect(decodeSource(utf8(text))).toEqual({ ok: true, text });
  });

  it.each([
    ['UTF-16 LE with its mark', 'UTF-16'],
    ['UTF-16 LE without a mark', 'UTF-16LE'],
    ['UTF-16 BE without a mark', 'UTF-16BE'],
  ])('refuses %s', (_, encoding) => {
    expect(decodeSource(iconv(article, encoding))).toMatchObject({ ok: false, encoding: 'utf-16', line: 1 });
  });

  it('refuses UTF-32, with or without its mark', () => {
    expect(decodeSource(iconv(article, 'UTF-32'))).toEqual({ ok: false, encoding: 'utf-32', line: 1, text: '' });
    expect(decodeSource(Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), iconv('Đường', 'UTF-32BE')]))).toMatchObject({ encoding: 'utf-32' });
    expect(decodeSource(iconv(article, 'UTF-32BE'))).toMatchObject({ ok: false, encoding: 'utf-32' });
    expect(decodeSource(iconv(article, 'UTF-32LE'))).toMatchObject({ ok: false, encoding: 'utf-32' });
  });

  it.each([
    ['LE', [0xff, 0xfe], 'UTF-16LE'],
    ['BE', [0xfe, 0xff], 'UTF-16BE'],
  ])('refuses UTF-16 %s by its mark when the text has no NUL byte', (_, mark, encoding) => {
    const bytes = Buffer.concat([Buffer.from(mark), iconv('ĐườỞĐăơ', encoding)]);
    expect(bytes.includes(0)).toBe(false);
    expect(decodeSource(bytes)).toEqual({ ok: false, encoding: 'utf-16', line: 1, text: '' });
  });

  it('keeps a first character whose UTF-8 starts like a byte-order mark', () => {
    expect(decodeSource(utf8('\uFB01---'))).toEqual({ ok: true, text: '\uFB01---' });
    expect(decodeSource(utf8('\uFEFF\uFEFFa'))).toEqual({ ok: true, text: '\uFEFFa' });
  });

  it('names no encoding when no reading scores above zero, and counts from the first byte over 0x7F', () => {
    expect(decodeSource(Buffer.from('x\ncafé à\n', 'latin1'))).toMatchObject({ ok: false, encoding: 'unknown', line: 2 });
    expect(decodeSource(Buffer.from([0x61, 0x0a, 0x80, 0x0a, 0xe0]))).toMatchObject({ line: 2 });
  });

  it('does not call a file garbled for one odd word, but does for two', () => {
    const one = '---\ntitle: Bài\n---\nHéi\n';
    const two = '---\ntitle: Bài\n---\nHéi nghÞ\n';
    expect(decodeSource(utf8(one))).toEqual({ ok: true, text: one });
    expect(decodeSource(utf8(two))).toMatchObject({ ok: false, encoding: 'tcvn3', line: 4, sample: 'Hội nghị' });
  });

  it('keeps a line of exactly sixty characters whole in the sample', () => {
    const line = 'Hội nghị sơ kết công tác dân vận tỉnh Ninh Bình năm hai nghì';
    expect([...line].length).toBe(60);
    expect(decodeSource(iconv(`a\n${line}\n`, 'WINDOWS-1258'))).toMatchObject({ sample: line });
  });

  it('recognises Windows-1258 and reads back the first line with Vietnamese', () => {
    const bytes = iconv(article, 'WINDOWS-1258');
    expect(decodeSource(bytes)).toEqual({ ok: false, encoding: 'windows-1258', line: 2, sample: 'title: Hội nghị sơ kết công tác dân vận', text: article });
  });

  it('recognises TCVN3 saved as ANSI (bytes) and saved as UTF-8 by Word (characters)', () => {
    const bytes = iconv(article, 'TCVN5712-1');
    expect(decodeSource(bytes)).toEqual({ ok: false, encoding: 'tcvn3', line: 2, sample: 'title: Hội nghị sơ kết công tác dân vận', text: article });
    expect(decodeSource(utf8(asWestern(bytes)))).toMatchObject({ ok: false, encoding: 'tcvn3', line: 2, text: article });
  });

  it('recognises VNI saved as ANSI and as UTF-8', () => {
    expect(decodeSource(Buffer.from(vniArticle, 'latin1'))).toMatchObject({ ok: false, encoding: 'vni', line: 2, text: article });
    expect(decodeSource(utf8(vniArticle))).toEqual({ ok: false, encoding: 'vni', line: 2, sample: 'title: Hội nghị sơ kết công tác dân vận', text: article });
  });

  it('recognises UTF-8 that was read as Windows-1252 and saved again', () => {
    const twice = utf8(asWestern(utf8(article)));
    expect(decodeSource(twice)).toMatchObject({ ok: false, encoding: 'double-utf8', line: 2, sample: 'title: Hội nghị sơ kết công tác dân vận' });
  });

  it('names no Vietnamese encoding for a Western file that is not UTF-8', () => {
    const bytes = Buffer.from('---\ntitle: Café à la crème, déjà vu\n---\n', 'latin1');
    expect(decodeSource(bytes)).toMatchObject({ ok: false, encoding: 'unknown', line: 2 });
  });

  it('starts the sample line count after earlier lines and shortens a long line', () => {
    const long = `---\ntitle: x\n\n${'Hội nghị sơ kết công tác dân vận năm hai nghìn hai mươi hai tại tỉnh Ninh Bình'}\n`;
    const result = decodeSource(iconv(long, 'WINDOWS-1258'));
    expect(result).toMatchObject({ ok: false, line: 4, sample: 'Hội nghị sơ kết công tác dân vận năm hai nghìn hai mươi hai …' });
  });
});

describe('the legacy tables', () => {
  it('reads every lower-case letter and the seven capitals of TCVN3 as glibc does', () => {
    const letters = 'aàảãáạăằẳẵắặâầẩẫấậđeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵĂÂÊÔƠƯĐ';
    expect(fromTcvn3(asWestern(iconv(letters, 'TCVN5712-1')))).toBe(letters);
  });

  it('reads VNI letters, marks after their vowel and capitals', () => {
    expect(fromVni('Tieáng Vieät raát hay')).toBe('Tiếng Việt rất hay');
    expect(fromVni('Xin chaøo caùc baïn')).toBe('Xin chào các bạn');
    expect(fromVni('ÑOAØN THANH NIEÂN, Tænh Ñoäi, hôïp, löïc, aên, aéc, aèn, aún, aün, aëc, aûn, aõn, aån, aãn, ió, iò, yî')).toBe(
      'ĐOÀN THANH NIÊN, Tỉnh Đội, hợp, lực, ăn, ắc, ằn, ẳn, ẵn, ặc, ản, ãn, ẩn, ẫn, iĩ, iị, yỵ',
    );
  });

  it('leaves a VNI mark that follows no vowel as it is, even after a vowel earlier in the word', () => {
    expect(fromVni('5ù b')).toBe('5ù b');
    expect(fromVni('abù')).toBe('abù');
  });

  it('undoes UTF-8 read as Windows-1252 word by word, and leaves other words alone', () => {
    expect(fromDoubleUtf8('Há»™i nghá»‹ Ä\u0090oÃ\u00a0n “x” ơ')).toBe('Hội nghị Đoàn “x” ơ');
    // Ề is E1 BB 80: its last byte is the € of Windows-1252.
    expect(fromDoubleUtf8('NGHá»€')).toBe('NGHỀ');
    // Characters beyond Windows-1252 cannot be a misread byte: the word stays.
    expect(fromDoubleUtf8('Ã\u01a9')).toBe('Ã\u01a9');
    expect(fromDoubleUtf8('\u0100')).toBe('\u0100');
  });
});

describe('Vietnamese syllables', () => {
  it.each(['nghiêng', 'Người', 'quốc', 'gì', 'Đoàn', 'khuya', 'tỉnh', 'ĐOÀN', 'oẳn', 'chuyện', 'giữa'])('knows %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each(['Héi', 'nghÞ', 'hoọi', 'tàá', 'café', 'fête', 'bánhh', 'nghĕ', 'hỏỉ'])('refuses %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });

  it('scores words beyond ASCII only, +1 each syllable and -1 each other word', () => {
    expect(syllableScore('Hội nghị ABC 2022 café')).toBe(1);
    expect(syllableScore('abc, def.')).toBe(0);
  });
});

describe('the error for a refused file', () => {
  it('names the file, the line, the encoding and how to convert it with UniKey', () => {
    const { error, text } = sourceFromBytes('content/articles/2022/a/index.md', iconv(article, 'TCVN5712-1'));
    expect(text).toBe(article);
    expect(error).toEqual({
      file: 'content/articles/2022/a/index.md',
      line: 2,
      field: '',
      message:
        'Chữ trong tệp được gõ bằng bảng mã TCVN3 (ABC), của các phông .VnTime, .VnArial, sẽ hiện sai trên cổng; đọc theo bảng mã đó, dòng này là "title: Hội nghị sơ kết công tác dân vận". Hãy chuyển sang Unicode: chép toàn bộ nội dung tệp, mở UniKey, bấm Ctrl+Shift+F6 (Công cụ chuyển mã), chọn Nguồn "TCVN3 (ABC)" và Đích "Unicode", bấm "Chuyển mã", rồi dán đè vào tệp và lưu ở dạng UTF-8',
    });
  });

  it('has no error for UTF-8 with a byte-order mark', () => {
    expect(sourceFromBytes('a.md', Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a' });
  });
});
