import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { znsProblems, type ZnsProblem } from '../../src/channels/messages/zns';
import { channelCalendar, utcOffset } from '../../src/channels/messages/calendar';
import { repeatErrors } from '../../src/channels/messages/check';
import { messagesJson } from '../../src/channels/messages/files';
import { loadSettings } from '../../src/config/settings';
import type { Repeat, ZnsTemplate } from '../../src/channels/messages/schema';
import { manifestFrom } from '../support/campaign';

const good: ZnsTemplate = {
  title: 'Mời cài đặt ứng dụng',
  paragraphs: ['Xin chào <ten>, hãy cài ứng dụng để được báo khi tiếp xúc gần người nhiễm bệnh.'],
  params: ['ten'],
  table: [],
  buttons: [{ title: 'Cài đặt ngay', url: 'https://example.org/' }],
};
const fields = (t: Partial<ZnsTemplate>) =>
  znsProblems({ ...good, ...t }).map((p: ZnsProblem) => `${p.field}: ${p.problem}`);

describe('Zalo ZNS review rules', () => {
  it('accept a template that keeps them', () => expect(fields({})).toEqual([]));
  it('a title out of 9–65 characters', () => {
    expect(fields({ title: 'Cài đặt' })).toEqual(['title: tiêu đề dài 7 ký tự, Zalo chỉ nhận 9–65']);
    expect(fields({ title: 'Mời '.repeat(17) })).toEqual([expect.stringMatching(/^title: tiêu đề dài 68 ký tự/)]);
  });
  it('no paragraph, or more than 4', () => {
    expect(fields({ paragraphs: [], params: [] })).toContainEqual('paragraphs: có 0 đoạn, Zalo chỉ nhận 1–4');
    expect(fields({ paragraphs: Array(5).fill('Đoạn văn có dấu đủ dài.'), params: [] })).toEqual([
      'paragraphs: có 5 đoạn, Zalo chỉ nhận 1–4',
    ]);
  });
  it('a paragraph out of 9–400 characters', () => {
    expect(fields({ paragraphs: ['Cài <ten>.'] })).toEqual([]);
    expect(fields({ paragraphs: ['Cài đi <ten>', 'Cài'] })).toEqual([
      'paragraphs[1]: đoạn dài 3 ký tự, Zalo chỉ nhận 9–400',
    ]);
    expect(fields({ paragraphs: ['ạ'.repeat(401) + '<ten>'] })).toEqual([
      expect.stringMatching(/^paragraphs\[0\]: đoạn dài 406 ký tự/),
    ]);
  });
  it('a link in a paragraph', () => {
    expect(fields({ paragraphs: ['Xin chào <ten>, cài tại bluezone.gov.vn nhé.'] })).toEqual([
      'paragraphs[0]: đoạn văn có đường link',
    ]);
    expect(fields({ paragraphs: ['Xin chào <ten>, xem https://x.org để cài.'] })).toEqual([
      'paragraphs[0]: đoạn văn có đường link',
    ]);
  });
  it('a phone number in a paragraph', () => {
    expect(fields({ paragraphs: ['Xin chào <ten>, gọi 0912 345 678 để được giúp.'] })).toEqual([
      'paragraphs[0]: đoạn văn có số điện thoại',
    ]);
    expect(fields({ paragraphs: ['Xin chào <ten>, gọi 1900 9095 để được giúp.'] })).toEqual([
      'paragraphs[0]: đoạn văn có số điện thoại',
    ]);
    expect(fields({ paragraphs: ['Xin chào <ten>, đã có 183.620 lượt cài đặt.'] })).toEqual([]);
  });
  it('text without Vietnamese marks', () => {
    expect(fields({ title: 'Moi cai dat ung dung', paragraphs: ['Xin chao <ten>, hay cai ung dung.'] })).toEqual([
      'paragraphs: văn bản không có dấu tiếng Việt',
    ]);
  });
  it('more than 10 parameters, undeclared or unused ones', () => {
    const many = Array.from({ length: 11 }, (_, i) => `p_${'abcdefghijk'[i]}`);
    expect(fields({ params: many, paragraphs: [`Xin chào ${many.map((p) => `<${p}>`).join(' ')} nhé.`] })).toEqual([
      'params: có 11 tham số, tối đa 10',
    ]);
    expect(fields({ params: [] })).toEqual(['params: dùng <ten> mà chưa khai báo']);
    expect(fields({ params: ['ten', 'tuoi'] })).toEqual(['params[1]: tham số tuoi không được dùng']);
  });
  it('a table of 1 row, or more than 8', () => {
    const row = { label: 'Ứng dụng', value: 'Bluezone' };
    expect(fields({ table: [row] })).toEqual(['table: bảng có 1 dòng, Zalo chỉ nhận 2–8']);
    expect(fields({ table: Array(9).fill(row) })).toEqual(['table: bảng có 9 dòng, Zalo chỉ nhận 2–8']);
    expect(fields({ table: [row, row] })).toEqual([]);
  });
  it('more than 2 buttons, or a button title out of 5–30 characters', () => {
    const b = { title: 'Cài đặt ngay', url: 'https://example.org/' };
    expect(fields({ buttons: [b, b, b] })).toEqual(['buttons: có 3 nút, tối đa 2']);
    expect(fields({ buttons: [{ ...b, title: 'Cài' }] })).toEqual([
      'buttons[0].title: chữ trên nút dài 3 ký tự, Zalo chỉ nhận 5–30',
    ]);
  });
});

