export { AIWorkflowOutcomesCard } from './AIWorkflowOutcomesCard';
