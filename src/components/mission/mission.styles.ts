import { css } from 'lit';
import { divisionList } from '../../styles/divisions.js';
import { base, states } from '../../styles/shared.js';

/** Styles of `<hms-mission>`. Component tokens (`--hms-mission-*`) fall back to the system tokens. */
export const missionStyles = [
  base,
  states,
  divisionList,
  css`
    :host {
      container-type: inline-size;
      --_mission-accent: var(--hms-mission-accent-color, var(--_color-primary));
      --_mission-quote-size: var(--hms-mission-quote-font-size, var(--_font-size-lg));
      --_mission-fact-size: var(--hms-mission-fact-font-size, var(--_font-size-display));
      --_mission-rule-width: var(--hms-mission-rule-width, 4px);
    }
    .mission {
      display: grid;
      gap: var(--_space-5);
    }
    .mission.variant-full {
      gap: var(--_space-6);
    }
    .quote {
      margin: 0;
      padding-inline-start: var(--_space-4);
      border-inline-start: var(--_mission-rule-width) solid var(--_mission-accent);
    }
    .statement {
      margin: 0 0 var(--_space-3);
      font-family: var(--_font-family-display);
      font-size: var(--_mission-quote-size);
      line-height: var(--_line-height);
    }
    .statement p {
      margin: 0;
    }
    .attribution {
      display: flex;
      flex-direction: column;
      font-size: var(--_font-size-sm);
      color: var(--_color-text-muted);
    }
    .attribution-name {
      font-weight: var(--_font-weight-bold);
      color: var(--_color-text);
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: var(--_space-4);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .fact {
      display: flex;
      flex-direction: column;
    }
    .fact-value {
      font-size: var(--_mission-fact-size);
      font-weight: var(--_font-weight-bold);
      color: var(--_mission-accent);
    }
    .fact-label {
      font-size: var(--_font-size-sm);
      color: var(--_color-text-muted);
    }
    .empty {
      margin: 0;
      color: var(--_color-text-muted);
    }

    /* compact: one band of facts and links, for a sidebar or a footer */
    .compact {
      display: grid;
      gap: var(--_space-3);
    }
    .compact .facts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-2) var(--_space-4);
    }
    .compact .fact {
      flex-direction: row;
      align-items: baseline;
      gap: var(--_space-1);
    }
    .compact .fact-value {
      font-size: var(--_font-size-md);
    }
    .compact .divisions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-2) var(--_space-4);
    }
    .compact .division {
      padding: 0;
      border: 0;
      background: none;
      box-shadow: none;
    }
    .compact .division-name {
      margin: 0;
      font-size: var(--_font-size-md);
    }
    .organization {
      margin: 0;
      font-weight: var(--_font-weight-bold);
    }


    @container (min-width: 36em) {
      .facts {
        grid-template-columns: repeat(4, minmax(0, 1fr));
      }
    }
  `,
];
