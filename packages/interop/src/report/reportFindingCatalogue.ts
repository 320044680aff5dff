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
    code: 'invalid_utf8',
    severity: 'error',
    title: { en: 'Not UTF-8', fr: 'Pas en UTF-8', nl: 'Geen UTF-8' },
    message: {
      en: 'the input is not UTF-8 at byte offset {offset} (byte {byte}); the record was not parsed',
      fr: 'l’entrée n’est pas en UTF-8 à l’octet {offset} (octet {byte}) ; l’enregistrement n’a pas été lu',
      nl: 'de invoer is geen UTF-8 op byte-offset {offset} (byte {byte}); het record werd niet gelezen',
    },
    fix: {
      en: 'Export the data as UTF-8, not Latin-1 or Windows-1252 (re-encode it, e.g. iconv -f WINDOWS-1252 -t UTF-8), and check that the file was not cut in the middle of a character.',
      fr: 'Exportez les données en UTF-8, pas en Latin-1 ni en Windows-1252 (réencodez-les, par exemple iconv -f WINDOWS-1252 -t UTF-8), et vérifiez que le fichier n’a pas été coupé au milieu d’un caractère.',
      nl: 'Exporteer de gegevens als UTF-8, niet als Latin-1 of Windows-1252 (hercodeer ze, bijvoorbeeld iconv -f WINDOWS-1252 -t UTF-8), en controleer dat het bestand niet midden in een teken werd afgebroken.',
    },
  },
  {
    code: 'duplicate_key',
    severity: 'warning',
    title: { en: 'Duplicate key', fr: 'Clé en double', nl: 'Dubbele sleutel' },
    message: {
      en: 'the key "{key}" appears twice in the same object, {first} and again {second}; JSON readers differ on which value counts (this report validated the last one)',
      fr: 'la clé « {key} » apparaît deux fois dans le même objet, {first} et à nouveau {second} ; les lecteurs JSON ne retiennent pas tous la même valeur (ce rapport a validé la dernière)',
      nl: 'de sleutel "{key}" komt twee keer voor in hetzelfde object, {first} en opnieuw {second}; JSON-lezers verschillen in welke waarde telt (dit rapport valideerde de laatste)',
    },
    fix: {
      en: 'Write each key once per object: check the exporter for a field it writes twice (for example a default value and the real one).',
      fr: 'Écrivez chaque clé une seule fois par objet : cherchez dans l’export un champ écrit deux fois (par exemple une valeur par défaut puis la vraie).',
      nl: 'Schrijf elke sleutel één keer per object: zoek in de export een veld dat twee keer geschreven wordt (bijvoorbeeld een standaardwaarde en daarna de echte).',
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
