/**
 * The file-name field: for a new post, a Latin name follows the title as the
 * editor types it, until they edit the name themselves; for a saved post, its
 * current name, read-only (renaming moves its address). Blocks saving with
 * check:content's message when the name would be refused.
 */
import { fileNameError, fileNameFromTitle } from '../../lib/admin/file-name';
import type { ValidationResult, WidgetProps } from '../decap.d';

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
      if (this.props.entry.get('newRecord') !== true) return true;
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
