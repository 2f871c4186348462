export { AIWorkflowEvalGateCard } from './AIWorkflowEvalGateCard';
