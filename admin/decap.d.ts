/**
 * The part of Decap CMS's globals (the standalone bundle's window.CMS, h and
 * createClass) the admin uses. Decap ships no types for the bundle.
 */
export interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: readonly string[]): unknown;
  toJS?(): unknown;
}

export interface WidgetProps {
  readonly value: unknown;
  readonly onChange: (value: unknown) => void;
  readonly forID: string;
  readonly classNameWrapper: string;
  readonly setActiveStyle: () => void;
  readonly setInactiveStyle: () => void;
  readonly entry: ImmutableLike;
  readonly field: ImmutableLike;
}

export interface PreviewProps {
  readonly entry: ImmutableLike;
  readonly getAsset: (path: string) => { toString(): string } | string;
  readonly document: Document;
  readonly window: Window;
}

export type ValidationResult = boolean | { readonly error: { readonly message: string } };

export type Element = unknown;
export type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;
export type CreateClass = (spec: Record<string, unknown>) => unknown;

export interface CustomFormat {
  fromFile(content: string): object;
  toFile(data: object, sortedKeys?: readonly string[], comments?: object): string;
}

export interface DecapCms {
  init(options: { config: object }): void;
  registerCustomFormat(name: string, extension: string, format: CustomFormat): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  registerLocale(locale: string, phrases: object): void;
  getLocale(locale: string): object | undefined;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableLike }) => unknown }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    h?: CreateElement;
    createClass?: CreateClass;
  }
}
