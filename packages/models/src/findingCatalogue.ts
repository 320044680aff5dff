/**
 * The catalogue of findings that schema validation produces. Codes are stable: a code is never reused for another
 * meaning and never renamed; new rules get new codes. Other packages (interop) extend the catalogue with theirs.
 */
import { defineFindingCatalogue, type FindingCode } from './findings/finding';

/** Every finding `validate` can produce, keyed by code. */
export const schemaFindingCatalogue = /* @__PURE__ */ defineFindingCatalogue([
  {
    code: 'invalid_type',
    severity: 'error',
    title: { en: 'Wrong value type', fr: 'Type de valeur incorrect', nl: 'Verkeerd waardetype' },
    message: {
      en: '{property} must be {expected}; got {got}',
      fr: '{property} doit être {expected} ; reçu {got}',
      nl: '{property} moet {expected} zijn; ontvangen {got}',
    },
    fix: {
      en: 'Send the value with the JSON type the schema declares (numbers unquoted, booleans as true/false).',
      fr: 'Envoyez la valeur avec le type JSON déclaré par le schéma (nombres sans guillemets, booléens true/false).',
      nl: 'Stuur de waarde met het JSON-type dat het schema vraagt (getallen zonder aanhalingstekens, booleans als true/false).',
    },
  },
  {
    code: 'missing_required_property',
    severity: 'error',
    title: {
      en: 'Required property missing',
      fr: 'Propriété obligatoire manquante',
      nl: 'Verplichte eigenschap ontbreekt',
    },
    message: {
      en: '{parent} is missing the required property "{missing}"',
      fr: '{parent} ne contient pas la propriété obligatoire « {missing} »',
      nl: '{parent} mist de verplichte eigenschap "{missing}"',
    },
    fix: {
      en: 'Add the property; the schema reference lists what it must contain.',
      fr: 'Ajoutez la propriété ; la référence du schéma indique son contenu.',
      nl: 'Voeg de eigenschap toe; de schemareferentie beschrijft de inhoud.',
    },
  },
  {
    code: 'value_out_of_range',
    severity: 'error',
    title: { en: 'Value out of range', fr: 'Valeur hors limites', nl: 'Waarde buiten bereik' },
    message: {
      en: '{property} must be {comparison} {limit}; got {got}',
      fr: '{property} doit être {comparison} {limit} ; reçu {got}',
      nl: '{property} moet {comparison} {limit} zijn; ontvangen {got}',
    },
    fix: {
      en: 'Check the unit and the sensor: the value is outside what the schema allows.',
      fr: "Vérifiez l'unité et le capteur : la valeur sort des limites du schéma.",
      nl: 'Controleer de eenheid en de sensor: de waarde valt buiten wat het schema toelaat.',
    },
  },
  {
    code: 'invalid_enum_value',
    severity: 'error',
    title: { en: 'Value not in the list', fr: 'Valeur hors de la liste', nl: 'Waarde niet in de lijst' },
    message: {
      en: '{property} must be one of {allowed}; got {got}',
      fr: '{property} doit être une des valeurs {allowed} ; reçu {got}',
      nl: '{property} moet een van {allowed} zijn; ontvangen {got}',
    },
    fix: {
      en: 'Use one of the listed values exactly (they are case-sensitive).',
      fr: 'Utilisez exactement une des valeurs listées (sensibles à la casse).',
      nl: 'Gebruik exact een van de vermelde waarden (hoofdlettergevoelig).',
    },
  },
  {
    code: 'const_mismatch',
    severity: 'error',
    title: { en: 'Fixed value expected', fr: 'Valeur fixe attendue', nl: 'Vaste waarde verwacht' },
    message: {
      en: '{property} must be {expected}; got {got}',
      fr: '{property} doit valoir {expected} ; reçu {got}',
      nl: '{property} moet {expected} zijn; ontvangen {got}',
    },
    fix: {
      en: 'This property has a single allowed value.',
      fr: "Cette propriété n'admet qu'une seule valeur.",
      nl: 'Deze eigenschap heeft één toegelaten waarde.',
    },
  },
  {
    code: 'invalid_format',
    severity: 'error',
    title: { en: 'Badly formatted value', fr: 'Valeur mal formatée', nl: 'Slecht opgemaakte waarde' },
    message: {
      en: '{property} must be a valid {format}; got {got}',
      fr: '{property} doit être un(e) {format} valide ; reçu {got}',
      nl: '{property} moet een geldige {format} zijn; ontvangen {got}',
    },
    fix: {
      en: 'Dates and times follow RFC 3339 with a time zone (2026-03-02T10:00:00Z); URIs are absolute.',
      fr: 'Les dates suivent la RFC 3339 avec fuseau horaire (2026-03-02T10:00:00Z) ; les URI sont absolues.',
      nl: 'Datums volgen RFC 3339 met tijdzone (2026-03-02T10:00:00Z); URI’s zijn absoluut.',
    },
  },
  {
    code: 'pattern_mismatch',
    severity: 'error',
    title: {
      en: 'Value is not in the expected form',
      fr: 'Valeur sans la forme attendue',
      nl: 'Waarde heeft niet de verwachte vorm',
    },
    // Plain words first; the regular expression is only a detail for those who read them.
    message: {
      en: '{property} is not in the expected form; got {got} (detail: it must match the regular expression {pattern})',
      fr: '{property} n’a pas la forme attendue ; reçu {got} (détail : la valeur doit correspondre à l’expression régulière {pattern})',
      nl: '{property} heeft niet de verwachte vorm; ontvangen {got} (detail: de waarde moet overeenkomen met de reguliere expressie {pattern})',
    },
    fix: {
      en: 'Codes and identifiers have a fixed form: compare the value with the description and examples of this property in the schema reference (a Belgian NIS code, for example, is five digits such as "21004").',
      fr: 'Les codes et identifiants ont une forme fixe : comparez la valeur avec la description et les exemples de cette propriété dans la référence du schéma (un code INS belge, par exemple, compte cinq chiffres, comme « 21004 »).',
      nl: 'Codes en identificatoren hebben een vaste vorm: vergelijk de waarde met de beschrijving en de voorbeelden van deze eigenschap in de schemareferentie (een Belgische NIS-code bestaat bijvoorbeeld uit vijf cijfers, zoals "21004").',
    },
  },
  {
    code: 'invalid_length',
    severity: 'error',
    title: { en: 'Wrong length', fr: 'Longueur incorrecte', nl: 'Verkeerde lengte' },
    message: {
      en: '{property} must have {comparison} {limit} {unit}; got {got}',
      fr: '{property} doit avoir {comparison} {limit} {unit} ; reçu {got}',
      nl: '{property} moet {comparison} {limit} {unit} hebben; ontvangen {got}',
    },
    fix: {
      en: 'Shorten or complete the value.',
      fr: 'Raccourcissez ou complétez la valeur.',
      nl: 'Kort de waarde in of vul ze aan.',
    },
  },
  {
    code: 'duplicate_items',
    severity: 'error',
    title: { en: 'Duplicate items', fr: 'Éléments en double', nl: 'Dubbele elementen' },
    message: {
      en: '{property} must not contain duplicates (items {first} and {second} are equal)',
      fr: '{property} ne doit pas contenir de doublons (éléments {first} et {second} identiques)',
      nl: '{property} mag geen dubbels bevatten (elementen {first} en {second} zijn gelijk)',
    },
    fix: {
      en: 'List each value once.',
      fr: 'Indiquez chaque valeur une seule fois.',
      nl: 'Vermeld elke waarde één keer.',
    },
  },
  {
    code: 'property_not_allowed',
    severity: 'error',
    title: { en: 'Property not allowed', fr: 'Propriété non autorisée', nl: 'Eigenschap niet toegelaten' },
    message: {
      en: '{property} is not allowed in {parent}',
      fr: '{property} n’est pas autorisée dans {parent}',
      nl: '{property} is niet toegelaten in {parent}',
    },
    fix: {
      en: 'Remove it, or check its spelling against the schema reference.',
      fr: 'Retirez-la, ou vérifiez son orthographe dans la référence du schéma.',
      nl: 'Verwijder ze, of controleer de spelling in de schemareferentie.',
    },
  },
  {
    code: 'invalid_property_name',
    severity: 'error',
    title: { en: 'Invalid key', fr: 'Clé invalide', nl: 'Ongeldige sleutel' },
    message: {
      en: '{parent} has an invalid key {got}',
      fr: '{parent} a une clé invalide {got}',
      nl: '{parent} heeft een ongeldige sleutel {got}',
    },
    fix: {
      en: 'Keys of language maps are lower-case BCP 47 tags such as fr, nl, en.',
      fr: 'Les clés des textes multilingues sont des étiquettes BCP 47 en minuscules (fr, nl, en).',
      nl: 'Sleutels van meertalige teksten zijn BCP 47-labels in kleine letters (fr, nl, en).',
    },
  },
  {
    code: 'too_few_properties',
    severity: 'error',
    title: { en: 'Empty object', fr: 'Objet vide', nl: 'Leeg object' },
    message: {
      en: '{property} must have at least {limit} propert(ies)',
      fr: '{property} doit avoir au moins {limit} propriété(s)',
      nl: '{property} moet minstens {limit} eigenschap(pen) hebben',
    },
    fix: {
      en: 'Fill the object or leave it out.',
      fr: "Complétez l'objet ou omettez-le.",
      nl: 'Vul het object in of laat het weg.',
    },
  },
  {
    code: 'no_matching_alternative',
    severity: 'error',
    title: {
      en: 'No allowed form matches',
      fr: 'Aucune forme admise ne correspond',
      nl: 'Geen toegelaten vorm past',
    },
    message: {
      en: '{property} matches none of the allowed forms ({forms}); got {got}',
      fr: '{property} ne correspond à aucune des formes admises ({forms}) ; reçu {got}',
      nl: '{property} past in geen van de toegelaten vormen ({forms}); ontvangen {got}',
    },
    fix: {
      en: 'The schema reference lists each allowed form.',
      fr: 'La référence du schéma décrit chaque forme admise.',
      nl: 'De schemareferentie beschrijft elke toegelaten vorm.',
    },
  },
  {
    code: 'ambiguous_alternative',
    severity: 'error',
    title: { en: 'More than one form matches', fr: 'Plusieurs formes correspondent', nl: 'Meer dan één vorm past' },
    message: {
      en: '{property} matches more than one of the exclusive forms',
      fr: '{property} correspond à plusieurs formes exclusives',
      nl: '{property} past in meer dan één exclusieve vorm',
    },
    fix: {
      en: 'Add the distinguishing property (usually type).',
      fr: 'Ajoutez la propriété distinctive (souvent type).',
      nl: 'Voeg de onderscheidende eigenschap toe (meestal type).',
    },
  },
  {
    code: 'unknown_variant',
    severity: 'error',
    title: { en: 'Unknown variant', fr: 'Variante inconnue', nl: 'Onbekende variant' },
    message: {
      en: '{property} must be one of {allowed}; got {got}',
      fr: '{property} doit être une des valeurs {allowed} ; reçu {got}',
      nl: '{property} moet een van {allowed} zijn; ontvangen {got}',
    },
    fix: {
      en: 'Use a variant the schema defines.',
      fr: 'Utilisez une variante définie par le schéma.',
      nl: 'Gebruik een variant die het schema definieert.',
    },
  },
  {
    code: 'schema_violation',
    severity: 'error',
    title: { en: 'Schema rule not met', fr: 'Règle du schéma non respectée', nl: 'Schemaregel niet gevolgd' },
    message: {
      en: '{property} does not satisfy the "{keyword}" rule of the schema',
      fr: '{property} ne respecte pas la règle « {keyword} » du schéma',
      nl: '{property} volgt de regel "{keyword}" van het schema niet',
    },
    fix: { en: 'See the schema reference.', fr: 'Voir la référence du schéma.', nl: 'Zie de schemareferentie.' },
  },
  {
    code: 'unknown_property',
    severity: 'warning',
    title: { en: 'Unknown property', fr: 'Propriété inconnue', nl: 'Onbekende eigenschap' },
    message: {
      en: '{property} is not defined by {type}{hint}',
      fr: '{property} n’est pas définie par {type}{hint}',
      nl: '{property} is niet gedefinieerd door {type}{hint}',
    },
    fix: {
      en: 'Extension attributes are allowed; if this is a typo, use the suggested name.',
      fr: "Les attributs d'extension sont permis ; s'il s'agit d'une faute, utilisez le nom suggéré.",
      nl: 'Extra attributen zijn toegelaten; is dit een tikfout, gebruik dan de voorgestelde naam.',
    },
  },
  {
    code: 'property_alias',
    severity: 'warning',
    title: { en: 'Alternative spelling', fr: 'Orthographe alternative', nl: 'Alternatieve spelling' },
    message: {
      en: '{property} is an alternative spelling of "{canonical}"; its value is not checked under this name',
      fr: '{property} est une autre orthographe de « {canonical} » ; sa valeur n’est pas vérifiée sous ce nom',
      nl: '{property} is een andere spelling van "{canonical}"; de waarde wordt onder deze naam niet gecontroleerd',
    },
    fix: {
      en: 'Rename the property to the canonical spelling.',
      fr: 'Renommez la propriété selon l’orthographe canonique.',
      nl: 'Hernoem de eigenschap naar de canonieke spelling.',
    },
  },
  {
    code: 'enum_value_alias',
    severity: 'warning',
    title: { en: 'Non-canonical value', fr: 'Valeur non canonique', nl: 'Niet-canonieke waarde' },
    message: {
      en: '{property} is "{value}", a tolerated spelling of "{canonical}"',
      fr: '{property} vaut « {value} », une orthographe tolérée de « {canonical} »',
      nl: '{property} is "{value}", een getolereerde spelling van "{canonical}"',
    },
    fix: {
      en: 'Send the canonical value; the tolerated spelling may be dropped in a future major version.',
      fr: 'Envoyez la valeur canonique ; l’orthographe tolérée pourra disparaître dans une version majeure future.',
      nl: 'Stuur de canonieke waarde; de getolereerde spelling kan in een toekomstige hoofdversie verdwijnen.',
    },
  },
  {
    code: 'deprecated_property',
    severity: 'warning',
    title: { en: 'Deprecated property', fr: 'Propriété dépréciée', nl: 'Verouderde eigenschap' },
    message: {
      en: '{property} is deprecated{hint}',
      fr: '{property} est dépréciée{hint}',
      nl: '{property} is verouderd{hint}',
    },
    fix: {
      en: 'Move to the replacement before the next major version removes it.',
      fr: 'Passez au remplaçant avant que la prochaine version majeure ne la retire.',
      nl: 'Stap over op de vervanger voor de volgende hoofdversie ze verwijdert.',
    },
  },
  {
    code: 'findings_truncated',
    severity: 'info',
    title: { en: 'Findings not all reported', fr: 'Constats non tous signalés', nl: 'Niet alle bevindingen gemeld' },
    message: {
      en: 'findings of this record not reported: {omitted} (at most {limit} are reported per record)',
      fr: 'constats de cet enregistrement non signalés : {omitted} (au plus {limit} par enregistrement)',
      nl: 'niet gemelde bevindingen van dit record: {omitted} (hoogstens {limit} per record)',
    },
    fix: {
      en: 'Fix the findings reported first and validate again; the remaining ones are often the same mistake repeated.',
      fr: 'Corrigez les premiers constats et validez à nouveau ; les suivants répètent souvent la même erreur.',
      nl: 'Los de eerste bevindingen op en valideer opnieuw; de volgende herhalen vaak dezelfde fout.',
    },
  },
  {
    code: 'unknown_entity_type',
    severity: 'error',
    title: { en: 'Unknown entity type', fr: "Type d'entité inconnu", nl: 'Onbekend entiteitstype' },
    message: {
      en: 'type {got} is not an entity type of the standard{hint}',
      fr: 'le type {got} n’est pas un type d’entité du standard{hint}',
      nl: 'type {got} is geen entiteitstype van de standaard{hint}',
    },
    fix: {
      en: 'Set type to one of the published entity types, or pass the model explicitly.',
      fr: 'Donnez à type un des types publiés, ou indiquez le modèle explicitement.',
      nl: 'Geef type een van de gepubliceerde entiteitstypes, of geef het model expliciet op.',
    },
  },
  {
    code: 'missing_entity_type',
    severity: 'error',
    title: { en: 'No entity type', fr: "Pas de type d'entité", nl: 'Geen entiteitstype' },
    message: {
      en: 'the record has no "type" property, so its model cannot be detected',
      fr: 'l’enregistrement n’a pas de propriété « type » : son modèle ne peut être détecté',
      nl: 'het record heeft geen eigenschap "type", dus het model kan niet worden bepaald',
    },
    fix: {
      en: 'Add "type", or pass the model explicitly (--model).',
      fr: 'Ajoutez « type » ou indiquez le modèle (--model).',
      nl: 'Voeg "type" toe of geef het model op (--model).',
    },
  },
]);

/** The code of a finding schema validation produces. */
export type SchemaFindingCode = FindingCode<typeof schemaFindingCatalogue>;
