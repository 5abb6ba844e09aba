import { CUSTOM_ELEMENTS_SCHEMA, ChangeDetectionStrategy, Component, ElementRef, signal, viewChild } from '@angular/core';
import type { HmsCalendarDownloadEvent, HmsCourseSelectEvent, HmsFilterChangeEvent, HmsProgramSelectEvent, Modality } from 'hms-widgets';
import catalog from '../../../../demo/catalog.json';

/**
 * The course finder with a filter held in a signal, and every other widget with its events.
 * Two lists read the same filter: `#list` through Angular's attribute binding (`[attr.modality]`,
 * which removes the attribute for null) and `#list-property` through a property binding (null).
 */
@Component({
  selector: 'app-root',
  // The hms-* tags are custom elements, not Angular components.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main>
      <button id="filter" (click)="modality.set('live')">Live only</button>
      <button id="clear" (click)="modality.set(null)">All formats</button>
      <button id="toggle" (click)="shown.set(!shown())">Unmount or mount</button>
      <output id="loads">{{ loads() }}</output>
      <output id="selected">{{ selected() }}</output>
      @if (shown()) {
        <hms-course-list
          #list
          id="list"
          [catalog]="catalog"
          [attr.modality]="modality()"
          [pageSize]="100"
          controls="search, modality, sort"
          (hms-load)="countLoad()"
          (hms-course-select)="onSelect($event)"
          (hms-filter-change)="onFilterChange($event, list.results.length)"
        ></hms-course-list>
        <hms-course-list
          id="list-property"
          [catalog]="catalog"
          [modality]="modality()"
          [pageSize]="100"
          controls="none"
          (hms-course-select)="$event.preventDefault(); selected.set($event.detail.course.id)"
        ></hms-course-list>
      }
      <section id="gallery">
        <hms-catalog [catalog]="catalog" region="latam" locale="en">
          <hms-mission variant="quote" [headingLevel]="2" (hms-load)="log($event.detail)" (hms-error)="log($event.detail.error)"></hms-mission>
          <hms-course-card
            [courseId]="catalog.courses[0]!.id"
            variant="row"
            (hms-calendar-download)="onCalendar($event)"
            (hms-catalog-issues)="log($event.detail)"
          ></hms-course-card>
          <!-- Angular refuses to bind a name that starts with "on" ([onlyAdapted], [attr.only-adapted]): a static attribute. -->
          <hms-program-list only-adapted [now]="now" (hms-program-select)="log($event.detail.program)"></hms-program-list>
          <hms-program-card program-id="x" theme="dark" (hms-program-select)="onProgram($event)"></hms-program-card>
          <hms-news-list kind="news" [limit]="3" layout="cards" (hms-post-select)="log($event.detail.post)"></hms-news-list>
          <hms-divisions [headingLevel]="3"></hms-divisions>
        </hms-catalog>
      </section>
    </main>
  `,
})
export class App {
  protected readonly catalog = catalog;
  protected readonly now = new Date('2026-01-01');
  // Angular's idiom for "no filter" is null.
  protected readonly modality = signal<Modality | null>(null);
  protected readonly shown = signal(true);
  protected readonly loads = signal(0);
  protected readonly selected = signal('');

  /** The element itself, typed by the package's HTMLElementTagNameMap entry. */
  private readonly list = viewChild<ElementRef<HTMLElementTagNameMap['hms-course-list']>>('list');

  protected countLoad(): void {
    this.loads.update((n) => n + 1);
  }

  // With strictTemplates, `$event` of an hms-* event binding has the type of the package's
  // HTMLElementEventMap entry: a handler that expects another event does not type-check.
  protected onSelect(event: HmsCourseSelectEvent): void {
    const id: string = event.detail.course.id;
    event.preventDefault();
    this.selected.set(id);
  }

  // `#list` in the template is the element, typed the same way.
  protected onFilterChange(event: HmsFilterChangeEvent, shown: number): void {
    const element: HTMLElementTagNameMap['hms-course-list'] | undefined = this.list()?.nativeElement;
    console.info(event.detail.total, shown, element?.modality);
  }

  protected onCalendar(event: HmsCalendarDownloadEvent): void {
    console.info(event.detail.course.id);
  }

  protected onProgram(event: HmsProgramSelectEvent): void {
    event.preventDefault();
  }

  protected log(value: unknown): void {
    console.info(value);
  }
}
