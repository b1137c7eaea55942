/** Every error a reader can meet, with its HTTP status and the words shown on the page. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export const httpErrors = {
  notFound: () => new HttpError(404, 'NOT_FOUND', 'The page you asked for is not here. It may have moved, or the address may be mistyped.'),
  badPageNumber: () => new HttpError(400, 'BAD_PAGE', 'The page number must be a whole number from 1 upwards.'),
  pageOutOfRange: (last: number) => new HttpError(404, 'PAGE_OUT_OF_RANGE', `That page is past the end of the list; the last page is ${last}.`),
  badUrl: () => new HttpError(400, 'BAD_URL', 'That address could not be read. Check it for stray characters.'),
  badRequest: () => new HttpError(400, 'BAD_REQUEST', 'The request could not be understood.'),
  internal: () => new HttpError(500, 'INTERNAL', 'We could not show this page just now. Please try again in a moment.'),
};
