/**
 * Population of the 19 Brussels municipalities on 1 January 2020 (Statbel, via github.com/vandenbroucke/belgian_municipalities,
 * data/2020/belgian_municipalities.csv). The sum, 1,218,255, equals the published regional total for 2020.
 */
export const population2020: Readonly<Record<string, number>> = {
  '21001': 120_887,
  '21002': 34_404,
  '21003': 25_502,
  '21004': 185_103,
  '21005': 48_473,
  '21006': 42_656,
  '21007': 56_581,
  '21008': 25_234,
  '21009': 87_632,
  '21010': 52_728,
  '21011': 21_959,
  '21012': 97_979,
  '21013': 49_678,
  '21014': 27_497,
  '21015': 132_799,
  '21016': 83_980,
  '21017': 25_332,
  '21018': 57_712,
  '21019': 42_119,
};

/** The published regional total on 1 January 2020 (Statbel; oc.wikipedia "Region de Brussèlas-Capitala"). */
export const regionTotal2020 = 1_218_255;
