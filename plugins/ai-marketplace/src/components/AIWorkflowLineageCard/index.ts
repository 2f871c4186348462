export { AIWorkflowLineageCard } from './AIWorkflowLineageCard';
