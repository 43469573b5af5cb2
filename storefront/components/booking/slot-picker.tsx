"use client"

import { useCallback, useEffect, useState } from "react"
import { findSlots } from "@/lib/actions/booking"
import type { Slot, VisitAddress } from "@/lib/booking"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { dateInZone, formatClock, formatDay, formatWhen, partOfDay, type PartOfDay } from "@/lib/time"
import { booking } from "@/lib/messages/booking"
import { textsOf } from "@/lib/texts"

const PARTS: PartOfDay[] = ["morning", "afternoon", "evening"]

/**
 * A strip of dates and the free starts on the chosen one, by part of the day;
 * "as soon as possible" finds the earliest start from today. `refresh` changes
 * when the times must be read again (a time just taken by someone else).
 */
export function SlotPicker({
  locale,
  variantId,
  place,
  beauticianId,
  dates,
  selected,
  refresh,
  onSelect,
  wanted,
}: {
  locale: Locale
  variantId: string
  place: VisitAddress
  beauticianId?: string
  dates: string[]
  selected: Slot | null
  refresh: number
  onSelect: (slot: Slot | null) => void
  /** A start chosen before the address was known (a profile's free time): picked once its day's times arrive, if it is among them. */
  wanted?: string
}) {
  const t = textsOf(locale, booking)
  const wantedDay = wanted && dates.includes(dateInZone(wanted)) ? dateInZone(wanted) : undefined
  const [date, setDate] = useState(wantedDay ?? dates[0])
  const [wish, setWish] = useState(wantedDay ? wanted : undefined)
  const [wishGone, setWishGone] = useState<string | null>(null)
  const [slots, setSlots] = useState<Slot[] | null>(null)
  const [zone, setZone] = useState("Asia/Shanghai")
  const [error, setError] = useState<string | null>(null)
  const [asap, setAsap] = useState(false)

  const load = useCallback(
    async (day: string, days = 1) => {
      setSlots(null)
      setError(null)
      const got = await findSlots({ variantId, place, date: day, days, beauticianId })
      if (!got.ok) {
        setError(errorText(locale, got.code))
        setSlots([])
        return []
      }
      setZone(got.timezone)
      return got.slots
    },
    [variantId, place, beauticianId, locale],
  )

  useEffect(() => {
    let current = true
    void load(date).then((found) => current && setSlots(found))
    return () => {
      current = false
    }
  }, [date, load, refresh])

  // The wished-for start, once: chosen when free at this address, else said to be gone.
  useEffect(() => {
    if (!wish || slots === null) return
    const free = slots.find((slot) => Date.parse(slot.start) === Date.parse(wish))
    if (free) onSelect(free)
    else if (!error) setWishGone(wish)
    setWish(undefined)
  }, [wish, slots, error, onSelect])

  const soonest = async () => {
    setAsap(true)
    const found = await load(dates[0], Math.min(3, dates.length))
    const first = found[0]
    if (!first) {
      setDate(dates[0])
      setSlots([])
      return
    }
    const day = dateInZone(first.start)
    setDate(day)
    setSlots(found.filter((slot) => dateInZone(slot.start) === day))
    onSelect(first)
  }

  const dayLabel = (day: string, i: number) => (i === 0 ? t.today : i === 1 ? t.tomorrow : formatDay(day, locale))

  return (
    <div className="slot-picker">
      <div className="date-strip" role="radiogroup" aria-label={t.stepTime}>
        <button type="button" role="radio" aria-checked={asap && selected !== null} className={`date-chip asap ${asap && selected ? "selected" : ""}`} onClick={soonest}>
          {t.asSoonAsPossible}
        </button>
        {dates.map((day, i) => (
          <button
            key={day}
            type="button"
            role="radio"
            aria-checked={!asap && day === date}
            className={`date-chip ${day === date ? "selected" : ""}`}
            onClick={() => {
              setAsap(false)
              setWishGone(null)
              onSelect(null)
              setDate(day)
            }}
          >
            <span>{dayLabel(day, i)}</span>
            {i < 2 && <small>{formatDay(day, locale)}</small>}
          </button>
        ))}
      </div>
      <p className="form-hint">{t.timesIn(zone)}</p>
      {slots === null && (
        <p className="loading" role="status">
          {t.loadingSlots}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {wishGone && (
        <p className="form-error" role="alert">
          {t.chosenTimeGone(formatWhen(wishGone, locale))}
        </p>
      )}
      {slots !== null && !error && slots.length === 0 && <p className="notice">{t.noSlots}</p>}
      {slots !== null &&
        PARTS.map((part) => {
          const inPart = slots.filter((slot) => partOfDay(slot.start) === part)
          if (inPart.length === 0) return null
          return (
            <fieldset key={part} className="slot-group">
              <legend>{t[part]}</legend>
              <div className="slot-grid">
                {inPart.map((slot) => (
                  <button
                    key={slot.start}
                    type="button"
                    className={`slot ${selected?.start === slot.start ? "selected" : ""}`}
                    aria-pressed={selected?.start === slot.start}
                    onClick={() => {
                      setWishGone(null)
                      onSelect(slot)
                    }}
                  >
                    {formatClock(slot.start, locale)}
                  </button>
                ))}
              </div>
            </fieldset>
          )
        })}
    </div>
  )
}
