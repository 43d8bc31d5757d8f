/**
 * The file-name field: for a new post, a Latin name made from the title,
 * until the editor edits the name themselves; for a saved post, its current
 * name, read-only (renaming moves its address). Blocks saving with
 * check:content's message when a typed name would be refused.
 *
 * Decap re-renders a field only when that field changes or gets focus, not
 * when the title does, so the name is filled in when the editor reaches the
 * field, and before saving (fillFileNameBeforeSave) if they never did.
 */
import { FILE_NAME_FIELD } from '../../lib/admin/config';
import { fileNameError, fileNameFromTitle } from '../../lib/admin/file-name';
import type { DecapCms, ImmutableLike, ValidationResult, WidgetProps } from '../decap.d';

interface State {
  readonly edited: boolean;
}

interface Instance {
  props: WidgetProps;
  state: State;
  setState(state: State): void;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function fileNameWidget(): unknown {
  const h = window.h!;
  return window.createClass!({
    getInitialState(): State {
      return { edited: false };
    },
    shouldComponentUpdate(this: Instance, next: WidgetProps) {
      return next.entry !== this.props.entry || next.value !== this.props.value || next.classNameWrapper !== this.props.classNameWrapper;
    },
    componentDidMount(this: Instance & { follow(): void }) {
      this.follow();
    },
    componentDidUpdate(this: Instance & { follow(): void }) {
      this.follow();
    },
    follow(this: Instance) {
      if (this.props.entry.get('newRecord') !== true || this.state.edited) return;
      const suggested = fileNameFromTitle(text(this.props.entry.getIn(['data', 'title'])));
      if (suggested !== text(this.props.value)) this.props.onChange(suggested);
    },
    isValid(this: Instance): ValidationResult {
      // Empty: made from the title before saving.
      if (this.props.entry.get('newRecord') !== true || text(this.props.value) === '') return true;
      const message = fileNameError(text(this.props.value));
      return message === null ? true : { error: { message } };
    },
    render(this: Instance) {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, entry, onChange } = this.props;
      const isNew = entry.get('newRecord') === true;
      return h('input', {
        type: 'text',
        id: forID,
        className: classNameWrapper,
        value: isNew ? text(this.props.value) : text(entry.get('slug')),
        readOnly: !isNew,
        spellCheck: false,
        autoComplete: 'off',
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        onChange: (event: { target: { value: string } }) => {
          this.setState({ edited: true });
          onChange(event.target.value);
        },
      });
    },
  });
}

interface ImmutableData extends ImmutableLike {
  set(key: string, value: unknown): ImmutableData;
}

/** A new post saved with an empty file name gets the one made from its title; Decap makes the address from it next. */
export function fillFileNameBeforeSave(cms: DecapCms): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const data = entry.get('data') as ImmutableData;
      if (entry.get('newRecord') !== true || text(data.get(FILE_NAME_FIELD)) !== '') return data;
      const name = fileNameFromTitle(text(data.get('title')));
      const message = fileNameError(name);
      // Decap shows a failed save with this text.
      if (message !== null) throw new Error(`Имя файла из заголовка не получилось: ${message}`);
      return data.set(FILE_NAME_FIELD, name);
    },
  });
}
