export { AIWorkflowActionsCard } from './AIWorkflowActionsCard';
