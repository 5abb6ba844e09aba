// Copied into src/ by test/hosts/run.mjs: Angular's strict templates must reject it. With
// CUSTOM_ELEMENTS_SCHEMA, Angular checks no property binding on a custom element ([modalty] would
// pass), but it types a template reference to the element from HTMLElementTagNameMap.
import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';

@Component({
  selector: 'app-negative',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<hms-course-list #list (hms-load)="list.modalty = 'live'"></hms-course-list>`,
})
export class Negative {}
