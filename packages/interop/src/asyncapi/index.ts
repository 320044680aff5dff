/** AsyncAPI contracts: channels, operations, messages, topic matching and message validation (browser-safe). */
export { AsyncApiContract, ContractError } from './contract';
export type {
  ChannelInfo,
  ChannelParameter,
  OperationInfo,
  MessageInfo,
  PayloadKind,
  ValidateMessageOptions,
  MessageValidation,
  TopicMatch,
} from './contract';
export { openCityContract } from './openCityContract';
export { asyncApiFindingCatalogue } from './findingCatalogue';
