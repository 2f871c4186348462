export { AIWorkflowOverviewCard } from './AIWorkflowOverviewCard';
