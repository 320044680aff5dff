/**
 * The catalogue of NGSI structure findings: what converting an NGSI-LD normalized or concise, NGSI-v2 or GeoJSON
 * payload to keyValues can report. Codes are stable and prefixed `ngsi_`; they extend the schema catalogue of @opencity/models.
 */
import { defineFindingCatalogue, type FindingCode } from '@opencity/models';

/** Every finding the NGSI-LD converters can produce, keyed by code. */
export const ngsiFindingCatalogue = defineFindingCatalogue([
  {
    code: 'ngsi_not_an_entity',
    severity: 'error',
    title: { en: 'Not an NGSI-LD entity', fr: 'Pas une entité NGSI-LD', nl: 'Geen NGSI-LD-entiteit' },
    message: {
      en: 'The payload must be a JSON object with id and type; got {got}',
      fr: 'Le message doit être un objet JSON avec id et type ; reçu {got}',
      nl: 'Het bericht moet een JSON-object met id en type zijn; ontvangen {got}',
    },
    fix: {
      en: 'Send one entity as a JSON object (an array of entities is split by the validator).',
      fr: 'Envoyez une entité sous forme d’objet JSON.',
      nl: 'Stuur één entiteit als JSON-object.',
    },
  },
  {
    code: 'ngsi_attribute_not_object',
    severity: 'error',
    title: {
      en: 'Attribute is not an NGSI-LD attribute object',
      fr: 'Attribut non structuré en NGSI-LD',
      nl: 'Attribuut is geen NGSI-LD-attribuutobject',
    },
    message: {
      en: '{attribute} must be an object with "type" and "value" (or "object") in the normalized form; got {got}',
      fr: '{attribute} doit être un objet avec « type » et « value » (ou « object ») en forme normalisée ; reçu {got}',
      nl: '{attribute} moet in de genormaliseerde vorm een object met "type" en "value" (of "object") zijn; ontvangen {got}',
    },
    fix: {
      en: 'Wrap the value: {"type": "Property", "value": …}, or send the payload as keyValues or concise.',
      fr: 'Encapsulez la valeur : {"type": "Property", "value": …}, ou envoyez le message en keyValues ou concise.',
      nl: 'Verpak de waarde: {"type": "Property", "value": …}, of stuur het bericht als keyValues of concise.',
    },
  },
  {
    code: 'ngsi_missing_attribute_type',
    severity: 'error',
    title: { en: 'Attribute type missing', fr: 'Type d’attribut manquant', nl: 'Attribuuttype ontbreekt' },
    message: {
      en: '{attribute} has no "type" (Property, Relationship, GeoProperty or LanguageProperty)',
      fr: '{attribute} n’a pas de « type » (Property, Relationship, GeoProperty ou LanguageProperty)',
      nl: '{attribute} heeft geen "type" (Property, Relationship, GeoProperty of LanguageProperty)',
    },
    fix: {
      en: 'Add "type" to every attribute of a normalized payload, or send it in the concise form.',
      fr: 'Ajoutez « type » à chaque attribut en forme normalisée, ou utilisez la forme concise.',
      nl: 'Voeg "type" toe aan elk attribuut in de genormaliseerde vorm, of gebruik de beknopte vorm.',
    },
  },
  {
    code: 'ngsi_unknown_attribute_type',
    severity: 'error',
    title: {
      en: 'Unknown NGSI-LD attribute type',
      fr: 'Type d’attribut NGSI-LD inconnu',
      nl: 'Onbekend NGSI-LD-attribuuttype',
    },
    message: {
      en: '{attribute} has type {got}, which is not an NGSI-LD attribute type{hint}',
      fr: '{attribute} a le type {got}, qui n’est pas un type d’attribut NGSI-LD{hint}',
      nl: '{attribute} heeft type {got}, wat geen NGSI-LD-attribuuttype is{hint}',
    },
    fix: {
      en: 'Use one of Property, Relationship, GeoProperty, LanguageProperty, JsonProperty, VocabProperty (case-sensitive).',
      fr: 'Utilisez Property, Relationship, GeoProperty, LanguageProperty, JsonProperty ou VocabProperty (sensible à la casse).',
      nl: 'Gebruik Property, Relationship, GeoProperty, LanguageProperty, JsonProperty of VocabProperty (hoofdlettergevoelig).',
    },
  },
  {
    code: 'ngsi_property_without_value',
    severity: 'error',
    title: { en: 'Property without value', fr: 'Propriété sans valeur', nl: 'Eigenschap zonder waarde' },
    message: {
      en: '{attribute} is a {kind} without "{member}"',
      fr: '{attribute} est un {kind} sans « {member} »',
      nl: '{attribute} is een {kind} zonder "{member}"',
    },
    fix: {
      en: 'Give the attribute its value member, or leave the attribute out.',
      fr: 'Donnez sa valeur à l’attribut, ou omettez-le.',
      nl: 'Geef het attribuut zijn waarde, of laat het weg.',
    },
  },
  {
    code: 'ngsi_relationship_without_object',
    severity: 'error',
    title: { en: 'Relationship without object', fr: 'Relation sans objet', nl: 'Relatie zonder object' },
    message: {
      en: '{attribute} is a Relationship without "object" (the id of the target entity){hint}',
      fr: '{attribute} est une Relationship sans « object » (l’identifiant de l’entité cible){hint}',
      nl: '{attribute} is een Relationship zonder "object" (de id van de doelentiteit){hint}',
    },
    fix: {
      en: 'Put the target entity id in "object", e.g. "object": "urn:ngsi-ld:Device:sensor-1".',
      fr: 'Mettez l’identifiant de l’entité cible dans « object », p. ex. "urn:ngsi-ld:Device:sensor-1".',
      nl: 'Zet de id van de doelentiteit in "object", bv. "urn:ngsi-ld:Device:sensor-1".',
    },
  },
  {
    code: 'ngsi_invalid_relationship_object',
    severity: 'error',
    title: {
      en: 'Relationship object is not an entity id',
      fr: 'L’objet de la relation n’est pas un identifiant',
      nl: 'Relatieobject is geen entiteit-id',
    },
    message: {
      en: '{attribute}: a Relationship object must be a URI or a list of URIs; got {got}',
      fr: '{attribute} : l’objet d’une Relationship doit être une URI ou une liste d’URI ; reçu {got}',
      nl: '{attribute}: het object van een Relationship moet een URI of een lijst van URI’s zijn; ontvangen {got}',
    },
    fix: {
      en: 'Use the target entity id (urn:ngsi-ld:<Type>:<id>), not the entity itself.',
      fr: 'Utilisez l’identifiant de l’entité cible (urn:ngsi-ld:<Type>:<id>).',
      nl: 'Gebruik de id van de doelentiteit (urn:ngsi-ld:<Type>:<id>).',
    },
  },
  {
    code: 'ngsi_null_value',
    severity: 'error',
    title: { en: 'Null attribute value', fr: 'Valeur d’attribut nulle', nl: 'Null-attribuutwaarde' },
    message: {
      en: '{attribute} is null; NGSI-LD does not allow null values',
      fr: '{attribute} vaut null ; NGSI-LD n’accepte pas les valeurs nulles',
      nl: '{attribute} is null; NGSI-LD staat geen null-waarden toe',
    },
    fix: {
      en: 'Leave the attribute out when there is no value.',
      fr: 'Omettez l’attribut quand il n’a pas de valeur.',
      nl: 'Laat het attribuut weg als er geen waarde is.',
    },
  },
  {
    code: 'ngsi_invalid_id_urn',
    severity: 'warning',
    title: {
      en: 'Entity id is not an NGSI-LD URN',
      fr: 'Identifiant hors convention URN NGSI-LD',
      nl: 'Entiteit-id is geen NGSI-LD-URN',
    },
    message: {
      en: 'The id {got} does not follow urn:ngsi-ld:{type}:<local id>',
      fr: 'L’identifiant {got} ne suit pas urn:ngsi-ld:{type}:<id local>',
      nl: 'De id {got} volgt urn:ngsi-ld:{type}:<lokale id> niet',
    },
    fix: {
      en: 'Use ids of the form urn:ngsi-ld:<Type>:<local id>; brokers require a URI and the convention makes the type visible.',
      fr: 'Utilisez des identifiants urn:ngsi-ld:<Type>:<id local>.',
      nl: 'Gebruik id’s van de vorm urn:ngsi-ld:<Type>:<lokale id>.',
    },
  },
  {
    code: 'ngsi_invalid_observed_at',
    severity: 'error',
    title: { en: 'Invalid observedAt', fr: 'observedAt invalide', nl: 'Ongeldige observedAt' },
    message: {
      en: '{attribute}: observedAt must be an RFC 3339 date-time with time zone; got {got}',
      fr: '{attribute} : observedAt doit être une date-heure RFC 3339 avec fuseau ; reçu {got}',
      nl: '{attribute}: observedAt moet een RFC 3339-datum-tijd met tijdzone zijn; ontvangen {got}',
    },
    fix: {
      en: 'Send the observation instant in UTC, e.g. 2026-03-01T08:00:00Z.',
      fr: 'Envoyez l’instant d’observation en UTC, p. ex. 2026-03-01T08:00:00Z.',
      nl: 'Stuur het waarnemingstijdstip in UTC, bv. 2026-03-01T08:00:00Z.',
    },
  },
  {
    code: 'ngsi_unit_mismatch',
    severity: 'warning',
    title: {
      en: 'Unit differs from the schema default',
      fr: 'Unité différente de celle du schéma',
      nl: 'Eenheid verschilt van de standaard van het schema',
    },
    message: {
      en: '{attribute} is sent in unitCode {got} but the schema expects {expected}; the value is not converted',
      fr: '{attribute} est envoyé en unitCode {got} alors que le schéma attend {expected} ; la valeur n’est pas convertie',
      nl: '{attribute} wordt verzonden in unitCode {got} maar het schema verwacht {expected}; de waarde wordt niet omgerekend',
    },
    fix: {
      en: 'Convert the value to the schema unit, or make sure consumers read unitCode.',
      fr: 'Convertissez la valeur dans l’unité du schéma, ou assurez-vous que les consommateurs lisent unitCode.',
      nl: 'Reken de waarde om naar de eenheid van het schema, of zorg dat afnemers unitCode lezen.',
    },
  },
  {
    code: 'ngsi_unknown_unit_code',
    severity: 'warning',
    title: { en: 'Unknown unit code', fr: 'Code d’unité inconnu', nl: 'Onbekende eenheidscode' },
    message: {
      en: '{attribute}: unitCode {got} is not a UN/CEFACT code the contract knows{hint}',
      fr: '{attribute} : unitCode {got} n’est pas un code UN/CEFACT connu du contrat{hint}',
      nl: '{attribute}: unitCode {got} is geen UN/CEFACT-code die het contract kent{hint}',
    },
    fix: {
      en: 'Use a UN/CEFACT Recommendation 20 common code (e.g. GQ for µg/m³, CEL for °C).',
      fr: 'Utilisez un code commun UN/CEFACT Rec. 20 (p. ex. GQ pour µg/m³, CEL pour °C).',
      nl: 'Gebruik een UN/CEFACT Rec. 20-code (bv. GQ voor µg/m³, CEL voor °C).',
    },
  },
  {
    code: 'ngsi_kind_mismatch',
    severity: 'warning',
    title: {
      en: 'Attribute kind differs from the schema',
      fr: 'Nature d’attribut différente du schéma',
      nl: 'Attribuutsoort verschilt van het schema',
    },
    message: {
      en: '{attribute} is sent as a {got} but the schema declares a {expected}',
      fr: '{attribute} est envoyé comme {got} alors que le schéma déclare {expected}',
      nl: '{attribute} wordt verzonden als {got} maar het schema verklaart {expected}',
    },
    fix: {
      en: 'Send the attribute with the NGSI-LD type the schema reference names.',
      fr: 'Envoyez l’attribut avec le type NGSI-LD indiqué par la référence du schéma.',
      nl: 'Stuur het attribuut met het NGSI-LD-type uit de schemareferentie.',
    },
  },
  {
    code: 'ngsi_unknown_literal_type',
    severity: 'warning',
    title: { en: 'Unknown typed literal', fr: 'Littéral typé inconnu', nl: 'Onbekende getypeerde literal' },
    message: {
      en: '{attribute} is a typed literal of @type {got}; expected DateTime, Date or Time',
      fr: '{attribute} est un littéral typé de @type {got} ; attendu DateTime, Date ou Time',
      nl: '{attribute} is een getypeerde literal met @type {got}; verwacht DateTime, Date of Time',
    },
    fix: {
      en: 'Write date-times as {"@type": "DateTime", "@value": "2026-03-01T08:00:00Z"} or as a plain string.',
      fr: 'Écrivez les dates-heures {"@type": "DateTime", "@value": "2026-03-01T08:00:00Z"} ou en chaîne simple.',
      nl: 'Schrijf datum-tijden als {"@type": "DateTime", "@value": "2026-03-01T08:00:00Z"} of als gewone tekst.',
    },
  },
  {
    code: 'ngsi_multiple_instances',
    severity: 'info',
    title: {
      en: 'Several attribute instances',
      fr: 'Plusieurs instances d’attribut',
      nl: 'Meerdere attribuutinstanties',
    },
    message: {
      en: '{attribute} has {count} instances (datasetId); keyValues keeps only {kept}',
      fr: '{attribute} a {count} instances (datasetId) ; keyValues ne garde que {kept}',
      nl: '{attribute} heeft {count} instanties (datasetId); keyValues bewaart alleen {kept}',
    },
    fix: {
      en: 'Validate the normalized payload itself when every instance matters.',
      fr: 'Validez la charge normalisée elle-même quand chaque instance compte.',
      nl: 'Valideer het genormaliseerde bericht zelf als elke instantie telt.',
    },
  },
  {
    code: 'ngsi_conversion_failed',
    severity: 'error',
    title: {
      en: 'Payload could not be converted',
      fr: 'Conversion du message impossible',
      nl: 'Bericht kon niet worden omgezet',
    },
    message: {
      en: 'The {representation} payload could not be converted to keyValues ({reason}); it was validated as given',
      fr: 'Le message {representation} n’a pas pu être converti en keyValues ({reason}) ; il a été validé tel quel',
      nl: 'Het {representation}-bericht kon niet naar keyValues worden omgezet ({reason}); het werd gevalideerd zoals het is',
    },
    fix: {
      en: 'This is a defect of the validator, not of your data: please report it with the payload.',
      fr: 'C’est un défaut du validateur, pas de vos données : signalez-le avec le message.',
      nl: 'Dit is een fout van de validator, niet van uw gegevens: meld ze met het bericht.',
    },
  },
  {
    code: 'ngsi_not_a_feature',
    severity: 'error',
    title: { en: 'Not a GeoJSON Feature', fr: 'Pas une Feature GeoJSON', nl: 'Geen GeoJSON-Feature' },
    message: {
      en: 'A GeoJSON entity must be a Feature with a properties object; got {got}',
      fr: 'Une entité GeoJSON doit être une Feature avec un objet properties ; reçu {got}',
      nl: 'Een GeoJSON-entiteit moet een Feature met een properties-object zijn; ontvangen {got}',
    },
    fix: {
      en: 'Send {"id", "type": "Feature", "geometry", "properties": {"type": <entity type>, …attributes}}, or choose another representation.',
      fr: 'Envoyez {"id", "type": "Feature", "geometry", "properties": {"type": <type d’entité>, …attributs}}, ou choisissez une autre représentation.',
      nl: 'Stuur {"id", "type": "Feature", "geometry", "properties": {"type": <entiteitstype>, …attributen}}, of kies een andere representatie.',
    },
  },
  {
    code: 'ngsi_feature_collection',
    severity: 'error',
    title: {
      en: 'FeatureCollection given as one entity',
      fr: 'FeatureCollection donnée comme une seule entité',
      nl: 'FeatureCollection als één entiteit gegeven',
    },
    message: {
      en: 'The payload is a FeatureCollection of {count} features; each feature is one entity',
      fr: 'Le message est une FeatureCollection de {count} features ; chaque feature est une entité',
      nl: 'Het bericht is een FeatureCollection van {count} features; elke feature is één entiteit',
    },
    fix: {
      en: 'Convert or validate the features one by one (opencity validate splits a FeatureCollection by itself).',
      fr: 'Convertissez ou validez les features une à une (opencity validate découpe lui-même une FeatureCollection).',
      nl: 'Zet de features één voor één om of valideer ze apart (opencity validate splitst een FeatureCollection zelf).',
    },
  },
  {
    code: 'ngsi_feature_geometry_wrapped',
    severity: 'warning',
    title: {
      en: 'Feature geometry wrapped in a GeoProperty',
      fr: 'Géométrie de la Feature encapsulée dans une GeoProperty',
      nl: 'Geometrie van de Feature verpakt in een GeoProperty',
    },
    message: {
      en: 'geometry holds an NGSI-LD GeoProperty object instead of a GeoJSON geometry; its value was used',
      fr: 'geometry contient un objet GeoProperty NGSI-LD au lieu d’une géométrie GeoJSON ; sa valeur a été utilisée',
      nl: 'geometry bevat een NGSI-LD-GeoProperty-object in plaats van een GeoJSON-geometrie; de waarde ervan werd gebruikt',
    },
    fix: {
      en: 'Put the GeoJSON geometry itself in geometry, as RFC 7946 and the NGSI-LD GeoJSON representation require.',
      fr: 'Mettez la géométrie GeoJSON elle-même dans geometry, comme l’exigent la RFC 7946 et la représentation GeoJSON de NGSI-LD.',
      nl: 'Zet de GeoJSON-geometrie zelf in geometry, zoals RFC 7946 en de GeoJSON-representatie van NGSI-LD vereisen.',
    },
  },
]);

/** The code of an NGSI structure finding (`ngsi_…`). */
export type NgsiFindingCode = FindingCode<typeof ngsiFindingCatalogue>;
