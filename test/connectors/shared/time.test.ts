import {
  parseCalendarDate,
  parseTimestamp,
  parseYearMonth,
  shanghaiDateOf,
} from '../../../connectors/shared/mapping/time';

describe('department time parsing', () => {
  it('reads a zone-less timestamp as Asia/Shanghai, across the UTC day boundary', () => {
    expect(parseTimestamp('2024-02-08 05:03:00')).toEqual(new Date('2024-02-07T21:03:00Z'));
    expect(parseTimestamp('2024-03-01T07:59')).toEqual(new Date('2024-02-29T23:59:00Z'));
    expect(parseTimestamp(' 2024-12-31 23:59:59.5 ')).toEqual(new Date('2024-12-31T15:59:59.500Z'));
  });

  it('honours an explicit zone', () => {
    expect(parseTimestamp('2024-08-14T16:26:00+08:00')).toEqual(new Date('2024-08-14T08:26:00Z'));
    expect(parseTimestamp('2024-08-14T08:26:00Z')).toEqual(new Date('2024-08-14T08:26:00Z'));
    expect(parseTimestamp('2024-08-14T03:26:00-0500')).toEqual(new Date('2024-08-14T08:26:00Z'));
  });

  it('refuses times and days that do not exist', () => {
    for (const text of [
      '2024-02-30 08:00:00',
      '2023-02-29 08:00:00',
      '2024-01-01 24:00:00',
      '2024-01-01',
      '1706307840000',
      '',
    ]) {
      expect(parseTimestamp(text)).toBeNull();
    }
  });

  it('reads each date format the feeds use, and only real days', () => {
    expect(parseCalendarDate('2024/04/16', 'YYYY/MM/DD')).toBe('2024-04-16');
    expect(parseCalendarDate('19600529', 'YYYYMMDD')).toBe('1960-05-29');
    expect(parseCalendarDate('2024-02-29', 'YYYY-MM-DD')).toBe('2024-02-29');
    expect(parseCalendarDate('2023-02-29', 'YYYY-MM-DD')).toBeNull();
    expect(parseCalendarDate('2024-04-16', 'YYYY/MM/DD')).toBeNull();
    expect(parseYearMonth('2024-09')).toBe('2024-09-01');
    expect(parseYearMonth('2024-13')).toBeNull();
  });

  it('gives the Shanghai calendar day of an instant', () => {
    expect(shanghaiDateOf(new Date('2024-07-31T15:59:59Z'))).toBe('2024-07-31');
    expect(shanghaiDateOf(new Date('2024-07-31T16:00:00Z'))).toBe('2024-08-01');
  });
});