const sms: Repeat = {
  label: 'Gửi SMS',
  frequency: 'weekly',
  days: ['MO'],
  times: ['09:00'],
  minutes: 30,
  allowed: { from: '07:00', to: '22:00' },
  maxPerDay: 3,
};

describe('repeats', () => {
  it('stop the build when an SMS would go out in quiet hours, naming the field', () => {
    const errors = repeatErrors('sms', { ...sms, times: ['06:30', '09:00', '22:30'] }, 'settings.yaml').map(
      (e) => e.message,
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /^settings\.yaml: trường "messaging\.channels\.sms\.times\[0\]": 06:30 nằm ngoài giờ được phép gửi \(07:00–22:00\)/,
      ),
      expect.stringMatching(/^settings\.yaml: trường "messaging\.channels\.sms\.times\[2\]": 22:30 nằm ngoài/),
    ]);
  });
  it('stop the build on more sends a day than allowed, and on a weekly rule with no day', () => {
    expect(
      repeatErrors('sms', { ...sms, times: ['08:00', '09:00', '10:00', '11:00'] }, 's').map((e) => e.field),
    ).toEqual(['messaging.channels.sms.times']);
    expect(repeatErrors('sms', { ...sms, days: [] }, 's').map((e) => e.field)).toEqual(['messaging.channels.sms.days']);
  });

  it('write calendars a parser reads back, in Vietnam time, repeating, inside the allowed hours', () => {
    const settings = loadSettings('content');
    expect(utcOffset('Asia/Ho_Chi_Minh', '2020-08-03')).toBe('+0700');
    const channels = Object.entries(settings.messaging!.channels);
    // Bluezone's three repeat rules: weekly SMS inside the allowed hours, daily loudspeakers and radio.
    expect(channels.map(([id]) => id)).toEqual(['sms', 'loa', 'phat-thanh']);
    expect(channels.filter(([, r]) => r.allowed).length).toBeGreaterThan(0);
    expect(channels.filter(([, r]) => r.frequency === 'weekly').length).toBeGreaterThan(0);
    for (const [id, repeat] of channels) {
      const ics = channelCalendar({
        id,
        repeat,
        start: settings.messaging!.start,
        timezone: 'Asia/Ho_Chi_Minh',
        calendarName: `Bluezone – ${repeat.label}`,
        description: 'Nhắc cài Bluezone; mỗi tuần, một lần',
        url: 'https://bluezone.loa.example/tin-nhan/',
        host: 'bluezone.loa.example',
      });
      expect(
        ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75),
        id,
      ).toBe(true);
      const cal = new ICAL.Component(ICAL.parse(ics));
      const zone = new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone')!);
      ICAL.TimezoneService.register(zone);
      const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events.length, id).toBe(repeat.times.length);
      for (const event of events) {
        expect(event.summary).toContain(repeat.label);
        expect(event.description).toBe('Nhắc cài Bluezone; mỗi tuần, một lần');
        expect(event.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Ho_Chi_Minh');
        const it = event.iterator();
        const days = new Set<number>();
        for (let i = 0; i < 10; i++) {
          const next = it.next()!;
          const local = next.convertToZone(zone);
          const hhmm = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
          expect(repeat.times, id).toContain(hhmm);
          // Inside the allowed hours; a rule without them may send at any hour.
          const { from, to } = repeat.allowed ?? { from: '00:00', to: '23:59' };
          expect(hhmm >= from && hhmm <= to, `${id} ${hhmm}`).toBe(true);
          days.add(local.dayOfWeek());
          // The hour is Vietnam's: UTC is seven hours behind.
          expect((local.toUnixTime() - next.toUnixTime()) % 86400).toBe(0);
          expect(new Date(next.toUnixTime() * 1000).getUTCHours()).toBe((local.hour + 24 - 7) % 24);
        }
        // Ten repeats of a weekly rule fall on its one day, Monday; of a daily one, on ten days in a row.
        expect([...days].sort(), id).toEqual(
          repeat.frequency === 'weekly' ? [ICAL.Time.MONDAY] : [1, 2, 3, 4, 5, 6, 7],
        );
      }
    }
  });
});

describe('the Bluezone messages', () => {
  const manifest = manifestFrom('content');
  it('measure 7 carries an SMS whose GSM-7 version fits one part, and the campaign a reminder', () => {
    const m7 = manifest.messages.filter((cm) => cm.measure?.data.number === 7);
    expect(m7.length).toBeGreaterThan(0);
    expect(manifest.messages.some((cm) => cm.measure === null)).toBe(true);
    const json = JSON.parse(messagesJson({ manifest } as never)) as Array<{
      measure: number | null;
      gsm7: { parts: number; text: string };
      unicode: { parts: number };
    }>;
    expect(json.length).toBe(manifest.messages.length);
    expect(json.length).toBeGreaterThan(1);
    for (const m of json) {
      expect(m.gsm7.parts).toBe(1);
      expect(m.unicode.parts).toBeGreaterThan(1);
      expect(m.gsm7.text).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(json.find((m) => m.measure === 7)).toBeTruthy();
  });
});
