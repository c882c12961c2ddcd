import { describe, expect, it } from 'vitest';
import { csvResponse, jsonResponse, openDataResponse } from './open-data-response.ts';
import { ROWS_PER_PIECE, csvPieces, jsonPieces, toCsv, toJson } from './open-data.ts';

const rows = Array.from({ length: ROWS_PER_PIECE * 2 + 3 }, (_, i) => ({
  article: `Bài số ${i}`,
  value: i % 7 === 0 ? null : i * 1.5,
  tags: i % 2 ? ['Hội CCB', 'xã "Đông"'] : [],
  nested: { from: '2024-01-01', note: 'dòng một\ndòng hai' },
}));

describe('jsonPieces', () => {
  it('joins to exactly JSON.stringify(rows, null, 1) and a line end, across several pieces', () => {
    const pieces = [...jsonPieces(rows)];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe(`${JSON.stringify(rows, null, 1)}\n`);
    expect(JSON.parse(pieces.join(''))).toEqual(rows);
  });

  it('writes one row and no rows the way JSON.stringify does', () => {
    expect(toJson([rows[1]])).toBe(`${JSON.stringify([rows[1]], null, 1)}\n`);
    expect(toJson([])).toBe('[]\n');
  });

  it('holds at most ROWS_PER_PIECE rows in a piece', () => {
    const pieces = [...jsonPieces(rows)];
    expect(pieces).toHaveLength(5); // '[', three pieces of rows, ']'
    expect(pieces[1].match(/"article"/g)).toHaveLength(ROWS_PER_PIECE);
    expect(pieces[3].match(/"article"/g)).toHaveLength(3);
  });
});

describe('pieces of a file whose rows fill its pieces exactly', () => {
  const full = rows.slice(0, ROWS_PER_PIECE);
  it('has no empty piece after the last rows', () => {
    expect([...jsonPieces(full)]).toHaveLength(3); // '[', the rows, ']'
    expect([...csvPieces(full, ['article'])]).toHaveLength(2); // the header, the rows
    expect([...csvPieces([], ['article'])]).toHaveLength(1);
    expect(toJson(full)).toBe(`${JSON.stringify(full, null, 1)}\n`);
  });
});

describe('csvPieces', () => {
  it('leaves a missing value empty, as it does null', () => {
    expect(toCsv([{ a: undefined, b: null, c: 0 }], ['a', 'b', 'c'])).toBe('\uFEFFa,b,c\r\n,,0\r\n');
  });

  it('starts with the byte-order mark and header and has one line per row, in pieces of ROWS_PER_PIECE', () => {
    const pieces = [...csvPieces(rows, ['article', 'value'])];
    expect(pieces[0]).toBe('\uFEFFarticle,value\r\n');
    expect(pieces).toHaveLength(4);
    expect(pieces[1].split('\r\n')).toHaveLength(ROWS_PER_PIECE + 1);
    expect(pieces[1].startsWith('Bài số 0,\r\nBài số 1,1.5\r\n')).toBe(true);
    // Rows 2000 to 2002; 2002 is a multiple of 7, so its value is empty.
    expect(pieces[3]).toBe('Bài số 2000,3000\r\nBài số 2001,3001.5\r\nBài số 2002,\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv([], ['a', 'b'])).toBe('\uFEFFa,b\r\n');
  });
});

describe('openDataResponse', () => {
  it('answers the whole file in UTF-8 with its type', async () => {
    const json = jsonResponse(rows);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await json.text()).toBe(toJson(rows));
    const csv = csvResponse(rows, ['article', 'tags']);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(toCsv(rows, ['article', 'tags']));
  });

  it('makes each piece only when it is read, not all at once when the response is made', async () => {
    const made: number[] = [];
    function* counted() {
      for (let i = 0; i < 5; i++) {
        made.push(i);
        yield `${i}`;
      }
    }
    const response = openDataResponse(counted(), 'text/csv; charset=utf-8');
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('0');
    expect(made.length).toBeLessThan(5);
    let rest = '';
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value);
    expect(rest).toBe('1234');
    expect(made).toEqual([0, 1, 2, 3, 4]);
  });
});
