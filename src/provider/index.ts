export { streamChat, chatBody, type ChatParams, type StreamEvent, type WireMessage } from './chat';
export { listModels, type ListedModel } from './models';
export { ProviderError, redact, type ProviderErrorType } from './errors';
export { type ProviderTarget, type ClientOptions, isMixedContent } from './http';
export { diagnose, DIAGNOSIS_STEPS, type DiagnosisStep, type DiagnosisStepId } from './diagnose';
export { dialectFor, requestRules, type Dialect, type DialectId } from './dialects';
