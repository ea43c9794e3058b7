/**
 * A count as the messages and warnings write it, thousands grouped the same on every machine (not the locale's):
 *
 *   grouped(15780824) = '15,780,824'
 */
export const grouped = (x: number): string => x.toLocaleString('en-US');
