// @ts-check

/**
 * What else the marketplace remembers besides reuse: experiments, evaluation
 * results, AI incidents, curation decisions; a snapshot of the catalog's
 * assets (so KPIs filter and join without calling the catalog per query);
 * and the near-duplicate clusters found on a schedule.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('experiments', table => {
    table.comment(
      'A team tried an AI asset: start, finish, outcome, learnings',
    );
    table
      .string('id', 64)
      .primary()
      .comment('Client-supplied id; replaying a start records nothing new');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('The asset tried: an AIWorkflow or PromptLibrary entity ref');
    table
      .string('team_ref', 255)
      .notNullable()
      .comment('The team that ran it; one of the starting user groups');
    table
      .string('started_by', 255)
      .notNullable()
      .comment('The user who started it, from the caller credentials');
    table
      .timestamp('started_at', { useTz: true })
      .notNullable()
      .comment('When it started');
    table
      .boolean('self_serve')
      .nullable()
      .comment('True when the team ran it without the central AI team');
    table
      .timestamp('finished_at', { useTz: true })
      .nullable()
      .comment('When it finished; null while running');
    table
      .string('finished_by', 255)
      .nullable()
      .comment('The user who recorded the finish');
    table
      .string('outcome', 16)
      .nullable()
      .comment('adopted | abandoned | inconclusive; null while running');
    table
      .string('learnings_url', 2048)
      .nullable()
      .comment('Link to the documented learnings, if any');
    table
      .timestamp('recorded_at', { useTz: true })
      .notNullable()
      .defaultTo(knex.fn.now())
      .comment('When the backend recorded the start');
    table.index(['entity_ref', 'started_at'], 'experiments_entity_time_idx');
    table.index(['started_at'], 'experiments_time_idx');
  });

  await knex.schema.createTable('evaluation_results', table => {
    table.comment(
      'A workflow version was evaluated against a dataset (from CI)',
    );
    table
      .string('id', 64)
      .primary()
      .comment(
        'Client-supplied id, e.g. the CI run id; replays record nothing',
      );
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('The AIWorkflow evaluated');
    table
      .string('workflow_version', 64)
      .notNullable()
      .comment('The version evaluated (tag, commit or semver)');
    table
      .string('dataset', 512)
      .notNullable()
      .comment('The evaluation dataset');
    table
      .double('pass_rate')
      .notNullable()
      .comment('Share of dataset cases that passed, 0..1');
    table
      .double('threshold')
      .nullable()
      .comment("The workflow's spec.evaluation.passRate when recorded");
    table
      .boolean('passed')
      .nullable()
      .comment(
        'pass_rate >= threshold; null when the workflow has no threshold',
      );
    table
      .timestamp('evaluated_at', { useTz: true })
      .notNullable()
      .comment('When the evaluation ran');
    table
      .string('reported_by', 255)
      .notNullable()
      .comment('The service (or user) that posted it');
    table
      .timestamp('recorded_at', { useTz: true })
      .notNullable()
      .defaultTo(knex.fn.now())
      .comment('When the backend recorded it');
    table.index(['entity_ref', 'evaluated_at'], 'evaluation_entity_time_idx');
  });

  await knex.schema.createTable('ai_incidents', table => {
    table.comment(
      'An incident caused by an AI workflow; counts against its error budget',
    );
    table
      .string('id', 64)
      .primary()
      .comment('Client-supplied id; replays record nothing new');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('The AIWorkflow at fault');
    table
      .string('severity', 16)
      .notNullable()
      .comment('sev1 (worst) | sev2 | sev3 | sev4');
    table
      .text('summary')
      .notNullable()
      .comment('What happened, in a sentence or two');
    table
      .timestamp('occurred_at', { useTz: true })
      .notNullable()
      .comment('When it happened');
    table
      .string('reported_by', 255)
      .notNullable()
      .comment('The user or service that reported it');
    table
      .string('team_ref', 255)
      .nullable()
      .comment('The team a user reported it for; null for services');
    table
      .timestamp('recorded_at', { useTz: true })
      .notNullable()
      .defaultTo(knex.fn.now())
      .comment('When the backend recorded it');
    table.index(['entity_ref', 'occurred_at'], 'incidents_entity_time_idx');
  });

  await knex.schema.createTable('curation_decisions', table => {
    table.comment(
      'A guild lead or admin featured, deprecated or reviewed an asset or prompt',
    );
    table
      .string('id', 64)
      .primary()
      .comment('Client-supplied id; replays record nothing new');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('The asset curated: an AIWorkflow or PromptLibrary entity ref');
    table
      .string('prompt_id', 63)
      .notNullable()
      .defaultTo('')
      .comment("The library prompt curated, or '' for the asset as a whole");
    table
      .string('decision', 16)
      .notNullable()
      .comment('featured | unfeatured | deprecated | undeprecated | reviewed');
    table.text('note').nullable().comment('Why; required for reviewed');
    table
      .string('decided_by', 255)
      .notNullable()
      .comment('The user who decided, from the caller credentials');
    table
      .timestamp('decided_at', { useTz: true })
      .notNullable()
      .comment('When it was decided');
    table.index(
      ['entity_ref', 'prompt_id', 'decided_at'],
      'curation_target_time_idx',
    );
  });

  await knex.schema.createTable('catalog_assets', table => {
    table.comment(
      'Snapshot of the catalog AI assets, refreshed on a schedule, for KPI filters and joins',
    );
    table
      .string('entity_ref', 255)
      .primary()
      .comment('AIWorkflow or PromptLibrary entity ref');
    table
      .string('kind', 32)
      .notNullable()
      .comment('aiworkflow | promptlibrary');
    table
      .string('title', 255)
      .notNullable()
      .comment('Title or name, for display');
    table
      .string('owner_ref', 255)
      .notNullable()
      .comment('spec.owner as a group ref: the producer team');
    table
      .string('function', 64)
      .nullable()
      .comment('spec.function (business function)');
    table
      .string('guild_ref', 255)
      .nullable()
      .comment('spec.guild as a group ref');
    table.string('lifecycle', 32).nullable().comment('spec.lifecycle');
    table
      .string('derived_from_ref', 255)
      .nullable()
      .comment('spec.derivedFrom: the workflow it was adapted from');
    table
      .double('evaluation_threshold')
      .nullable()
      .comment('spec.evaluation.passRate');
    table
      .integer('error_budget_incidents')
      .nullable()
      .comment('spec.errorBudget.incidents');
    table
      .string('error_budget_period', 32)
      .nullable()
      .comment('spec.errorBudget.period (ISO-8601 duration)');
    table
      .timestamp('first_seen_at', { useTz: true })
      .notNullable()
      .comment(
        'When the snapshot first saw it: its registration, for time-to-first-experiment',
      );
    table
      .timestamp('last_seen_at', { useTz: true })
      .notNullable()
      .comment('When the snapshot last saw it');
    table
      .timestamp('removed_at', { useTz: true })
      .nullable()
      .comment('When it disappeared from the catalog; null while present');
    table.index(['owner_ref'], 'catalog_assets_owner_idx');
  });

  await knex.schema.createTable('duplicate_clusters', table => {
    table.comment(
      'Near-duplicate assets or prompts owned by different teams, from the last scheduled run',
    );
    table
      .string('cluster_id', 300)
      .notNullable()
      .comment('Id of the cluster (from its smallest member)');
    table
      .string('item_id', 320)
      .notNullable()
      .comment("entity ref, or entity ref + '#' + prompt id");
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('The asset the item belongs to');
    table
      .string('prompt_id', 63)
      .notNullable()
      .defaultTo('')
      .comment("Prompt id, or '' for a workflow");
    table
      .string('owner_ref', 255)
      .notNullable()
      .comment('The team owning the item');
    table
      .string('title', 255)
      .notNullable()
      .comment("The prompt's or workflow's title, for display");
    table
      .double('similarity')
      .notNullable()
      .comment('Highest Jaccard similarity to another member');
    table
      .timestamp('detected_at', { useTz: true })
      .notNullable()
      .comment('When the run that found it finished');
    table.primary(['cluster_id', 'item_id']);
    table.index(['entity_ref'], 'duplicate_clusters_entity_idx');
  });

  await knex.schema.createTable('duplicate_detection_runs', table => {
    table.comment(
      'The last near-duplicate detection run (one row), so that a run that found nothing still says when it ran',
    );
    table
      .timestamp('detected_at', { useTz: true })
      .primary()
      .comment('When the run finished');
    table
      .double('similarity_threshold')
      .notNullable()
      .comment(
        'The Jaccard similarity from which items counted as near-duplicates',
      );
    table
      .integer('candidates')
      .notNullable()
      .comment('How many workflows and prompts were compared');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('duplicate_detection_runs');
  await knex.schema.dropTable('duplicate_clusters');
  await knex.schema.dropTable('catalog_assets');
  await knex.schema.dropTable('curation_decisions');
  await knex.schema.dropTable('ai_incidents');
  await knex.schema.dropTable('evaluation_results');
  await knex.schema.dropTable('experiments');
};
