import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { KpiQuery } from '@ai-marketplace/plugin-ai-marketplace-common';
import { DayWindow, windowEndingToday } from '../lib/kpiWindow';

/** The windows the dashboard offers, in days. */
export const INSIGHTS_WINDOWS = [30, 90, 180] as const;

/** The window when the URL names none (or one the dashboard does not offer). */
export const DEFAULT_INSIGHTS_WINDOW = 90;

/** The dashboard's filters, as the URL holds them. */
export type InsightsFilters = {
  /** The last N days, today included. */
  days: number;
  function?: string;
  /** A group ref. */
  team?: string;
  /** A guild group ref. */
  guild?: string;
};

/** A filter's name, which is also its URL parameter. */
export type InsightsFilterName = 'window' | 'function' | 'team' | 'guild';

/** A KPI query with its window spelled out. */
export type InsightsQuery = KpiQuery & DayWindow;

function readDays(value: string | null): number {
  const days = Number(value);
  return (INSIGHTS_WINDOWS as readonly number[]).includes(days)
    ? days
    : DEFAULT_INSIGHTS_WINDOW;
}

/**
 * The dashboard's filters, kept in the URL (`?window=90&team=…&function=…
 * &guild=…`) so that a view can be shared and survives a reload.
 */
export function useInsightsFilters() {
  const [searchParams, setSearchParams] = useSearchParams();

  const days = readDays(searchParams.get('window'));
  const fn = searchParams.get('function') || undefined;
  const team = searchParams.get('team') || undefined;
  const guild = searchParams.get('guild') || undefined;

  const filters: InsightsFilters = useMemo(
    () => ({ days, function: fn, team, guild }),
    [days, fn, team, guild],
  );

  // The window is resolved to days once per filter change, so every card
  // asks the backend about exactly the same days.
  const query: InsightsQuery = useMemo(
    () => ({
      ...windowEndingToday(days),
      ...(fn ? { function: fn } : {}),
      ...(team ? { team } : {}),
      ...(guild ? { guild } : {}),
    }),
    [days, fn, team, guild],
  );

  const setFilter = useCallback(
    (name: InsightsFilterName, value: string | undefined) => {
      setSearchParams(
        previous => {
          const next = new URLSearchParams(previous);
          if (value) {
            next.set(name, value);
          } else {
            next.delete(name);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  const clearFilters = useCallback(() => {
    setSearchParams(
      previous => {
        const next = new URLSearchParams(previous);
        ['function', 'team', 'guild'].forEach(name => next.delete(name));
        return next;
      },
      { replace: true },
    );
  }, [setSearchParams]);

  return { filters, query, setFilter, clearFilters };
}
