// Unit tests of the figures chart's model (series, scales, ticks), run under node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('../../www/js/model.js');
require('../../www/js/chart_model.js');
const { model, chartModel: chart } = globalThis.Sitrep;

const ORDER = ['evacuees', 'aid', 'ships', 'other'];
const titles = { a: 'Morning Wire', b: 'Evening Post' };

/** A figures-table row as the corpus gives it; `fields` override the defaults. */
function row(fields) {
  return {
    category: 'evacuees', value: 10, qualifier: 'exact', unit: 'people', date: '2024-12-10', date_source: 'sentence',
    article: 'a', source: null, status: 'reported', conflict: false, conflicts_with: [], conflict_reason: null,
    figure: { start: 0, end: 2, text: '10' }, sentence: { start: 0, end: 20, text: 'Ten people left by boat.' }, ...fields,
  };
}

test('dates of every precision place a row on the axis; other values do not', () => {
  const d = model.dayNumber;
  assert.deepEqual(chart.periodDays('2024-12-10'), { first: d('2024-12-10'), last: d('2024-12-10') });
  assert.deepEqual(chart.periodDays('2024-02'), { first: d('2024-02-01'), last: d('2024-02-29') });
  assert.deepEqual(chart.periodDays('2024-W50'), { first: d('2024-12-09'), last: d('2024-12-15') });
  assert.deepEqual(chart.periodDays('2024-Q4'), { first: d('2024-10-01'), last: d('2024-12-31') });
  assert.deepEqual(chart.periodDays('2011'), { first: d('2011-01-01'), last: d('2011-12-31') });
  assert.deepEqual(chart.periodDays('201'), { first: d('2010-01-01'), last: d('2019-12-31') });
  for (const value of [null, '', 'PRESENT_REF', '2024-12-10T10:00']) assert.equal(chart.periodDays(value), null, String(value));
  assert.equal(chart.isDated(row({ date: null })), false);
  assert.equal(chart.isDated(row({ edit: 'excluded' })), false, 'a figure the user excluded is not drawn');
});

test('the default category has the most dated rows; the mixed one only when alone', () => {
  const rows = [row({}), row({}), row({ category: 'ships' }), row({ category: 'ships' }), row({ category: 'ships', date: null }),
    ...Array.from({ length: 5 }, () => row({ category: 'other' }))];
  const counts = chart.categoryCounts(rows, ORDER);
  assert.deepEqual(counts, [{ category: 'evacuees', count: 2 }, { category: 'ships', count: 2 }, { category: 'other', count: 5 }]);
  assert.equal(chart.defaultCategory(counts), 'evacuees', 'a tie goes to the earlier category');
  assert.equal(chart.defaultCategory([{ category: 'other', count: 3 }]), 'other');
  assert.equal(chart.defaultCategory([]), null);
});

test('one series per source, the article title standing in for an unattributed figure', () => {
  const rows = [
    row({ source: 'health ministry', value: 30, date: '2024-12-12' }),
    row({ source: 'health ministry', value: 20, date: '2024-12-11' }),
    row({ value: 5, article: 'b' }),
    row({ category: 'ships', value: 2 }),
    row({ value: 7, date: null }),
  ];
  const list = chart.series(rows, 'evacuees', titles);
  assert.deepEqual(list.map((s) => [s.label, s.points.map((p) => p.value)]), [['health ministry', [20, 30]], ['Evening Post', [5]]]);
  const [point] = list[1].points;
  assert.equal(point.day, model.dayNumber('2024-12-10') + 0.5, 'a day is drawn at its middle');
  assert.deepEqual(chart.units(list), ['people']);
});

test('running totals make a step line; single reports do not', () => {
  const rows = [
    row({ source: 'UN', status: 'cumulative', value: 100, date: '2024-12-01' }),
    row({ source: 'UN', status: 'cumulative', value: 250, date: '2024-12-03' }),
    row({ source: 'UN', status: 'reported', value: 40, date: '2024-12-02' }),
    row({ source: 'UN', status: 'cumulative', value: 400, date: '2024-12-06' }),
    row({ source: 'Red Crescent', status: 'cumulative', value: 90, date: '2024-12-02' }),
  ];
  const [un, crescent] = chart.series(rows, 'evacuees', titles);
  const mid = (iso) => model.dayNumber(iso) + 0.5;
  assert.deepEqual(un.steps, [[mid('2024-12-01'), 100], [mid('2024-12-03'), 100], [mid('2024-12-03'), 250], [mid('2024-12-06'), 250], [mid('2024-12-06'), 400]]);
  assert.deepEqual(crescent.steps, [], 'one total is a point, not a line');
});

test('a conflicting row keeps its reason for the point', () => {
  const rows = [row({ conflict: true, conflict_reason: 'same day: 10 people vs 900 people (evacuees)' })];
  const [point] = chart.series(rows, 'evacuees', titles)[0].points;
  const words = chart.describe(point, 'Morning Wire');
  assert.equal(words.conflict, 'conflict: same day: 10 people vs 900 people (evacuees)');
  assert.equal(words.date, '10 Dec 2024');
  assert.equal(words.value, '10 people');
  assert.equal(words.sentence, 'Ten people left by boat.');
  const hedged = chart.describe(chart.series([row({ qualifier: 'at_least', value: 1200, value_max: 1500, date: '2013-01', date_source: 'published' })], 'evacuees', titles)[0].points[0], 'x');
  assert.equal(hedged.value, 'at least 1,200–1,500 people');
  assert.equal(hedged.date, 'Jan 2013 (publication date)');
  const planned = chart.describe(chart.series([row({ status: 'planned' })], 'evacuees', titles)[0].points[0], 'x');
  assert.equal(planned.status, 'planned, not yet done');
  assert.equal(planned.conflict, '');
});

