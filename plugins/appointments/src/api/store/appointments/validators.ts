import { z } from "zod"

export const AppointmentAddress = z
  .object({
    line1: z.string().trim().min(1).max(200),
    city: z.string().trim().min(1).max(50),
    district: z.string().trim().min(1).max(50),
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    contact_name: z.string().trim().min(1).max(50),
    contact_phone: z.string().regex(/^\+?\d{6,15}$/, "expected a phone number such as +8613800138000"),
    notes: z.string().max(500).optional(),
  })
  .strict()

export const CreateHoldBody = z
  .object({
    variant_id: z.string().min(1),
    start: z.iso.datetime({ offset: true }),
    address: AppointmentAddress,
    beautician_id: z.string().min(1).optional(),
  })
  .strict()

export type CreateHoldBody = z.infer<typeof CreateHoldBody>
