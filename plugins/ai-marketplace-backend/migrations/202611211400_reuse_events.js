// @ts-check

/**
 * Reuse events (who used which asset, how, for which team, when) and their
 * daily roll-up, which is maintained on write so that reuse summaries and
 * KPIs never scan raw events.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('reuse_events', table => {
    table.comment('One use of an AI Marketplace asset by a team');
    table
      .string('id', 64)
      .primary()
      .comment('Client-supplied id; replaying the same id records nothing new');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('The asset used: an AIWorkflow or PromptLibrary entity ref');
    table
      .string('prompt_id', 63)
      .nullable()
      .comment('The prompt of a PromptLibrary, when one prompt was used');
    table
      .string('event_type', 16)
      .notNullable()
      .comment('viewed | copied | adopted | forked | invoked');
    table
      .string('user_ref', 255)
      .notNullable()
      .comment('Who acted, from the caller credentials');
    table
      .string('team_ref', 255)
      .notNullable()
      .comment('The team the user acted for; one of their groups');
    table
      .timestamp('occurred_at', { useTz: true })
      .notNullable()
      .comment('When it happened');
    table
      .timestamp('recorded_at', { useTz: true })
      .notNullable()
      .defaultTo(knex.fn.now())
      .comment('When the backend recorded it');
    table.index(['entity_ref', 'occurred_at'], 'reuse_events_entity_time_idx');
    table.index(['occurred_at'], 'reuse_events_time_idx');
  });

  await knex.schema.createTable('reuse_daily', table => {
    table.comment('Reuse events counted per day, asset, prompt, type and team');
    table.string('day', 10).notNullable().comment('UTC day, YYYY-MM-DD');
    table.string('entity_ref', 255).notNullable().comment('The asset used');
    table
      .string('prompt_id', 63)
      .notNullable()
      .defaultTo('')
      .comment("The prompt used, or '' for the asset as a whole");
    table.string('event_type', 16).notNullable().comment('The kind of use');
    table.string('team_ref', 255).notNullable().comment('The consuming team');
    table
      .integer('event_count')
      .notNullable()
      .comment('How many such events that day');
    table.primary(['day', 'entity_ref', 'prompt_id', 'event_type', 'team_ref']);
    table.index(['entity_ref', 'day'], 'reuse_daily_entity_day_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('reuse_daily');
  await knex.schema.dropTable('reuse_events');
};
