/** What anyone may see of a beautician: never how to reach them or where they live. */
export const publicBeautician = (beautician: { id: string; display_name: string; merchant_handle: string | null; rating: number | null; review_count: number }) => ({
  id: beautician.id,
  display_name: beautician.display_name,
  merchant_handle: beautician.merchant_handle,
  rating: beautician.rating === null ? null : Number(beautician.rating),
  review_count: Number(beautician.review_count),
})
