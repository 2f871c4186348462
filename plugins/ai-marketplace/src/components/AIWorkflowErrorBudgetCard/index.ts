export { AIWorkflowErrorBudgetCard } from './AIWorkflowErrorBudgetCard';
