import {
  CurationDecisionType,
  ExperimentOutcome,
  IncidentSeverity,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { ReuseEvent } from '../database/ReuseEventStore';

/** An asset as the catalog snapshot stores it, registered back in time. */
export type DemoCatalogAsset = {
  entityRef: string;
  kind: 'aiworkflow' | 'promptlibrary';
  title: string;
  ownerRef: string;
  function: string | null;
  guildRef: string | null;
  lifecycle: string | null;
  derivedFromRef: string | null;
  evaluationThreshold: number | null;
  errorBudgetIncidents: number | null;
  errorBudgetPeriod: string | null;
  /** Its registration: before any of its activity. */
  firstSeenAt: Date;
};

export type DemoExperiment = {
  id: string;
  entityRef: string;
  teamRef: string;
  startedBy: string;
  startedAt: Date;
  selfServe: boolean | null;
  /** Null while running. */
  finishedAt: Date | null;
  finishedBy: string | null;
  outcome: ExperimentOutcome | null;
  learningsUrl: string | null;
};

export type DemoEvaluationResult = {
  id: string;
  entityRef: string;
  workflowVersion: string;
  dataset: string;
  passRate: number;
  threshold: number | null;
  /** `passRate >= threshold`; null without a threshold. */
  passed: boolean | null;
  evaluatedAt: Date;
  reportedBy: string;
};

export type DemoIncident = {
  id: string;
  entityRef: string;
  severity: IncidentSeverity;
  summary: string;
  occurredAt: Date;
  reportedBy: string;
  /** Null when a service reported it. */
  teamRef: string | null;
};

export type DemoCurationDecision = {
  id: string;
  entityRef: string;
  /** '' for the asset as a whole. */
  promptId: string;
  decision: CurationDecisionType;
  note: string | null;
  decidedBy: string;
  decidedAt: Date;
};

/** Everything the demo writes into an empty database. */
export type DemoHistory = {
  assets: DemoCatalogAsset[];
  reuseEvents: ReuseEvent[];
  experiments: DemoExperiment[];
  evaluationResults: DemoEvaluationResult[];
  incidents: DemoIncident[];
  curationDecisions: DemoCurationDecision[];
};
