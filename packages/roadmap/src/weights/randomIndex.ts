/**
 * Saaty's (1980) random consistency index for n = 1…10 (The Analytic Hierarchy Process, McGraw-Hill, Table 1.7).
 * Other tables exist (Saaty 2005, Donegan & Dodd 1991, Tummala & Ling 1998…): pass a number to use one of them.
 */
export const saaty1980RandomIndex: Readonly<Record<number, number>> = {
  1: 0,
  2: 0,
  3: 0.58,
  4: 0.9,
  5: 1.12,
  6: 1.24,
  7: 1.32,
  8: 1.41,
  9: 1.45,
  10: 1.49,
};
