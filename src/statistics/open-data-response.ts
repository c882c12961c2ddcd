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

export const JSON_TYPE = 'application/json; charset=utf-8';
export const CSV_TYPE = 'text/csv; charset=utf-8';
