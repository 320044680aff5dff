/**
 * Findings the report layer adds to the schema findings of @opencity/models: records that cannot be read at all.
 * Codes are stable: never renamed, never reused for another meaning.
 */
import { defineFindingCatalogue, type FindingCode } from '@opencity/models';

/** Every finding the record reader can produce (records that could not be parsed), keyed by code. */
export const reportFindingCatalogue = defineFindingCatalogue([
  {
    code: 'unparseable_json',
    severity: 'error',
    title: { en: 'Not valid JSON', fr: 'JSON invalide', nl: 'Geen geldige JSON' },
    message: {
      en: 'the record is not valid JSON: unexpected {got} {at}',
      fr: 'l’enregistrement n’est pas du JSON valide : {got} inattendu {at}',
      nl: 'het record is geen geldige JSON: onverwacht {got} {at}',
    },
    fix: {
      en: 'Serialise records with a JSON library rather than by hand; in NDJSON, put exactly one complete JSON value on each line.',
      fr: 'Sérialisez les enregistrements avec une bibliothèque JSON plutôt qu’à la main ; en NDJSON, une valeur JSON complète par ligne.',
      nl: 'Serialiseer records met een JSON-bibliotheek in plaats van met de hand; in NDJSON staat op elke regel precies één volledige JSON-waarde.',
    },
  },
  {
    code: 'binary_content',
    severity: 'error',
    title: {
      en: 'Binary data instead of text',
      fr: 'Données binaires au lieu de texte',
      nl: 'Binaire gegevens in plaats van tekst',
    },
    message: {
      en: 'the record holds binary data or text that is not UTF-8 (first bad byte at character {position})',
      fr: 'l’enregistrement contient des données binaires ou un texte qui n’est pas en UTF-8 (premier octet fautif au caractère {position})',
      nl: 'het record bevat binaire gegevens of tekst die geen UTF-8 is (eerste foute byte op teken {position})',
    },
    fix: {
      en: 'Export records as UTF-8 JSON text; check that the file was not compressed or truncated.',
      fr: 'Exportez les enregistrements en JSON UTF-8 ; vérifiez que le fichier n’est ni compressé ni tronqué.',
      nl: 'Exporteer records als UTF-8 JSON-tekst; controleer dat het bestand niet gecomprimeerd of afgekapt is.',
    },
  },
  {
    code: 'record_too_large',
    severity: 'error',
    title: { en: 'Record too large', fr: 'Enregistrement trop volumineux', nl: 'Record te groot' },
    message: {
      en: 'the record is {bytes} bytes, more than the limit of {limit} bytes; it was not validated',
      fr: 'l’enregistrement fait {bytes} octets, plus que la limite de {limit} octets ; il n’a pas été validé',
      nl: 'het record is {bytes} bytes, meer dan de limiet van {limit} bytes; het werd niet gevalideerd',
    },
    fix: {
      en: 'Split the data into one entity per record (NDJSON), or raise --max-record-bytes if such records are expected.',
      fr: 'Découpez les données en une entité par enregistrement (NDJSON), ou augmentez --max-record-bytes si de tels enregistrements sont attendus.',
      nl: 'Splits de gegevens in één entiteit per record (NDJSON), of verhoog --max-record-bytes als zulke records verwacht worden.',
    },
  },
  {
    code: 'too_deeply_nested',
    severity: 'error',
    title: { en: 'Too deeply nested', fr: 'Imbrication trop profonde', nl: 'Te diep genest' },
    message: {
      en: 'the record nests objects and arrays more than {limit} levels deep; it was not validated',
      fr: 'l’enregistrement imbrique objets et tableaux sur plus de {limit} niveaux ; il n’a pas été validé',
      nl: 'het record nest objecten en lijsten meer dan {limit} niveaus diep; het werd niet gevalideerd',
    },
    fix: {
      en: 'No model of the standard nests that deep: check the exporter for a recursive structure.',
      fr: 'Aucun modèle du standard n’est aussi profond : vérifiez que l’export ne produit pas une structure récursive.',
      nl: 'Geen model van de standaard is zo diep: controleer de export op een recursieve structuur.',
    },
  },
  {
    code: 'empty_input',
    severity: 'error',
    title: { en: 'Empty input', fr: 'Entrée vide', nl: 'Lege invoer' },
    message: {
      en: 'the input is empty; expected one JSON entity or an array of entities',
      fr: 'l’entrée est vide ; une entité JSON ou un tableau d’entités est attendu',
      nl: 'de invoer is leeg; één JSON-entiteit of een lijst van entiteiten verwacht',
    },
    fix: {
      en: 'Check that the export wrote its data; use .ndjson for files that may hold no record at all.',
      fr: 'Vérifiez que l’export a bien écrit ses données ; utilisez .ndjson pour les fichiers qui peuvent n’avoir aucun enregistrement.',
      nl: 'Controleer of de export zijn gegevens schreef; gebruik .ndjson voor bestanden die geen enkel record kunnen bevatten.',
    },
  },
]);

/** The code of a record reader finding (unparseable, too large, too deep…). */
export type ReportFindingCode = FindingCode<typeof reportFindingCatalogue>;