test('the value axis starts at zero and ends on a round number above every value', () => {
  const scale = chart.valueScale([{ value: 24 }, { value: 99 }, { value: 77 }]);
  assert.equal(scale.lo, 0);
  assert.ok(scale.hi >= 99 && scale.hi <= 120, String(scale.hi));
  assert.equal(scale.ticks[0], 0);
  assert.equal(scale.ticks.at(-1), scale.hi);
  assert.ok(scale.ticks.length >= 3 && scale.ticks.length <= 7, scale.ticks.join());
  assert.ok(chart.valueScale([{ value: 2, valueMax: 1400 }]).hi >= 1400, 'a range end fits');
  assert.deepEqual(chart.valueScale([{ value: 3 }]).ticks, [0, 1, 2, 3], 'counts tick on whole numbers');
  assert.deepEqual(chart.valueScale([]), { lo: 0, hi: 1, ticks: [0, 1] });
});

test('time ticks fall on round dates and never exceed the room', () => {
  const d = model.dayNumber;
  const week = chart.timeTicks([d('2024-12-08'), d('2024-12-15')], 8);
  assert.deepEqual(week.map((t) => t.label), ['8 Dec 2024', '9 Dec', '10 Dec', '11 Dec', '12 Dec', '13 Dec', '14 Dec']);
  const months = chart.timeTicks([d('2012-05-20'), d('2013-03-01')], 4);
  assert.ok(months.length <= 4 && months.length >= 2, months.map((t) => t.label).join());
  assert.ok(months.every((t) => model.isoOfDay(t.day).endsWith('-01')), 'months start on the 1st');
  const years = chart.timeTicks([d('2010-06-01'), d('2025-01-01')], 5);
  assert.ok(years.length <= 5 && years.every((t) => /^\d{4}$/.test(t.label)), years.map((t) => t.label).join());
  assert.equal(week[0].at, d('2024-12-08') + 0.5, 'a day tick sits under the day\'s points');
  assert.equal(months[0].at, months[0].day, 'a month tick at its start');
});

const span = (first, last) => ({ first: model.dayNumber(first), last: model.dayNumber(last) + 1 });
const isoRange = ([lo, hi]) => [model.isoOfDay(lo), model.isoOfDay(hi - 1)];

test('the time axis leaves out empty years between groups of points, not shorter gaps', () => {
  const story = [span('2024-12-01', '2024-12-01'), span('2024-12-21', '2024-12-21')];
  const [only] = chart.timeSegments(story);
  assert.equal(chart.timeSegments(story).length, 1);
  assert.ok(only[0] < model.dayNumber('2024-12-01') && only[1] > model.dayNumber('2024-12-22'), 'a margin each side');
  const months = [span('2012-06-18', '2012-06-18'), span('2013-02-19', '2013-02-19')];
  assert.equal(chart.timeSegments(months).length, 1, 'eight months apart: one stretch of time');
  const recalled = [span('2013-01-01', '2013-01-31'), span('2013-02-19', '2013-02-19'), ...story];
  assert.deepEqual(chart.timeSegments(recalled).map(isoRange).map(([a, b]) => [a.slice(0, 7), b.slice(0, 7)]),
    [['2012-12', '2013-02'], ['2024-11', '2024-12']]);
  const scattered = [1990, 1995, 2000, 2005, 2010, 2015].map((y) => span(`${y}-06-01`, `${y}-06-01`));
  assert.equal(chart.timeSegments(scattered).length, 1, 'evenly spread reports keep one axis');
  assert.deepEqual(chart.timeSegments([]), []);
});

test('segments share the width, each at least half its even share, and keep their order', () => {
  const { x, ranges } = chart.timeAxis([[0, 10], [1000, 1090]], 0, 420, 20);
  assert.equal(ranges.length, 2);
  assert.ok(ranges[0].x1 - ranges[0].x0 >= 100, 'the short stretch keeps room');
  assert.ok(Math.abs(ranges[1].x1 - 420) < 1e-9 && Math.abs(ranges[1].x0 - ranges[0].x1 - 20) < 1e-9);
  assert.equal(x(0), 0);
  assert.ok(x(10) < x(1000) && x(1000) < x(1045) && x(1045) < x(1090));
  const ticks = chart.rangeTicks(ranges[0], x, 96, [ranges[0].x0 + 30, ranges[0].x1 - 30]);
  assert.ok(ticks.length >= 1 && ticks.every((t) => x(t.at) >= ranges[0].x0 + 30 && x(t.at) <= ranges[0].x1 - 30), JSON.stringify(ticks));
  const lone = chart.timeAxis([[model.dayNumber('2013-02-18'), model.dayNumber('2013-02-21')]], 0, 60, 0);
  assert.deepEqual(chart.rangeTicks(lone.ranges[0], lone.x, 96, [30, 30]).map((t) => t.label), ['19 Feb 2013'], 'a narrow range names its day');
});

test('points on the same day and value are given side-by-side slots', () => {
  const p = (day, value) => ({ point: { day, value } });
  assert.deepEqual(chart.slots([p(1, 4), p(1, 4), p(1, 5), p(2, 4)]), [{ slot: 0, of: 2 }, { slot: 1, of: 2 }, { slot: 0, of: 1 }, { slot: 0, of: 1 }]);
});
