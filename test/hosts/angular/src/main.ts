// The tags are defined before Angular renders them (as in the other hosts); Angular sets the
// bound properties on the element either way.
import 'hms-widgets/define';
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app';

bootstrapApplication(App).catch((error: unknown) => console.error(error));
