// Copied into src/ by test/hosts/run.mjs: Angular's strict templates must reject it. `$event` of
// (hms-course-select) is the package's HmsCourseSelectEvent, so its course has no `modalty`.
import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';

@Component({
  selector: 'app-negative-event',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<hms-course-list (hms-course-select)="picked = $event.detail.course.modalty"></hms-course-list>`,
})
export class NegativeEvent {
  protected picked = '';
}
