export { AIWorkflowContributorsCard } from './AIWorkflowContributorsCard';
