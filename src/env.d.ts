declare namespace App {
  /** Set by a page for the components it renders (see src/lib/page-interview.ts). */
  interface Locals {
    interview?: import('./lib/interviews').Interview;
  }
}
