/** Findings that validating a message against the AsyncAPI contract adds to the schema and NGSI-LD ones. */
import { defineFindingCatalogue, type FindingCode } from '@opencity/models';

/** Every finding {@link AsyncApiContract.validateMessage} can add, keyed by code. */
export const asyncApiFindingCatalogue = defineFindingCatalogue([
  {
    code: 'asyncapi_message_not_allowed',
    severity: 'error',
    title: {
      en: 'Message not allowed on this channel',
      fr: 'Message non autorisé sur ce canal',
      nl: 'Bericht niet toegestaan op dit kanaal',
    },
    message: {
      en: 'A {got} payload cannot be sent on {channel}; it carries {allowed}',
      fr: 'Un message {got} ne peut pas être envoyé sur {channel} ; ce canal transporte {allowed}',
      nl: 'Een {got}-bericht kan niet op {channel} worden verzonden; dit kanaal draagt {allowed}',
    },
    fix: {
      en: 'Publish the payload on the channel of its entity type (see the AsyncAPI reference).',
      fr: 'Publiez le message sur le canal de son type d’entité (voir la référence AsyncAPI).',
      nl: 'Publiceer het bericht op het kanaal van zijn entiteitstype (zie de AsyncAPI-referentie).',
    },
  },
  {
    code: 'asyncapi_parameter_mismatch',
    severity: 'error',
    title: {
      en: 'Topic parameter differs from the payload',
      fr: 'Paramètre du sujet différent du message',
      nl: 'Topicparameter verschilt van het bericht',
    },
    message: {
      en: 'The topic says {parameter} = {got} but the payload has {expected} at {location}',
      fr: 'Le sujet indique {parameter} = {got} mais le message contient {expected} en {location}',
      nl: 'Het topic zegt {parameter} = {got} maar het bericht heeft {expected} op {location}',
    },
    fix: {
      en: 'Build the topic from the payload (e.g. the entity id), so subscribers can filter on it.',
      fr: 'Construisez le sujet à partir du message (p. ex. l’identifiant de l’entité).',
      nl: 'Bouw het topic op uit het bericht (bv. de id van de entiteit).',
    },
  },
  {
    code: 'asyncapi_parameter_not_allowed',
    severity: 'error',
    title: {
      en: 'Topic parameter outside its code list',
      fr: 'Paramètre du sujet hors de sa liste de codes',
      nl: 'Topicparameter buiten zijn codelijst',
    },
    message: {
      en: 'The topic says {parameter} = "{got}", which is not in its code list ({allowed})',
      fr: 'Le sujet indique {parameter} = « {got} », absent de sa liste de codes ({allowed})',
      nl: 'Het topic zegt {parameter} = "{got}", dat niet in zijn codelijst staat ({allowed})',
    },
    fix: {
      en: 'Publish on a topic whose parameter is one of the codes the region’s profile lists (e.g. a municipality’s NIS code).',
      fr: 'Publiez sur un sujet dont le paramètre est l’un des codes que le profil de la région énumère (p. ex. le code INS d’une commune).',
      nl: 'Publiceer op een topic waarvan de parameter een van de codes uit het profiel van het gewest is (bv. de NIS-code van een gemeente).',
    },
  },
  {
    code: 'asyncapi_invalid_notification',
    severity: 'error',
    title: {
      en: 'Malformed NGSI-LD notification',
      fr: 'Notification NGSI-LD mal formée',
      nl: 'Ongeldige NGSI-LD-notificatie',
    },
    message: {
      en: 'The notification has no valid "{member}"',
      fr: 'La notification n’a pas de « {member} » valide',
      nl: 'De notificatie heeft geen geldige "{member}"',
    },
    fix: {
      en: 'Send {"id", "type": "Notification", "subscriptionId", "notifiedAt", "data": [entities]} as the NGSI-LD specification defines.',
      fr: 'Envoyez {"id", "type": "Notification", "subscriptionId", "notifiedAt", "data": [entités]} comme le définit NGSI-LD.',
      nl: 'Stuur {"id", "type": "Notification", "subscriptionId", "notifiedAt", "data": [entiteiten]} zoals NGSI-LD het definieert.',
    },
  },
  {
    code: 'asyncapi_unknown_target',
    severity: 'error',
    title: {
      en: 'Not a channel of the contract',
      fr: 'Pas un canal du contrat',
      nl: 'Geen kanaal van het contract',
    },
    message: {
      en: '{target} is neither a channel, an operation nor a topic of the contract',
      fr: '{target} n’est ni un canal, ni une opération, ni un sujet du contrat',
      nl: '{target} is geen kanaal, operatie of topic van het contract',
    },
    fix: {
      en: 'Publish on a topic of the AsyncAPI reference (e.g. city/<municipality>/<Type>/v1/<entity id>).',
      fr: 'Publiez sur un sujet de la référence AsyncAPI (p. ex. city/<commune>/<Type>/v1/<identifiant>).',
      nl: 'Publiceer op een topic uit de AsyncAPI-referentie (bv. city/<gemeente>/<Type>/v1/<entiteit-id>).',
    },
  },
]);

/** The code of an AsyncAPI message finding (`asyncapi_…`). */
export type AsyncApiFindingCode = FindingCode<typeof asyncApiFindingCatalogue>;
