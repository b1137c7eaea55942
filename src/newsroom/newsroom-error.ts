/** A refusal the newsroom explains to the person: the web layer maps `kind` to an HTTP status. */
export class NewsroomError extends Error {
  constructor(readonly kind: 'forbidden' | 'not_found' | 'invalid' | 'limited' | 'conflict', message: string) {
    super(message);
  }
}
