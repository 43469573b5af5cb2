import { localStart } from "../local-time"
import { dueReminder, reminderDueAt } from "../reminders"

const at = (iso: string) => new Date(iso)
const second = 1000

describe("reminders fall due 24 h and 2 h before the start, in real time", () => {
  // New York springs forward on Sunday 8 March 2026 at 02:00: the day before has 23 hours of wall clock to the same time.
  const newYorkStart = at("2026-03-08T09:00:00-04:00") // 13:00Z, EDT
  // Kolkata is UTC+05:30 all year.
  const kolkataStart = at("2026-12-03T00:30:00+05:30") // 2026-12-02T19:00Z
  const bookedLongBefore = at("2026-01-01T00:00:00Z")

  it.each([
    ["the 24 h one across a DST change", newYorkStart, "reminder_24h", "2026-03-07T13:00:00.000Z"],
    ["the 2 h one across a DST change", newYorkStart, "reminder_2h", "2026-03-08T11:00:00.000Z"],
    ["the 24 h one in a half-hour zone", kolkataStart, "reminder_24h", "2026-12-01T19:00:00.000Z"],
    ["the 2 h one in a half-hour zone", kolkataStart, "reminder_2h", "2026-12-02T17:00:00.000Z"],
  ] as const)("%s", (_name, start, kind, due) => {
    expect(reminderDueAt(start, kind).toISOString()).toBe(due)
    expect(dueReminder(start, bookedLongBefore, new Date(Date.parse(due) - second))).toBe(kind === "reminder_24h" ? null : "reminder_24h")
    expect(dueReminder(start, bookedLongBefore, at(due))).toBe(kind)
  })

  it("says the start in the appointment's zone, relative to the moment of sending", () => {
    // 24 h before 09:00 EDT is 08:00 EST the day before: still "tomorrow at 09:00".
    expect(localStart(newYorkStart, "America/New_York", "en", reminderDueAt(newYorkStart, "reminder_24h"))).toBe("tomorrow at 09:00")
    expect(localStart(newYorkStart, "America/New_York", "zh-CN", reminderDueAt(newYorkStart, "reminder_2h"))).toBe("今天 09:00")
    // Two hours before 00:30 in Kolkata is 22:30 the day before.
    expect(localStart(kolkataStart, "Asia/Kolkata", "zh-CN", reminderDueAt(kolkataStart, "reminder_2h"))).toBe("明天 00:30")
    expect(localStart(kolkataStart, "Asia/Kolkata", "en", reminderDueAt(kolkataStart, "reminder_24h"))).toBe("tomorrow at 00:30")
    // The same instant is 03:00 on the 3rd in Shanghai.
    expect(localStart(kolkataStart, "Asia/Shanghai", "zh-CN", at("2026-11-30T00:00:00Z"))).toBe("12月3日（周四）03:00")
    expect(localStart(kolkataStart, "Asia/Shanghai", "en", at("2026-11-30T00:00:00Z"))).toBe("on Thu 3 Dec at 03:00")
  })

  it("sends the nearer reminder only, when a worker that was down finds both due", () => {
    expect(dueReminder(newYorkStart, bookedLongBefore, at("2026-03-08T12:00:00Z"))).toBe("reminder_2h")
  })

  it("sends none once the appointment has begun", () => {
    expect(dueReminder(newYorkStart, bookedLongBefore, newYorkStart)).toBeNull()
  })

  it("skips a reminder that fell due before the customer was told the time (booked or moved within the lead)", () => {
    const bookedFiveHoursBefore = at("2026-03-08T08:00:00Z")
    expect(dueReminder(newYorkStart, bookedFiveHoursBefore, at("2026-03-08T08:01:00Z"))).toBeNull() // no 24 h reminder right after booking
    expect(dueReminder(newYorkStart, bookedFiveHoursBefore, at("2026-03-08T11:00:00Z"))).toBe("reminder_2h")
    const movedAnHourBefore = at("2026-03-08T12:00:00Z")
    expect(dueReminder(newYorkStart, movedAnHourBefore, at("2026-03-08T12:00:30Z"))).toBeNull()
  })
})
