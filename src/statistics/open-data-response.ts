import { csvPieces, jsonPieces } from './open-data.ts';

/**
 * An open data file as an endpoint's response, encoded piece by piece as Astro reads it, so that
 * no page holds the whole file as one string (see ROWS_PER_PIECE in open-data.ts).
 */
export function openDataResponse(pieces: Iterable<string>, contentType: string): Response {
  const iterator = pieces[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    // One piece per read: the rows are turned into text only as fast as they are written out.
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { 'Content-Type': contentType } });
}

/** An open data file in JSON (jsonPieces), as the endpoint's response. */
export function jsonResponse<T>(rows: T[]): Response {
  return openDataResponse(jsonPieces(rows), 'application/json; charset=utf-8');
}

/** An open data file in CSV (csvPieces), as the endpoint's response. */
export function csvResponse<T extends object>(rows: T[], columns: ReadonlyArray<keyof T & string>): Response {
  return openDataResponse(csvPieces(rows, columns), 'text/csv; charset=utf-8');
}
