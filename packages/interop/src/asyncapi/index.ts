/** AsyncAPI contracts: channels, operations, messages, topic matching and message validation (browser-safe). */
export { AsyncApiContract, ContractError, isContractError } from './contract';
export type {
  ChannelInfo,
  ChannelParameter,
  OperationInfo,
  MessageInfo,
  PayloadKind,
  ValidateMessageOptions,
  MessageValidation,
  TopicMatch,
  ContractErrorCode,
} from './contract';
export { openCityContract } from './openCityContract';
export { asyncApiFindingCatalogue } from './findingCatalogue';
export type { AsyncApiFindingCode } from './findingCatalogue';
