import { strings } from '../i18n';
import '../i18n/pages';

// An automation or script in words, for the person who decides whether to save it: its
// triggers, conditions and actions as lines, entities by their names. What has no words here is
// named by its kind ("a mqtt trigger"): the YAML below it says the rest.

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const listOf = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

export interface Described {
  when: string[];
  onlyIf: string[];
  then: string[];
}

/** Names entities the way the person knows them (their friendly names). */
export type NameOf = (entityId: string) => string;

export function describeDraft(
  kind: 'automation' | 'script',
  config: Json,
  name: NameOf,
): Described {
  const d = new Describer(name);
  return kind === 'automation'
    ? {
        when: listOf(config.triggers).map((t) => d.trigger(t)),
        onlyIf: listOf(config.conditions).map((c) => d.condition(c)),
        then: listOf(config.actions).map((a) => d.action(a)),
      }
    : { when: [], onlyIf: [], then: listOf(config.sequence).map((a) => d.action(a)) };
}

class Describer {
  private readonly w = strings.drafts.describe;

  constructor(private readonly name: NameOf) {}

  private names(v: unknown): string {
    const ids = listOf(v)
      .flatMap((x) => (typeof x === 'string' ? x.split(',') : []))
      .map((x) => x.trim())
      .filter(Boolean);
    return ids.map((id) => this.name(id)).join(', ');
  }

  private duration(v: unknown): string {
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    if (!isObject(v)) return '';
    return ['hours', 'minutes', 'seconds']
      .filter((k) => v[k] !== undefined)
      .map((k) => `${text(v[k])} ${k}`)
      .join(' ');
  }

  trigger(t: unknown): string {
    const w = this.w;
    if (!isObject(t)) return w.otherTrigger('?');
    const platform = text(t.trigger ?? t.platform);
    const who = this.names(t.entity_id);
    let line: string;
    switch (platform) {
      case 'state':
        line =
          t.to !== undefined && t.to !== null
            ? w.changesTo(who, text(t.to))
            : t.from !== undefined && t.from !== null
              ? w.changesFrom(who, text(t.from))
              : w.changes(who);
        break;
      case 'numeric_state':
        line = t.above !== undefined ? w.above(who, text(t.above)) : w.below(who, text(t.below));
        break;
      case 'sun': {
        const event = t.event === 'sunrise' ? w.sunrise : w.sunset;
        line = t.offset ? w.sunOffset(event, text(t.offset)) : event;
        break;
      }
      case 'time':
        line = w.at(
          listOf(t.at)
            .map((a) => (text(a).includes('.') ? this.name(text(a)) : text(a)))
            .join(', '),
        );
        break;
      case 'time_pattern':
        line = w.timePattern;
        break;
      case 'homeassistant':
        line = t.event === 'shutdown' ? w.haStop : w.haStart;
        break;
      case 'event':
        line = w.event(listOf(t.event_type).map(text).join(', '));
        break;
      case 'zone':
        line = (t.event === 'leave' ? w.leaves : w.enters)(who, this.names(t.zone));
        break;
      case 'template':
        line = w.template;
        break;
      case 'webhook':
        line = w.webhook;
        break;
      default:
        line = w.otherTrigger(platform || '?');
    }
    return t.for !== undefined ? w.forDuration(line, this.duration(t.for)) : line;
  }

  condition(c: unknown): string {
    const w = this.w;
    if (typeof c === 'string') return w.templateTrue;
    if (!isObject(c)) return w.otherCondition('?');
    const kind = text(c.condition);
    const who = this.names(c.entity_id);
    const nested = () =>
      listOf(c.conditions)
        .map((x) => this.condition(x))
        .join('; ');
    switch (kind) {
      case 'state':
        return w.is(who, listOf(c.state).map(text).join(', '));
      case 'numeric_state':
        return c.above !== undefined
          ? w.isAbove(who, text(c.above))
          : w.isBelow(who, text(c.below));
      case 'sun': {
        const parts = [
          c.after === 'sunset' ? w.afterSunset : c.after === 'sunrise' ? w.afterSunrise : '',
          c.before === 'sunrise' ? w.beforeSunrise : c.before === 'sunset' ? w.beforeSunset : '',
        ].filter(Boolean);
        return parts.join(` ${w.or} `) || w.otherCondition(kind);
      }
      case 'time': {
        const parts = [
          c.after !== undefined ? w.after(text(c.after)) : '',
          c.before !== undefined ? w.before(text(c.before)) : '',
          c.weekday !== undefined ? w.onDays(listOf(c.weekday).map(text).join(', ')) : '',
        ].filter(Boolean);
        return parts.join(', ') || w.otherCondition(kind);
      }
      case 'template':
        return w.templateTrue;
      case 'and':
        return w.all(nested());
      case 'or':
        return w.any(nested());
      case 'not':
        return w.none(nested());
      case 'zone':
        return w.inZone(who, this.names(c.zone));
      default:
        return w.otherCondition(kind || '?');
    }
  }

  action(a: unknown): string {
    const w = this.w;
    if (!isObject(a)) return w.otherAction;
    const service = a.action ?? a.service;
    if (typeof service === 'string') {
      const target = isObject(a.target) ? a.target : {};
      const data = isObject(a.data) ? a.data : {};
      const names = [
        this.names(target.entity_id),
        this.names(a.entity_id),
        this.names(data.entity_id),
      ]
        .concat(listOf(target.area_id).map(text))
        .filter(Boolean)
        .join(', ');
      const verb = service.split('.')[1];
      if (names && verb === 'turn_on') return w.turnOn(names);
      if (names && verb === 'turn_off') return w.turnOff(names);
      if (names && verb === 'toggle') return w.toggle(names);
      return w.call(service, names);
    }
    if (a.delay !== undefined) return w.wait(this.duration(a.delay));
    if (a.wait_template !== undefined) return w.waitTemplate;
    if (a.wait_for_trigger !== undefined)
      return w.waitTrigger(
        listOf(a.wait_for_trigger)
          .map((t) => this.trigger(t))
          .join(` ${w.or} `),
      );
    if (typeof a.scene === 'string') return w.scene(this.name(a.scene));
    if (typeof a.event === 'string') return w.fire(a.event);
    if (a.if !== undefined) {
      const then = listOf(a.then)
        .map((x) => this.action(x))
        .join('; ');
      const line = w.ifThen(
        listOf(a.if)
          .map((x) => this.condition(x))
          .join(` ${w.and} `),
        then,
      );
      const otherwise = listOf(a.else)
        .map((x) => this.action(x))
        .join('; ');
      return otherwise ? `${line}; ${w.otherwise(otherwise)}` : line;
    }
    if (a.choose !== undefined) return w.choose(listOf(a.choose).length);
    if (isObject(a.repeat))
      return w.repeat(
        listOf(a.repeat.sequence)
          .map((x) => this.action(x))
          .join('; '),
      );
    if (a.parallel !== undefined)
      return w.parallel(
        listOf(a.parallel)
          .map((x) => this.action(x))
          .join('; '),
      );
    if (a.condition !== undefined) return w.continueIf(this.condition(a));
    if (a.stop !== undefined) return w.stop;
    if (a.variables !== undefined) return w.variables;
    if (a.device_id !== undefined) return w.deviceAction;
    if (a.sequence !== undefined)
      return listOf(a.sequence)
        .map((x) => this.action(x))
        .join('; ');
    return w.otherAction;
  }
}
