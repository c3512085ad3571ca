import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

// No 0/O, 1/I/L: the code is read from a log and typed over by hand.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** A fresh set-up code, three groups of four (`K7QM-2XRT-9HBW`): 12 characters of 31, about 59 bits. */
export function newSetupCode(): string {
  const groups = Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}

/** The code as typed, without case, spaces or dashes, hashed to a fixed length so it can be compared in constant time. */
function digestOf(code: string): Buffer {
  return createHash('sha256')
    .update(code.toUpperCase().replace(/[^A-Z0-9]/g, ''))
    .digest();
}

/** Whether `typed` is `code`, in time that does not depend on how much of it is right. */
export function isSetupCode(code: string, typed: string): boolean {
  return timingSafeEqual(digestOf(code), digestOf(typed));
}
