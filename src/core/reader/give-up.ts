// How the reader stops: a private signal, caught where the reader is entered, never seen by its callers.

/** Thrown (never out of the reader) when the text is not a shape the reader reads exactly. */
export const GIVE_UP: unique symbol = Symbol('reader gives up');

export function giveUp(): never {
  throw GIVE_UP;
}
