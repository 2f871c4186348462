export { AIWorkflowSafetyCard } from './AIWorkflowSafetyCard';
