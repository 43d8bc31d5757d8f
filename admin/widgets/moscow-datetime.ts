/**
 * Dates in Moscow time, whatever the zone of the editor's browser (Decap's
 * own datetime widget shows the browser's). The file keeps the value as
 * written until the editor picks another; a picked one is written with its
 * offset, seconds included (lib/admin/moscow-time.ts).
 */
import { fileDateToWallClock, wallClockToFileDate } from '../../lib/admin/moscow-time';
import type { WidgetProps } from '../decap.d';

export function moscowDateTimeWidget(): unknown {
  const h = window.h!;
  return window.createClass!({
    render(this: { props: WidgetProps }) {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, onChange, value } = this.props;
      return h(
        'span',
        null,
        h('input', {
          type: 'datetime-local',
          step: 1,
          id: forID,
          className: classNameWrapper,
          value: fileDateToWallClock(value) ?? '',
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
          onChange: (event: { target: { value: string } }) => onChange(event.target.value === '' ? '' : (wallClockToFileDate(event.target.value) ?? '')),
        }),
        h('span', { 'aria-hidden': true }, ' по московскому времени'),
      );
    },
  });
}
